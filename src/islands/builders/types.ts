/**
 * What the builders share: a builder is a `BuilderSpec` (its questions, its generator and its
 * checks, all plain functions) plus its per-locale data (wording and phrase lists, passed in by
 * the page) and its interface strings. `Builder.tsx` runs the flow inputs -> draft -> edit ->
 * checks -> copy for any of them.
 */
import type { Locale } from '../../i18n/locales.ts';
import type { UIStrings } from '../../i18n/ui/en/index.ts';
import type { PluralForms } from './message.ts';
import type { Match } from './phrases.ts';

import type { BuilderId } from './registry.ts';

export type { BuilderId };

/** The reader's answers, by field name. Always strings, so they store and restore as typed. */
export type Inputs = Record<string, string>;

/** A message as the reader will send it; `subject` is '' for builders without one. */
export interface Message {
  subject: string;
  body: string;
}

export interface CheckResult {
  /** The check's id, which names its strings: `checks[id].label`, `.pass`, `.fail`. */
  id: string;
  pass: boolean;
  /** Words that made the check fail (pressure, vague promises), to be shown and highlighted. */
  found?: Array<Match & { part: keyof Message }>;
  /** Numbers the explanation shows, e.g. `{ count: 212, limit: 200 }`. */
  values?: Record<string, number>;
}

export interface FieldSpec {
  name: string;
  kind: 'text' | 'textarea' | 'select' | 'radio';
  /** For select and radio: the values, labelled by `fields[name].options[value]`. */
  options?: readonly string[];
  required?: boolean;
  autocomplete?: string;
  /** Shown only when this says so (e.g. "when will you write again" only when postponing). */
  when?: (inputs: Inputs) => boolean;
  /** Which strings label the field when they depend on another answer, e.g. `detail.decline`. */
  variant?: (inputs: Inputs) => string;
}

export interface BuilderSpec<Data> {
  id: BuilderId;
  fields: readonly FieldSpec[];
  /** Answers a new draft starts with (e.g. the warm tone). */
  defaults: Inputs;
  /** Whether the message has a subject line (email) and can be opened in an email app. */
  email: boolean;
  /** A limit in characters as the reader counts them, when the message has one. */
  limit?: (inputs: Inputs) => number | undefined;
  write(inputs: Inputs, data: Data): Message;
  check(message: Message, inputs: Inputs, data: Data, locale: Locale): CheckResult[];
  /** A short name for the draft in the list of drafts, e.g. the recipient. */
  title(inputs: Inputs): string;
  /** "Subject" as a pasted email shows it, in the message's language (e.g. "Betreff"): email builders only. */
  subjectLabel?(data: Data): string;
}

export interface FieldStrings {
  label: string;
  hint?: string;
  error?: string;
  /** The empty first choice of a select. */
  choose?: string;
  /** Labels of the choices of a select or radio group, by value. */
  options?: Record<string, string>;
}

export interface CheckStrings {
  label: string;
  /** What a passing and a failing draft is told; plural forms where the check counts something. */
  pass: string | PluralForms;
  fail: string | PluralForms;
}

/**
 * The strings an island receives from its page: only its own builder's, in one locale, and only
 * those the island shows (the page's own lead stays with the page).
 */
export interface BuilderStrings {
  common: UIStrings['builders']['common'];
  fields: Record<string, FieldStrings>;
  checks: Record<string, CheckStrings>;
  body: string;
  copyBody: string;
  copySubject?: string;
  copyBoth?: string;
  mailto?: string;
  mailtoHint?: string;
}
