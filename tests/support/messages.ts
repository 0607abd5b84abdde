/**
 * Every message the site writes, from the named examples in tests/fixtures/: each builder in every
 * branch (register, relationship, decision, platform, with and without the optional answers),
 * the worksheet's message (initiator, invitee) and the intro-decision quiz's replies (the three
 * the page shows, and the best reply to each of the other situations, from the quiz's data). The
 * catalogue (`npm run messages`, docs/messages/<locale>.md) prints them; the invariant tests
 * (src/islands/builders/invariants.test.ts) read them all.
 */
import type { Locale } from '../../src/i18n/locales.ts';
import { dictionaries } from '../../src/i18n/index.ts';
import { render, type Letter } from '../../src/islands/builders/letter.ts';
import type { Inputs, Message } from '../../src/islands/builders/types.ts';
import { tones } from '../../src/islands/builders/register.ts';
import { readReconnect, reconnectBuilder, relationships } from '../../src/islands/builders/reconnect/reconnect.ts';
import { reconnectData } from '../../src/islands/builders/reconnect/locales/index.ts';
import {
  contactRequestBuilder,
  kinds,
  readContactRequest,
  requestLimit,
} from '../../src/islands/builders/contact-request/contact-request.ts';
import { contactRequestData } from '../../src/islands/builders/contact-request/locales/index.ts';
import { platformIds } from '../../src/islands/builders/contact-request/platforms.ts';
import {
  introReplyBuilder,
  introReplyInput,
  readIntroReply,
} from '../../src/islands/builders/intro-reply/intro-reply.ts';
import { introReplyData } from '../../src/islands/builders/intro-reply/locales/index.ts';
import { emptyWorksheet, type Worksheet } from '../../src/islands/worksheet/worksheet.ts';
import { suggestedMessage } from '../../src/islands/worksheet/brief.ts';
import { introReplies } from '../../src/islands/quiz/props.ts';
import { quizSchema } from '../../src/islands/quiz/schema.ts';
import { contactExamples, introDetails, introExamples, reconnectExamples } from '../fixtures/builders.ts';
import { asked, invited, type Answers as SheetAnswers } from '../fixtures/worksheet.ts';
import { readYaml } from './content.ts';

export type Source = 'reconnect' | 'contact-request' | 'intro-reply' | 'worksheet' | 'quiz' | 'quiz-situation';

/** One message as the site writes it, with how it was made. */
export interface Case {
  source: Source;
  /** What makes this branch, in words, e.g. "warm · former manager · every answer". */
  title: string;
  message: Message;
  /** For a builder: the answers, the letter before it became text, and the register. */
  inputs?: Inputs;
  letter?: Letter;
  tone?: 'warm' | 'formal';
  /** The platform's limit the text must keep to, for a contact request's note. */
  limit?: { max: number; hard: boolean };
  /** True when the two have never met (a contact request). */
  stranger?: boolean;
}

const without = (inputs: Inputs, ...keys: string[]) =>
  Object.fromEntries(Object.entries(inputs).filter(([key]) => !keys.includes(key)));

export function reconnectCases(locale: Locale, options: { all?: boolean } = {}): Case[] {
  const writer = reconnectData[locale];
  const cases: Case[] = [];
  for (const tone of tones) {
    const example = reconnectExamples[locale][tone];
    const variants: Array<[string, Inputs]> = relationships.map((relationship) => [
      `${tone} · ${relationship} · every answer`,
      { ...example, relationship },
    ]);
    variants.push([`${tone} · ${example.relationship} · required answers only`, without(example, 'memory', 'offer')]);
    if (options.all) {
      for (const years of reconnectBuilder.fields.find((f) => f.name === 'years')!.options!) {
        variants.push([`${tone} · ${years} years`, { ...example, years }]);
      }
      for (const relationship of relationships) {
        variants.push([
          `${tone} · ${relationship} · required only`,
          { ...without(example, 'memory', 'offer'), relationship },
        ]);
      }
    }
    for (const [title, inputs] of variants) {
      const letter = writer.compose(readReconnect(inputs));
      cases.push({ source: 'reconnect', title, inputs, letter, message: render(letter), tone });
    }
  }
  return cases;
}

export function contactCases(locale: Locale, options: { all?: boolean } = {}): Case[] {
  const writer = contactRequestData[locale];
  const cases: Case[] = [];
  const add = (title: string, inputs: Inputs) => {
    const letter = writer.compose(readContactRequest(inputs));
    const limit = requestLimit(inputs);
    cases.push({
      source: 'contact-request',
      title,
      inputs,
      letter,
      message: render(letter),
      tone: inputs.tone === 'formal' ? 'formal' : 'warm',
      ...(limit ? { limit } : {}),
      stranger: inputs.met !== 'yes',
    });
  };
  const situations = [
    ['met', 'met before'],
    ['notMet', 'never met'],
  ] as const;
  for (const platform of options.all ? platformIds : (['linkedin', 'email'] as const)) {
    for (const kind of platform === 'email' ? (['message'] as const) : kinds) {
      for (const [situation, said] of situations) {
        for (const tone of tones) {
          const example = { ...contactExamples[locale][situation][tone], platform, kind };
          add(`${platform} · ${platform === 'email' ? 'email' : kind} · ${said} · ${tone}`, example);
          if (options.all || (tone === 'warm' && platform === 'linkedin')) {
            const optional = situation === 'met' ? ['hope', 'offer'] : ['hope'];
            add(`${platform} · ${kind} · ${said} · ${tone} · required answers only`, without(example, ...optional));
          }
        }
      }
    }
  }
  if (!options.all) {
    // The other platforms write the same note; only its limit differs.
    for (const platform of platformIds.filter((p) => p !== 'linkedin' && p !== 'email')) {
      add(`${platform} · request · never met · formal`, {
        ...contactExamples[locale].notMet.formal,
        platform,
        kind: 'request',
      });
    }
  }
  return cases;
}

