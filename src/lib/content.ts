/**
 * Reading the content collections for one locale. Each reader first checks that every locale has
 * the same entries, so a missing translation stops the build with the path of the missing file.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales.ts';
import { missingEntries, splitEntryId } from './parity.ts';

type Lesson = CollectionEntry<'lessons'>;

function assertComplete(ids: string[], folder: string, extension: string): void {
  const missing = missingEntries(ids, folder, extension);
  if (missing.length > 0) {
    throw new Error(`Missing translation${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}`);
  }
}

/** The lessons of a locale in curriculum order, each with its slug. */
export async function lessonsOf(locale: Locale): Promise<Array<Lesson & { slug: string }>> {
  const all = await getCollection('lessons');
  assertComplete(
    all.map((entry) => entry.id),
    'content/lessons',
    '.mdx',
  );
  return all
    .filter((entry) => splitEntryId(entry.id).locale === locale)
    .map((entry) => Object.assign(entry, { slug: splitEntryId(entry.id).slug }))
    .sort((a, b) => a.data.order - b.data.order);
}

/** A page of the `pages` collection (e.g. `start`) in a locale. */
export async function pageOf(locale: Locale, slug: string): Promise<CollectionEntry<'pages'>> {
  const all = await getCollection('pages');
  assertComplete(
    all.map((entry) => entry.id),
    'content/pages',
    '.mdx',
  );
  const page = all.find((entry) => entry.id === `${locale}/${slug}`);
  if (!page) throw new Error(`Missing page: content/pages/${locale}/${slug}.mdx`);
  return page;
}

/** The glossary terms of a locale, in file order. */
export async function glossaryOf(locale: Locale): Promise<CollectionEntry<'glossary'>['data']> {
  const all = await getCollection('glossary');
  assertComplete(
    all.map((entry) => `${entry.id.split('/')[0]}/glossary`),
    'content/glossary',
    '.yaml',
  );
  const entry = all.find((item) => item.id.startsWith(`${locale}/`));
  if (!entry) throw new Error(`Missing glossary: content/glossary/${locale}/glossary.yaml`);
  return entry.data;
}

type Quiz = CollectionEntry<'quizzes'>;

/** The quizzes of a locale in the order of the quizzes page, each with its id (the file name). */
export async function quizzesOf(locale: Locale): Promise<Array<Quiz & { slug: string }>> {
  const all = await getCollection('quizzes');
  assertComplete(
    all.map((entry) => entry.id),
    'content/quizzes',
    '.yaml',
  );
  return all
    .filter((entry) => splitEntryId(entry.id).locale === locale)
    .map((entry) => Object.assign(entry, { slug: splitEntryId(entry.id).slug }))
    .sort((a, b) => a.data.order - b.data.order);
}
