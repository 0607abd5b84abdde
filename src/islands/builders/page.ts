/**
 * What a builder page hands its island, computed at build time: the interface strings of one
 * builder in one locale (select options spelled out with plural forms), and the lesson's example
 * messages for the static fallback. Runs in Astro only; the island never imports this file, so
 * its bundle carries no dictionary.
 */
import { plural, ui, type Locale } from '../../i18n/index.ts';
import type { BuilderSpec, BuilderStrings, FieldStrings } from './types.ts';
import type { PluralForms } from './message.ts';

type Key = 'reconnect' | 'contactRequest' | 'introReply';
type FieldSource = FieldStrings & { option?: PluralForms };

export function islandStrings<Data>(
  locale: Locale,
  key: Key,
  spec: BuilderSpec<Data>,
  subjectLabel?: string,
): BuilderStrings {
  const t = ui(locale).builders;
  const { lead: _lead, fields, ...rest } = t[key];
  const shaped: Record<string, FieldStrings> = {};
  for (const [name, source] of Object.entries(fields as Record<string, FieldSource>)) {
    const { option, ...field } = source;
    const values = spec.fields.find((f) => f.name === name)?.options ?? [];
    // "About {count} years" and the like become one label per choice, e.g. "About 4 years".
    shaped[name] = option
      ? { ...field, options: Object.fromEntries(values.map((v) => [v, plural(locale, option, Number(v))])) }
      : field;
  }
  return { common: t.common, ...rest, fields: shaped, ...(subjectLabel ? { subjectLabel } : {}) };
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
