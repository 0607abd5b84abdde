import { describe, expect, it } from 'vitest';
import en from '../../i18n/ui/en/worksheet.ts';
import de from '../../i18n/ui/de/worksheet.ts';
import fi from '../../i18n/ui/fi/worksheet.ts';
import sv from '../../i18n/ui/sv/worksheet.ts';
import type { Locale } from '../../i18n/locales.ts';
import { asked, awkward, emoji, invited, long, markup, rtl, type Answers } from '../../../tests/fixtures/worksheet.ts';
import { asSentence } from '../../lib/text.ts';
import {
  emptyWorksheet,
  isDay,
  resultStep,
  sentence,
  sheetName,
  showDay,
  steps,
  validate,
  type Worksheet,
  type WorksheetStrings,
} from './worksheet.ts';
import {
  briefMarkdown,
  briefText,
  buildBrief,
  currentMessage,
  escapeMarkdown,
  fileName,
  followUpCalendar,
  lines,
  suggestedMessage,
} from './brief.ts';

const strings: Record<Locale, WorksheetStrings> = { en, de, fi, sv };
const locales = ['en', 'de', 'fi', 'sv'] as const;
const now = new Date('2026-11-22T10:30:00Z');

function sheet(answers: Answers, extra: Partial<Worksheet> = {}): Worksheet {
  return { ...emptyWorksheet('m3x9k2-a81f', now), ...answers, ...extra };
}

