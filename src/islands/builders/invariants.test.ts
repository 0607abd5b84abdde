/**
 * What must hold for every message the site writes, in every locale and every branch (the cases of
 * tests/support/messages.ts, with every combination the catalogue leaves out): nothing unfilled,
 * nothing doubled, whole sentences, the chosen register throughout, the platform's limit, no "stay
 * in touch" with a stranger, no shared blame, every default draft passing its own checks, and every
 * check able to fail when what it looks for is taken out.
 */
import { describe, expect, it } from 'vitest';
import { locales, type Locale } from '../../i18n/locales.ts';
import { countGraphemes } from '../../lib/graphemes.ts';
import { render, type Letter } from './letter.ts';
import { missing, type BuilderSpec, type CheckResult, type Message } from './types.ts';
import { reconnectBuilder } from './reconnect/reconnect.ts';
import { reconnectData } from './reconnect/locales/index.ts';
import { contactRequestBuilder } from './contact-request/contact-request.ts';
import { contactRequestData } from './contact-request/locales/index.ts';
import { introReplyBuilder } from './intro-reply/intro-reply.ts';
import { introReplyData } from './intro-reply/locales/index.ts';
import { allCases, type Case } from '../../../tests/support/messages.ts';
import { pressureSentences, vagueRequests } from '../../../tests/fixtures/builders.ts';

const specs: Record<string, { spec: BuilderSpec<any>; data: Record<Locale, any> }> = {
  reconnect: { spec: reconnectBuilder, data: reconnectData },
  'contact-request': { spec: contactRequestBuilder, data: contactRequestData },
  'intro-reply': { spec: introReplyBuilder, data: introReplyData },
};

/** Words that address the reader's person with "du", and with "Sie" (capitalised, so mid-sentence only). */
const du = /\b(du|dich|dir|dein|deine|deinen|deinem|deiner|deines|euch|euer)\b/i;
const sie = /(?<![.!?:]\s|^|\n)\b(Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres)\b/;

/** "Stay in touch" and its kin, which only people who know each other can do. */
const stayInTouch: Record<Locale, RegExp> = {
  en: /\b(stay|stayed|staying|keep|keeping) in touch\b|\bstay connected\b/i,
  de: /\bin Kontakt (zu )?bleiben\b|\bKontakt halten\b/i,
  fi: /\bpitää yhteyttä\b|\bpidetään yhteyttä\b|\bpysyä yhteydessä\b/i,
  sv: /\bhålla kontakten\b|\bhåller kontakten\b/i,
};

/** The reframe of lesson 3 ("the silence is on both of you"), which sent reads as a reproach. */
const sharedBlame: Record<Locale, RegExp> = {
  en: /\bboth of us\b|\bon us both\b|\bour fault\b|\bwe both let\b/i,
  de: /\ban uns beiden\b|\buns beiden\b|\bbeide schuld\b/i,
  fi: /\bmeiltä molemmilta\b|\bmolempien syy\b|\bmeidän molempien\b/i,
  sv: /\bpå oss båda\b|\boss båda\b|\bbådas fel\b/i,
};

/** "Once that is behind me": only after a constraint has been named. */
const behindMe: Record<Locale, RegExp> = {
  en: /behind me/i,
  de: /hinter mir|geschafft/i,
  fi: /takanapäin/i,
  sv: /avklarat/i,
};

/** A decline that says "considering" must not say the change is decided, and the other way round. */
const considering: Record<Locale, RegExp> = {
  en: /\b(considering|thinking about)\b/i,
  de: /denke .* nach|überlege/i,
  fi: /harkitsen/i,
  sv: /funderar/i,
};
const decided: Record<Locale, RegExp> = {
  en: /\bI(’m| am) changing career\b/i,
  de: /stehe vor einem beruflichen Wechsel/i,
  fi: /olen vaihtamassa alaa/i,
  sv: /håller på att byta bana/i,
};

