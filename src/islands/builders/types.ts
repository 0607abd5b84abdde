/**
 * What the builders share: a builder is a `BuilderSpec` (its questions, its generator and its
 * checks, all plain functions) plus one writer per locale (`<builder>/locales/<locale>.ts`: the
 * wording, the few functions that language's grammar needs, and the phrase lists of the checks)
 * and its interface strings. `Builder.tsx` runs the flow inputs -> draft -> edit -> checks -> copy
 * for any of them.
 */
import type { Locale } from '../../i18n/locales.ts';
import type { UIStrings } from '../../i18n/ui/en/index.ts';
import type { Letter } from './letter.ts';
import type { PluralForms } from '../../i18n/format.ts';
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
  /** `date` is a day, stored as YYYY-MM-DD (what `<input type="date">` gives). */
  kind: 'text' | 'textarea' | 'select' | 'radio' | 'date';
  /** For select and radio: the values, labelled by `fields[name].options[value]`. */
  options?: readonly string[];
  /** Required always, or only in some situations (e.g. your name, when you write to a stranger). */
  required?: boolean | ((inputs: Inputs) => boolean);
  autocomplete?: string;
  /** Shown only when this says so (e.g. "when will you write again" only when postponing). */
  when?: (inputs: Inputs) => boolean;
  /** Which strings label the field when they depend on another answer, e.g. `detail.decline`. */
  variant?: (inputs: Inputs) => string;
  /**
   * Facts the field's strings name, filled in by the page so that they come from the data:
   * `{date}` in the hint (a day, YYYY-MM-DD), `{limit}` in each option's label, by option.
   */
  facts?: { date?: string; limits?: Record<string, number> };
}

/**
 * What a builder's island needs before a draft is written: its questions, the answers a new draft
 * starts with, and how the answers name and follow each other. `questions.ts` in each builder's
 * folder; the island loads the rest of the spec (`BuilderSpec`) when the draft is written.
 */
export interface BuilderQuestions<Data> {
  id: BuilderId;
  fields: readonly FieldSpec[];
  /** Answers a new draft starts with (e.g. the warm tone). */
  defaults: Inputs;
  /** Whether the message has a subject line (email) and can be opened in an email app. */
  email: boolean | ((inputs: Inputs) => boolean);
  /**
   * Answers that follow another answer until the reader changes them: e.g. German *Sie* once the
   * name starts with Herr, Frau or a title. Gets the answers before and after a change.
   */
  follow?(before: Inputs, after: Inputs, data: Data): Inputs;
  /** A short name for the draft in the list of drafts, e.g. the recipient. */
  title(inputs: Inputs): string;
}

/** A whole builder: its questions, its generator and its checks, all plain functions. */
export interface BuilderSpec<Data> extends BuilderQuestions<Data> {
  /**
   * The length the message should keep to, in characters as the reader counts them: `hard` when
   * the platform refuses anything longer, else a recommendation.
   */
  limit?: (inputs: Inputs) => Limit | undefined;
  write(inputs: Inputs, data: Data): Message;
  check(message: Message, inputs: Inputs, data: Data, locale: Locale): CheckResult[];
  /** "Subject" as a pasted email shows it, in the message's language (e.g. "Betreff"): email builders only. */
  subjectLabel?(data: Data): string;
}

export interface Limit {
  max: number;
  hard: boolean;
}

/** What every locale's writer of a builder offers: the message composed from the answers. */
export interface Writer<Answers> {
  compose(answers: Answers): Letter;
}

/** Whether a field is required with these answers. */
export const isRequired = (field: FieldSpec, inputs: Inputs) =>
  typeof field.required === 'function' ? field.required(inputs) : Boolean(field.required);

/** The names of required fields the reader has left empty (only fields on show count). */
export function missing(fields: readonly FieldSpec[], inputs: Inputs): string[] {
  return fields
    .filter((f) => isRequired(f, inputs) && (!f.when || f.when(inputs)) && !(inputs[f.name] ?? '').trim())
    .map((f) => f.name);
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