/** What a Markdown viewer shows of one escaped line: backslash escapes of punctuation removed. */
const unescapeMarkdown = (text: string) => text.replace(/\\([!-/:-@[-`{-~])/g, '$1');

describe('the brief', () => {
  it('reads in English as the reader answered, with the dates written out', () => {
    const brief = buildBrief(sheet(asked.en), en, 'en');
    expect(brief.title).toBe('Meeting brief: Kwame');
    expect(brief.facts).toEqual([
      { label: 'Meeting', value: '4 March 2027' },
      { label: 'How we know each other', value: asked.en.how },
      { label: 'Who asked', value: 'I asked for the meeting' },
      { label: 'Follow-up', value: '5 March 2027' },
    ]);
    expect(brief.sections.map((s) => s.heading)).toEqual([
      'Goal',
      'Why now',
      'I will prepare',
      'They could prepare',
      'Questions to ask',
      'What I can offer',
    ]);
    expect(brief.sections[0]).toEqual({
      heading: 'Goal',
      note: 'Learn about their career or company',
      text: asked.en.goal,
    });
    expect(brief.sections[4]!.items).toEqual([
      'How do the rotations work in practice?',
      'What surprised you in your first year?',
      'What makes an application stand out?',
    ]);
    expect(brief.checks).toEqual([
      'Before you part, check that the goal has been met.',
      'On 5 March 2027, send a short follow-up: thank them and say what you will do with their advice.',
    ]);
  });

  it.each(locales)('is complete in %s, in the language of the page', (locale) => {
    const t = strings[locale];
    const brief = buildBrief(sheet(asked[locale]), t, locale);
    expect(brief.title).toBe(t.brief.title.replace('{name}', asked[locale].contact!));
    expect(brief.facts[0]!.value).toBe(showDay(asked[locale].meetingDate!, locale));
    expect(brief.sections).toHaveLength(6);
    expect(brief.sections[4]!.items).toHaveLength(3);
    expect(JSON.stringify(brief)).not.toMatch(/\{\w+\}/);

    const invitedBrief = buildBrief(sheet(invited[locale]), t, locale);
    expect(invitedBrief.facts.find((f) => f.label === t.brief.askedBy)!.value).toBe(
      t.brief.askedThem.replace('{name}', invited[locale].contact!),
    );
    expect(invitedBrief.checks[1]).toBe(t.brief.checkFollowUpSoon);
  });

  it('leaves out what was not answered and shows the reason to get to know them only for that goal', () => {
    const bare = buildBrief(sheet({ contact: 'Kwame', askedBy: 'me', goal: 'Say hello' }), en, 'en');
    expect(bare.facts).toEqual([{ label: 'Who asked', value: 'I asked for the meeting' }]);
    expect(bare.sections).toEqual([{ heading: 'Goal', text: 'Say hello' }]);
    const notKnow = buildBrief(sheet({ ...asked.en, knowWhy: 'Left over from before' }), en, 'en');
    expect(JSON.stringify(notKnow)).not.toContain('Left over');
    expect(
      buildBrief(sheet({ ...asked.en, goalKind: 'know', knowWhy: 'We both work on accessibility' }), en, 'en')
        .sections[1],
    ).toEqual({ heading: 'Why I want to get to know them', text: 'We both work on accessibility' });
  });

  it('carries awkward input through as the same text', () => {
    const brief = buildBrief(sheet(awkward), en, 'en');
    expect(brief.title).toBe(`Meeting brief: ${awkward.contact}`);
    expect(brief.facts[0]!.value).toBe(rtl);
    expect(brief.sections.find((s) => s.heading === 'Goal')!.text).toBe(markup);
    expect(brief.sections.find((s) => s.heading === 'Why I want to get to know them')!.text).toBe(emoji);
    expect(brief.sections.find((s) => s.heading === 'Questions to ask')!.items).toEqual([markup, rtl, emoji]);
    expect(brief.sections.find((s) => s.heading === 'What I can offer')!.text).toBe(long.trim());
  });
});

describe('the brief as a file', () => {
  it('is Markdown with headings, a list of facts, numbered questions and a checklist', () => {
    expect(briefMarkdown(buildBrief(sheet(asked.en), en, 'en'))).toBe(
      [
        '# Meeting brief: Kwame',
        '',
        '- **Meeting:** 4 March 2027',
        '- **How we know each other:** Aisha Mensah suggested I get in touch with you.',
        '- **Who asked:** I asked for the meeting',
        '- **Follow-up:** 5 March 2027',
        '',
        '## Goal',
        '',
        '*Learn about their career or company*',
        '',
        'I’d love to hear how the graduate rotations at Harlow & Finch work in practice.',
        '',
        '## Why now',
        '',
        'Applications for graduate schemes close on 15 March',
        '',
        '## I will prepare',
        '',
        'My CV, the job advert and two projects from my final year.',
        '',
        '## They could prepare',
        '',
        'what does the firm look for in graduates?',
        '',
        '## Questions to ask',
        '',
        '1. How do the rotations work in practice?',
        '2. What surprised you in your first year?',
        '3. What makes an application stand out?',
        '',
        '## What I can offer',
        '',
        'Notes from our department’s careers fair, and an introduction to my professor if he is hiring interns.',
        '',
        '- [ ] Before you part, check that the goal has been met.',
        '- [ ] On 5 March 2027, send a short follow-up: thank them and say what you will do with their advice.',
        '',
      ].join('\n'),
    );
  });

  it('escapes everything Markdown would read as markup, so a viewer shows the typed text', () => {
    const markdown = briefMarkdown(buildBrief(sheet(awkward), en, 'en'));
    expect(markdown).not.toMatch(/(?<!\\)<(script|img|b)\b/);
    expect(markdown).toContain(
      '\\<script\\>alert("x")\\</script\\> \\<b\\>bold\\</b\\> & \\&amp; \\*stars\\* \\_under\\_ \\`code\\` \\[link\\](http://x) # not a heading; a, b \\\\ back',
    );
    // Block syntax at the start of a line is escaped; the lines stay lines (hard breaks).
    expect(markdown).toContain('\\# Heading?\\\n\\- a list?\\\n1\\. numbered?\n\n\\> quote\\\n\\---');
    expect(markdown).toContain(`1. ${escapeMarkdown(markup)}\n2. ${rtl}\n3. ${emoji}\n`);
    // Read back as a viewer would, each typed line is there unchanged.
    const shown = unescapeMarkdown(markdown.replace(/\\\n/g, '\n'));
    for (const line of [markup, rtl, emoji, long.trim(), '# Heading?', '- a list?', '1. numbered?', '> quote', '---']) {
      expect(shown).toContain(line);
    }
  });

  it('escapes a heading’s closing hashes and leaves words after a label alone', () => {
    expect(briefMarkdown(buildBrief(sheet({ contact: 'C #', askedBy: 'me', goal: 'x' }), en, 'en'))).toMatch(
      /^# Meeting brief: C \\#\n/,
    );
    expect(escapeMarkdown('12. März', false)).toBe('12. März');
    expect(escapeMarkdown('12. März')).toBe('12\\. März');
    expect(escapeMarkdown('   + indented')).toBe('\\+ indented');
    expect(escapeMarkdown('AT&T &copy; &#169;')).toBe('AT&T \\&copy; \\&#169;');
  });

  it('is plain text with the reader’s words exactly as typed', () => {
    const text = briefText(buildBrief(sheet(asked.en), en, 'en'), 'en');
    expect(text.startsWith('Meeting brief: Kwame\n====================\n\nMeeting: 4 March 2027\n')).toBe(true);
    expect(text).toContain('\nQuestions to ask\n----------------\n1. How do the rotations work in practice?\n2. ');
    expect(
      text.endsWith(
        '[ ] On 5 March 2027, send a short follow-up: thank them and say what you will do with their advice.\n',
      ),
    ).toBe(true);

    const awkwardText = briefText(buildBrief(sheet(awkward), en, 'en'), 'en');
    for (const typed of [awkward.contact!, markup, rtl, emoji, long.trim(), awkward.whyNow!])
      expect(awkwardText).toContain(typed);
  });

  it.each(locales)('is written in %s in both formats', (locale) => {
    const brief = buildBrief(sheet(asked[locale]), strings[locale], locale);
    const markdown = briefMarkdown(brief);
    const text = briefText(brief, locale);
    for (const heading of [strings[locale].brief.goal, strings[locale].brief.questions]) {
      expect(markdown).toContain(`## ${heading}\n`);
      expect(text).toContain(`${heading}\n---`);
    }
    for (const file of [markdown, text]) {
      expect(file).toContain(asked[locale].goal);
      expect(file).toContain(showDay(asked[locale].followUpDate!, locale));
      expect(file).not.toMatch(/\{\w+\}/);
    }
  });

  it('gets a file name from the person’s name, safe in any file system', () => {
    expect(fileName('meeting-brief', 'Kwame', 'md')).toBe('meeting-brief-kwame.md');
    expect(fileName('briefing', 'Frau Petersen', 'txt')).toBe('briefing-frau-petersen.txt');
    expect(fileName('tapaamismuistio', 'Jyrki Häkkinen', 'md')).toBe('tapaamismuistio-jyrki-hakkinen.md');
    expect(fileName('meeting-brief', awkward.contact!, 'md')).toBe('meeting-brief-img-src-x-onerror-alert-1.md');
    expect(fileName('meeting-brief', '../../etc/passwd', 'md')).toBe('meeting-brief-etc-passwd.md');
    expect(fileName('follow-up', '👍', 'ics')).toBe('follow-up.ics');
    expect(fileName('follow-up', 'شلوم', 'ics')).toBe('follow-up-شلوم.ics');
    expect(fileName('x', 'a'.repeat(80), 'md')).toBe(`x-${'a'.repeat(40)}.md`);
  });
});