export function introCases(locale: Locale, options: { all?: boolean } = {}): Case[] {
  const writer = introReplyData[locale];
  const cases: Case[] = [];
  const add = (title: string, inputs: Inputs) => {
    const letter = writer.compose(readIntroReply(introReplyInput(inputs), writer));
    cases.push({
      source: 'intro-reply',
      title,
      inputs,
      letter,
      message: render(letter),
      tone: inputs.tone === 'formal' ? 'formal' : 'warm',
    });
  };
  for (const tone of tones) {
    const base = introExamples[locale][tone];
    const d = introDetails[locale];
    add(`${tone} · accept now`, { ...base, decision: 'accept-now', detail: d['accept-now'] });
    add(`${tone} · accept now · without when you are free`, { ...base, decision: 'accept-now' });
    add(`${tone} · accept later · in ${base.later} weeks`, {
      ...base,
      decision: 'accept-later',
      detail: d['accept-later'],
    });
    add(`${tone} · accept later · on a day`, {
      ...base,
      decision: 'accept-later',
      detail: d['accept-later'],
      later: 'date',
      laterDate: '2027-01-11',
    });
    add(`${tone} · accept later · without the constraint`, { ...base, decision: 'accept-later' });
    add(`${tone} · decline · decided`, { ...base, decision: 'decline', change: 'decided', detail: d.decline });
    add(`${tone} · decline · still considering`, {
      ...base,
      decision: 'decline',
      change: 'considering',
      detail: d.decline,
    });
    add(`${tone} · decline · considering, without a reason`, { ...base, decision: 'decline', change: 'considering' });
    if (options.all) {
      for (const later of introReplyBuilder.fields.find((f) => f.name === 'later')!.options!) {
        if (later !== 'date') add(`${tone} · accept later · ${later}`, { ...base, decision: 'accept-later', later });
      }
      add(`${tone} · decline · decided, without a reason`, { ...base, decision: 'decline', change: 'decided' });
    }
  }
  return cases;
}

function sheet(answers: SheetAnswers, extra: Partial<Worksheet> = {}): Worksheet {
  return { ...emptyWorksheet('example', new Date('2027-01-04T09:00:00Z')), ...answers, ...extra } as Worksheet;
}

export function worksheetCases(locale: Locale): Case[] {
  const t = dictionaries[locale].worksheet;
  const message = (s: Worksheet): Message => ({ subject: '', body: suggestedMessage(s, t, locale) });
  return [
    { source: 'worksheet', title: 'you asked for the meeting', message: message(sheet(asked[locale])) },
    {
      source: 'worksheet',
      title: 'you asked · no date yet, nothing for them to prepare',
      message: message(sheet(asked[locale], { meetingDate: '', prepareThem: '', how: '', whyNow: '' })),
    },
    { source: 'worksheet', title: 'they invited you · no date yet', message: message(sheet(invited[locale])) },
    {
      source: 'worksheet',
      title: 'they invited you · with a date',
      message: message(sheet(invited[locale], { meetingDate: '2027-05-06' })),
    },
  ];
}

export function quizCases(locale: Locale): Case[] {
  const data = quizSchema.parse(readYaml('quizzes', locale, 'intro-decision.yaml'));
  return introReplies(locale, data, null).map((reply) => ({
    source: 'quiz' as const,
    title: `${reply.label}${reply.fits ? ' (the best answer here)' : ''}`,
    message: { subject: '', body: reply.text },
  }));
}

/**
 * The best reply to each of the other situations of the intro-decision quiz, from that
 * situation's own `reply` data (its detail, when to write again, whether a change is decided),
 * written as the page would write it were the situation last. The page shows only the last
 * situation's replies (quizCases); these show a reviewer what the rest of the quiz's data writes.
 */
export function situationCases(locale: Locale): Case[] {
  const data = quizSchema.parse(readYaml('quizzes', locale, 'intro-decision.yaml'));
  return data.questions.slice(0, -1).map((question) => {
    const best = introReplies(locale, { ...data, questions: [question] }, null).find((reply) => reply.fits)!;
    const { detail, later, change } = question.reply!;
    return {
      source: 'quiz-situation' as const,
      title: `${question.id} · ${best.label}${later ? ` · writing again in ${later} weeks` : ''}`,
      message: { subject: '', body: best.text },
      inputs: { decision: best.decision, detail, ...(change ? { change } : {}) },
    };
  });
}

/** Everything, in the catalogue's order; `all` adds the combinations the tests sweep but the catalogue does not print. */
export function allCases(locale: Locale, options: { all?: boolean } = {}): Case[] {
  return [
    ...reconnectCases(locale, options),
    ...contactCases(locale, options),
    ...introCases(locale, options),
    ...worksheetCases(locale),
    ...quizCases(locale),
    ...situationCases(locale),
  ];
}

export { contactRequestBuilder, introReplyBuilder, reconnectBuilder };
