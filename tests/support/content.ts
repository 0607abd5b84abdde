/** Reading content/ directly, as the content tests need it: files per locale, frontmatter, body. */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { root } from './dist.ts';

import { locales } from '../../src/i18n/locales.ts';
import { impliedRegister, type RegisterHint, type Tone } from '../../src/islands/builders/register.ts';

/** The site's locales (src/i18n/locales.ts is the one list). */
export const contentLocales = locales;
export type ContentLocale = (typeof contentLocales)[number];

export function filesIn(collection: string, locale: string): string[] {
  const dir = join(root, 'content', collection, locale);
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}

export function readMdx(collection: string, locale: string, file: string): { data: Record<string, any>; body: string } {
  const text = readFileSync(join(root, 'content', collection, locale, file), 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`content/${collection}/${locale}/${file} has no frontmatter`);
  return { data: parse(match[1]!) as Record<string, any>, body: match[2]! };
}

export function readText(collection: string, locale: string, file: string): string {
  return readFileSync(join(root, 'content', collection, locale, file), 'utf8');
}

/** A YAML file under content/; `file` '' reads `content/<collection>/<locale>.yaml` (the casts). */
export function readYaml(collection: string, locale: string, file: string): any {
  const path = file
    ? join(root, 'content', collection, locale, file)
    : join(root, 'content', collection, `${locale}.yaml`);
  return parse(readFileSync(path, 'utf8'));
}

/** The text of each <Example> in an MDX body, paragraphs joined by a blank line, as a reader sees it. */
export function examples(body: string): Array<{ label: string; text: string }> {
  return [...body.matchAll(/<Example label="([^"]*)">([\s\S]*?)<\/Example>/g)].map((m) => ({
    label: m[1]!,
    text: m[2]!
      .trim()
      .split(/\n\s*\n/)
      .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
      .join('\n\n'),
  }));
}

/**
 * The register a written message's greeting implies, as a builder would default to it: German
 * "Liebe Frau Huber," or "Guten Tag, Herr Dr. Lang," means *Sie*, "Hallo Theresa," *du*. The other
 * languages read no register from a name, so theirs is always warm.
 */
export function greetingTone(text: string, hint: RegisterHint): Tone {
  const name = /^(?:Hallo|Hi|Liebe|Lieber|Guten Tag),?\s+([^,\n]+)/u.exec(text.trim())?.[1];
  return impliedRegister(hint, name);
}