describe('the message before the meeting', () => {
  it('opens with a line of ours, then your own sentences, a time and what they could think about', () => {
    expect(suggestedMessage(sheet(asked.en), en, 'en')).toBe(
      [
        'Hi Kwame,',
        'I hope you don’t mind me writing to you. Aisha Mensah suggested I get in touch with you. I’d love to hear how the graduate rotations at Harlow & Finch work in practice. Applications for graduate schemes close on 15 March.',
        'Would 4 March 2027 suit you for half an hour, over a coffee or on a call?',
        'If you have a moment before we meet, I’d be glad of your thoughts on one question. What does the firm look for in graduates?',
        'Best wishes,\nAmara',
      ].join('\n\n'),
    );
  });

  it('asks what you could prepare when you were invited', () => {
    expect(suggestedMessage(sheet(invited.en), en, 'en')).toBe(
      [
        'Hi Grace,',
        'Thank you for the invitation. I’m looking forward to our meeting.',
        'Is there anything you’d like me to prepare or think about beforehand? I’d like to make the most of our time.',
        'Best wishes,\nBen',
      ].join('\n\n'),
    );
    const dated = suggestedMessage(sheet(invited.en, { meetingDate: '2027-05-06' }), en, 'en');
    expect(dated).toContain('I’m looking forward to our meeting on 6 May 2027.');
    expect(dated).not.toContain(invited.en.goal);
  });

  it.each(locales)('is written in %s for both cases, with every sentence the reader typed', (locale) => {
    const t = strings[locale];
    const a = asked[locale];
    const mine = suggestedMessage(sheet(a), t, locale);
    expect(mine.startsWith(t.message.greeting.replace('{name}', a.contact!))).toBe(true);
    expect(mine).toContain(t.message.askOpening);
    for (const typed of [a.how!, a.goal!, a.whyNow!, a.prepareThem!]) expect(mine).toContain(asSentence(typed, locale));
    expect(mine).toContain(t.message.askDate.replace('{date}', showDay(a.meetingDate!, locale)));
    expect(mine).toContain(`${t.message.askPrepare} ${asSentence(a.prepareThem!, locale)}`);
    expect(mine.endsWith(`${t.message.signOff}\n${a.yourName}`)).toBe(true);

    const theirs = suggestedMessage(sheet(invited[locale]), t, locale);
    expect(theirs.split('\n\n')).toEqual([
      t.message.greeting.replace('{name}', invited[locale].contact!),
      t.message.invitedOpen,
      t.message.invitedPrepare,
      `${t.message.signOff}\n${invited[locale].yourName}`,
    ]);
    for (const message of [mine, theirs]) expect(message).not.toMatch(/\{\w+\}|undefined/);
  });

  it('never gives wanting a meeting as the reason for a meeting', () => {
    for (const locale of locales) {
      expect(strings[locale].message.askOpening, locale).not.toMatch(/because|weil|koska|eftersom/i);
    }
  });

  it('says neither “du” nor “Sie” in German, so it fits either', () => {
    for (const answers of [asked.de, invited.de]) {
      const text = suggestedMessage(
        sheet({ ...answers, how: '', goal: 'Ich möchte wissen, wie das Team arbeitet.' }),
        strings.de,
        'de',
      );
      expect(text).not.toMatch(/\b(du|dich|dir|dein\w*|Sie|Ihnen|Ihr\w*)\b/);
    }
  });

  it('asks for time in the next weeks without a date, and signs off without a name', () => {
    const message = suggestedMessage(
      sheet({ contact: 'Kwame', askedBy: 'me', goal: 'i’d like your advice on my portfolio?' }),
      en,
      'en',
    );
    expect(message).toBe(
      'Hi Kwame,\n\nI hope you don’t mind me writing to you. I’d like your advice on my portfolio?\n\n' +
        'Would you have half an hour for a coffee or a call in the next few weeks? I’m happy to fit around your diary.\n\nBest wishes,',
    );
  });

  it('names the reason to get to know someone, only for that kind of goal', () => {
    const know = sheet({
      contact: 'Priya',
      askedBy: 'me',
      goalKind: 'know',
      knowWhy: 'We both work on accessibility in banking apps',
      goal: 'I’d love to compare notes',
    });
    expect(suggestedMessage(know, en, 'en')).toContain(
      'to you. I’d love to compare notes. We both work on accessibility in banking apps.',
    );
    expect(suggestedMessage({ ...know, goalKind: 'project' }, en, 'en')).not.toContain('banking');
  });

  it('keeps the reader’s own version for each case, and the suggestion otherwise', () => {
    const own = sheet(asked.en, { message: { me: 'My own words <b>as typed</b> 👍' } });
    expect(currentMessage(own, en, 'en')).toEqual({ text: 'My own words <b>as typed</b> 👍', edited: true });
    expect(currentMessage({ ...own, askedBy: 'them' }, en, 'en')).toEqual({
      text: suggestedMessage({ ...own, askedBy: 'them' }, en, 'en'),
      edited: false,
    });
    expect(currentMessage(sheet(asked.en, { message: { me: '' } }), en, 'en')).toEqual({ text: '', edited: true });
  });

  it('carries awkward input into the message unchanged', () => {
    const message = suggestedMessage(sheet(awkward), en, 'en');
    expect(message.startsWith(`Hi ${awkward.contact},`)).toBe(true);
    expect(message).toContain(`${markup}. ${emoji}.`);
  });

  it('ends a typed sentence once, in any script', () => {
    expect(sentence('  Applications close soon ')).toBe('Applications close soon.');
    expect(sentence('Really?')).toBe('Really?');
    expect(sentence('He said “yes.”')).toBe('He said “yes.”');
    expect(sentence('هل أنت متاح؟')).toBe('هل أنت متاح؟');
    expect(sentence('')).toBe('');
  });
});