/** The sentences of a paragraph (not split after a number, "14. Dezember", or a title, "Dr."). */
const sentencesOf = (text: string) => text.split(/(?<=[^\d\s.][.!?…]["”’»)]?)\s+(?=\S)/u).filter((s) => s.trim());

const failing = (results: CheckResult[]) => results.filter((r) => !r.pass).map((r) => r.id);

function check(c: Case, locale: Locale, message: Message): CheckResult[] {
  const { spec, data } = specs[c.source]!;
  return spec.check(message, c.inputs!, data[locale], locale);
}

/** The letter without the parts that make `move` (and its sign-off, when the sign-off makes it too). */
function withoutMove(letter: Letter, move: string): Letter {
  return {
    ...letter,
    paragraphs: letter.paragraphs.map((p) => p.filter((part) => part.move !== move)),
    closing: letter.closingMove === move ? [] : letter.closing,
  };
}

describe.each(locales)('every message in %s', (locale) => {
  const cases = allCases(locale, { all: true });
  const builderCases = cases.filter((c) => c.letter);
  /** The branches a builder writes: every required answer given (it writes nothing before). */
  const writable = builderCases.filter((c) => missing(specs[c.source]!.spec.fields, c.inputs!).length === 0);

  it('has every branch', () => {
    expect(new Set(cases.map((c) => c.source))).toEqual(
      new Set(['reconnect', 'contact-request', 'intro-reply', 'worksheet', 'quiz', 'quiz-situation']),
    );
    expect(cases.filter((c) => c.source === 'quiz')).toHaveLength(3);
    expect(cases.filter((c) => c.source === 'quiz-situation')).toHaveLength(7);
  });

  it('leaves nothing unfilled, doubles no word and repeats no sentence', () => {
    for (const c of cases) {
      const text = `${c.message.subject}\n${c.message.body}`;
      expect(text, c.title).not.toMatch(/\{\w*\}|undefined|NaN|\s[.,;:!?]|\.\.(?!\.)/);
      expect(text, c.title).not.toMatch(/(?<!\p{L})(\p{L}+)\s+\1(?!\p{L})/iu);
      const sentences = c.message.body.split(/\n+/).flatMap(sentencesOf);
      expect(new Set(sentences).size, c.title).toBe(sentences.length);
    }
  });

  it('writes whole sentences: a capital first, punctuation last', () => {
    for (const c of builderCases) {
      const letter = c.letter!;
      letter.paragraphs.flat().forEach((part, index) => {
        for (const [n, sentence] of sentencesOf(part.text).entries()) {
          // After "Hallo …," German goes on in lower case (the first sentence of the first paragraph).
          const continues = locale === 'de' && index === 0 && n === 0 && letter.greeting.endsWith(',');
          if (!continues) expect(sentence, `${c.title}: ${sentence}`).toMatch(/^["„“‘«]?[\p{Lu}\d]/u);
          expect(sentence, `${c.title}: ${sentence}`).toMatch(/[.!?…]["”’»)]?$/u);
        }
      });
      expect(letter.greeting, c.title).toMatch(/^\p{Lu}.*[,!]$/u);
    }
    for (const c of cases.filter((c) => !c.letter)) {
      const [greeting, ...rest] = c.message.body.split('\n\n');
      expect(greeting, c.title).toMatch(/[,!]$/);
      const body = rest.slice(0, -1).join('\n\n');
      for (const [n, sentence] of body.split(/\n+/).flatMap(sentencesOf).entries()) {
        if (!(locale === 'de' && n === 0)) expect(sentence, `${c.title}: ${sentence}`).toMatch(/^[\p{Lu}\d]/u);
        expect(sentence, `${c.title}: ${sentence}`).toMatch(/[.!?…]["”’»)]?$/u);
      }
    }
  });

  it('keeps the chosen register throughout: a German “Sie” message says no “du”, a “du” message no “Sie”', () => {
    if (locale !== 'de') return;
    for (const c of builderCases) {
      const text = `${c.message.subject}\n${c.message.body}`;
      if (c.tone === 'formal') expect(text, c.title).not.toMatch(du);
      else expect(text, c.title).not.toMatch(sie);
    }
  });

  it('keeps a note within the platform’s limit', () => {
    for (const c of builderCases.filter((c) => c.limit)) {
      expect(countGraphemes(c.message.body, locale), c.title).toBeLessThanOrEqual(c.limit!.max);
    }
  });

  it('never says “stay in touch” to someone never met', () => {
    for (const c of builderCases.filter((c) => c.stranger)) {
      expect(c.message.body, c.title).not.toMatch(stayInTouch[locale]);
    }
  });

  it('puts no shared blame for the silence into a reconnection email', () => {
    for (const c of cases.filter((c) => c.source === 'reconnect')) {
      expect(`${c.message.subject}\n${c.message.body}`, c.title).not.toMatch(sharedBlame[locale]);
    }
  });

  it('calls no named person “hen”', () => {
    for (const c of cases) expect(c.message.body, c.title).not.toMatch(/\bhens?\b/i);
  });

  it('never says “once that is behind me” without a constraint, and declines as decided or as considered', () => {
    for (const c of cases.filter((c) => ['intro-reply', 'quiz', 'quiz-situation'].includes(c.source))) {
      const inputs = c.inputs ?? {};
      if (c.source === 'intro-reply' && inputs.decision === 'accept-later' && !inputs.detail) {
        expect(c.message.body, c.title).not.toMatch(behindMe[locale]);
      }
      if (inputs.decision === 'decline') {
        const [yes, no] = inputs.change === 'decided' ? [decided, considering] : [considering, decided];
        expect(c.message.body, c.title).toMatch(yes[locale]);
        expect(c.message.body, c.title).not.toMatch(no[locale]);
      }
    }
    const quiz = cases.filter((c) => c.source === 'quiz');
    for (const c of quiz) if (!c.title.includes('(')) expect(c.message.body, c.title).not.toMatch(behindMe[locale]);
  });

  it('passes all of its own checks as first written, whenever the builder would write it', () => {
    const problems: string[] = [];
    for (const c of writable) {
      const open = failing(check(c, locale, c.message));
      if (open.length) problems.push(`${c.source} · ${c.title}: ${open.join(', ')}`);
    }
    expect(problems).toEqual([]);
  });

  it('fails each check when what it looks for is taken out', () => {
    const problems: string[] = [];
    for (const c of writable) {
      const ids = check(c, locale, c.message).map((r) => r.id);
      for (const id of ids) {
        let edited: Message;
        if (id === 'subject-silence') edited = { ...c.message, subject: '' };
        else if (['length', 'short', 'recommended'].includes(id)) {
          edited = { ...c.message, body: `${c.message.body}\n${'word '.repeat(400)}` };
        } else if (id === 'pressure') {
          edited = { ...c.message, body: `${c.message.body}\n${pressureSentences[locale].text}` };
        } else if (id === 'vague') {
          edited = { ...c.message, body: `${c.message.body}\n${vagueRequests[locale].text}` };
        } else if (id === 'busy') {
          edited = { ...c.message, body: `${c.message.body}\n${busy[locale]}` };
        } else if (id.startsWith('register-')) {
          // A sentence the reader typed in the other register (German only).
          edited = { ...c.message, body: `${c.message.body}\n${otherRegister[id]}` };
        } else {
          edited = render(withoutMove(c.letter!, id));
          if (edited.body === c.message.body) problems.push(`${c.source} · ${c.title}: nothing makes ${id}`);
        }
        if (!failing(check(c, locale, edited)).includes(id))
          problems.push(`${c.source} · ${c.title}: ${id} passes without it`);
      }
    }
    expect(problems).toEqual([]);
  });
});

/** A sentence in the register other than the message's: "du" in a "Sie" message, and back. */
const otherRegister: Record<string, string> = {
  'register-formal': 'Wie geht es dir?',
  'register-warm': 'Wie geht es Ihnen?',
};

const busy: Record<Locale, string> = {
  en: 'I’m too busy right now, maybe later.',
  de: 'Ich habe gerade keine Zeit, vielleicht später.',
  fi: 'Minulla on liian kiire, ehkä myöhemmin.',
  sv: 'Jag har inte tid just nu, kanske senare.',
};
