/**
 * What a builder page hands its island, computed at build time: the interface strings of one
 * builder in one locale (select options spelled out with plural forms), and the lesson's example
 * messages for the static fallback. Runs in Astro only; the island never imports this file, so
 * its bundle carries no dictionary.
 */
import { format, plural, ui, type Locale } from '../../i18n/index.ts';
import { dateLocale } from '../../lib/days.ts';
import { hyphenateAll } from '../../lib/hyphenate.ts';
import { noticeStrings, takenAway } from '../../lib/island-strings.ts';
import { asidePrefix, recordPrefix } from '../../lib/storage.ts';
import { draftKindName, legacyKey } from './drafts.ts';
import type { BuilderId } from './registry.ts';
import type { RegisterHint } from './register.ts';
import type { BuilderSpec, BuilderStrings, FieldSpec, FieldStrings } from './types.ts';
import type { PluralForms } from './message.ts';

type FieldSource = FieldStrings & { option?: PluralForms };

/** A field's strings with the facts of its data filled in: a checked-on date, each option's limit. */
function withFacts(field: FieldStrings, facts: FieldSpec['facts'], locale: Locale): FieldStrings {
  if (!facts) return field;
  const numbers = new Intl.NumberFormat(locale);
  const date = facts.date
    ? new Intl.DateTimeFormat(dateLocale(locale), { dateStyle: 'long', timeZone: 'UTC' }).format(
        new Date(`${facts.date}T00:00:00Z`),
      )
    : '';
  return {
    ...field,
    ...(field.hint ? { hint: format(field.hint, { date }) } : {}),
    ...(field.options
      ? {
          options: Object.fromEntries(
            Object.entries(field.options).map(([value, label]) => [
              value,
              format(label, { limit: numbers.format(facts.limits?.[value] ?? 0) }),
            ]),
          ),
        }
      : {}),
  };
}

/** The strings of builder `id` that its island shows, in `locale`. */
export function islandStrings<Data>(locale: Locale, id: BuilderId, spec: BuilderSpec<Data>): BuilderStrings {
  const t = ui(locale).builders;
  const own: Omit<BuilderStrings, 'common' | 'fields'> & { fields: object } = t[id];
  const shaped: Record<string, FieldStrings> = {};
  for (const [name, source] of Object.entries(own.fields as Record<string, FieldSource>)) {
    const { option, ...field } = source;
    const fieldSpec = spec.fields.find((f) => f.name === name);
    const values = fieldSpec?.options ?? [];
    // "About {count} years" and the like become one label per choice, e.g. "About 4 years".
    shaped[name] = option
      ? { ...field, options: Object.fromEntries(values.map((v) => [v, plural(locale, option, Number(v))])) }
      : withFacts(field, fieldSpec?.facts, locale);
  }
  const { body, copyBody, copySubject, copyBoth, mailto, mailtoHint, checks } = own;
  return {
    common: t.common,
    fields: shaped,
    checks,
    body,
    copyBody,
    ...(copySubject ? { copySubject } : {}),
    ...(copyBoth ? { copyBoth } : {}),
    ...(mailto ? { mailto } : {}),
    ...(mailtoHint ? { mailtoHint } : {}),
  };
}

/**
 * Everything an island needs from its page, once: its locale, its strings, its locale's checks
 * (phrase lists, as data) and the notice for drafts that could not be read. Its writer, the code
 * that words the messages, the island imports itself, for its locale only: see Island.tsx. A check
 * only one language has (German du / Sie) brings its strings with that language's data
 * (`checkStrings`); they join the others here.
 *
 * The strings are hyphenated for the locale (src/lib/island-strings.ts), except the subject line's
 * label, which a copied email may start with; the checks are not, since they are compared with
 * what the reader wrote, and neither is anything the writer puts into the message.
 */
export function islandProps<Data, Checks extends RegisterHint>(
  locale: Locale,
  id: BuilderId,
  spec: BuilderSpec<Data>,
  checks: Record<Locale, Checks>,
) {
  const { checkStrings, ...data } = checks[locale];
  const strings = islandStrings(locale, id, spec);
  const all = checkStrings ? { ...strings, checks: { ...strings.checks, ...checkStrings } } : strings;
  return {
    locale,
    strings: hyphenateAll(all, locale, takenAway.builders),
    checks: data,
    notice: noticeStrings(locale),
  };
}

/**
 * When builder `id`'s island runs before the reader uses it (`client:use-props`,
 * src/scripts/use-props.ts): when this browser holds its drafts (or their old layout, or data set
 * aside), or when the address carries answers for it (the intro-decision quiz's `?decision=`).
 */
export function hydrateWhen(id: BuilderId) {
  return {
    saved: [`${recordPrefix}${draftKindName(id)}:`, legacyKey(id), asidePrefix],
    ...(id === 'intro-reply' ? { query: ['decision'] } : {}),
  };
}

/** The <Example> messages of a lesson's MDX body, each as its label and its paragraphs. */
export function lessonExamples(body: string): Array<{ label: string; paragraphs: string[] }> {
  return [...body.matchAll(/<Example label="([^"]*)">([\s\S]*?)<\/Example>/g)].map((m) => ({
    label: m[1]!,
    paragraphs: m[2]!
      .trim()
      .split(/\n\s*\n/)
      .map((p) => p.replace(/\s*\n\s*/g, ' ').trim()),
  }));
}