describe('validation', () => {
  it.each(locales)('asks in %s for who, who asked and the goal, in the worksheet’s order', (locale) => {
    const t = strings[locale];
    const blank = sheet({ contact: '   ', goal: '\n' });
    const before = structuredClone(blank);
    expect(validate(blank, t, locale)).toEqual([
      { field: 'contact', message: t.errors.contact },
      { field: 'askedBy', message: t.errors.askedBy },
      { field: 'goal', message: t.errors.goal },
    ]);
    expect(blank).toEqual(before);
    expect(validate(blank, t, locale, steps[0]!.fields).map((e) => e.field)).toEqual(['contact', 'askedBy']);
    // The results are the last step, where the saved records' step may go (shape.ts).
    expect(steps.map((step) => step.id).indexOf('result')).toBe(resultStep);
    expect(steps).toHaveLength(resultStep + 1);
    expect(validate(blank, t, locale, steps[2]!.fields)).toEqual([]);
    expect(validate(sheet(asked[locale]), t, locale)).toEqual([]);
    expect(validate(sheet(invited[locale]), t, locale)).toEqual([]);
  });

  it('counts what the reader sees: 100 emoji make a name of 100, and 5,000 characters fit an answer', () => {
    expect(validate(sheet({ ...asked.en, contact: '👩‍👩‍👧‍👦'.repeat(100), offer: long }), en, 'en')).toEqual([]);
    expect(validate(sheet({ ...asked.en, contact: '👩‍👩‍👧‍👦'.repeat(101), offer: `${long}!` }), en, 'en')).toEqual([
      { field: 'contact', message: '“Who are you meeting?” can be at most 100 characters long. It has 101 now.' },
      {
        field: 'offer',
        message: '“What can you offer them in return?” can be at most 5000 characters long. It has 5001 now.',
      },
    ]);
    const german = validate(sheet({ ...asked.de, offer: 'x'.repeat(5001) }), de, 'de');
    expect(german).toEqual([
      {
        field: 'offer',
        message: '„Was kannst du im Gegenzug anbieten?“ darf höchstens 5000 Zeichen lang sein. Jetzt sind es 5001.',
      },
    ]);
  });

  it.each(locales)('catches a follow-up before the meeting in %s, naming the meeting’s day', (locale) => {
    const t = strings[locale];
    const errors = validate(sheet(asked[locale], { followUpDate: '2020-01-01' }), t, locale);
    expect(errors).toEqual([
      {
        field: 'followUpDate',
        message: t.errors.followUpBefore.replace('{date}', showDay(asked[locale].meetingDate!, locale)),
      },
    ]);
    expect(validate(sheet(asked[locale], { followUpDate: asked[locale].meetingDate! }), t, locale)).toEqual([]);
  });
});

describe('dates, names and lines', () => {
  it('knows a real day from anything else', () => {
    expect(isDay('2027-02-28')).toBe(true);
    expect(isDay('2028-02-29')).toBe(true);
    for (const bad of ['2027-02-29', '2027-13-01', '27-01-01', '', '2027-01-01T00:00', 'tomorrow'])
      expect(isDay(bad)).toBe(false);
  });

  it('writes days the way each locale does', () => {
    expect(locales.map((locale) => showDay('2027-03-04', locale))).toEqual([
      '4 March 2027',
      '4. März 2027',
      '4. maaliskuuta 2027',
      '4 mars 2027',
    ]);
  });

  it('names a worksheet by who and when', () => {
    expect(sheetName(sheet(asked.en), en, 'en')).toBe('Kwame · 4 March 2027');
    expect(sheetName(sheet(invited.de), de, 'de')).toBe('Frau Petersen');
    expect(sheetName(sheet({}), fi, 'fi')).toBe('Uusi työpohja');
  });

  it('splits questions into lines, without the empty ones', () => {
    expect(lines(' One?\r\n\n  Two? \rThree?\n')).toEqual(['One?', 'Two?', 'Three?']);
  });
});

describe('the follow-up reminder', () => {
  it.each(locales)('is a calendar event in %s on the follow-up day', (locale) => {
    const t = strings[locale];
    const ics = followUpCalendar(sheet(asked[locale]), t, locale, now)!;
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toContain(`DTSTART;VALUE=DATE:${asked[locale].followUpDate!.replaceAll('-', '')}\r\n`);
    expect(unfolded).toContain(
      `SUMMARY;LANGUAGE=${locale}:${t.calendar.summary.replace('{name}', asked[locale].contact!)}\r\n`,
    );
    expect(unfolded).toContain('UID:follow-up-m3x9k2-a81f@connector\r\n');
    expect(unfolded).toContain('DTSTAMP:20261122T103000Z\r\n');
    expect(followUpCalendar(sheet(invited[locale]), t, locale, now)).toBeUndefined();
  });
});
