/**
 * One cast per locale: content/cast/<locale>.yaml names every person in the locale's lessons,
 * quizzes, glossary and start page, with one role each. A first name is one person throughout the
 * locale, so a reader who meets Jana in two lessons meets the same Jana.
 *
 * Checked: first names are unique; each person is named in every file the cast lists for them and
 * in no other; and the names that must be people (greetings and sign-offs of example messages, the
 * introducer and the contact of each intro-decision reply) are in the cast.
 */
import { describe, expect, it } from 'vitest';
import { contentLocales, examples, filesIn, readMdx, readText, readYaml } from '../support/content.ts';

interface Person {
  name: string;
  role: string;
  appears: string[];
}

/** Every content file of a locale by the id the cast uses: a lesson slug, a quiz id, `glossary`, `start`. */
function contentFiles(locale: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const file of filesIn('lessons', locale))
    files.set(file.replace(/\.mdx$/, ''), readText('lessons', locale, file));
  for (const file of filesIn('quizzes', locale))
    files.set(file.replace(/\.yaml$/, ''), readText('quizzes', locale, file));
  files.set('glossary', readText('glossary', locale, 'glossary.yaml'));
  files.set('start', readText('pages', locale, 'start.mdx'));
  return files;
}

const named = (text: string, name: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').test(text);
const firstName = (person: Person) => person.name.split(/\s+/)[0]!;

/** Greeting words that a name follows on an example's first line, per locale. */
const greeting =
  /^(?:Hi|Hello|Dear|Hallo|Hey|Liebe|Lieber|Guten Tag|Sehr geehrte|Sehr geehrter|Hei|Moi|Hyvä|Hej|Hejsan|Bästa|Kära)\s+(?:(?:Herr|Frau|Mr|Mrs|Ms|Dr\.?|Prof\.?|Professor|Professorin)\s+)*(\p{Lu}[\p{L}-]+)/u;
/** A sign-off line that is only a name: one to three capitalised words. */
const signature = /^\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+){0,2}$/u;

for (const locale of contentLocales) {
  describe(`${locale} cast`, () => {
    const cast = (readYaml('cast', locale, '') ?? []) as Person[];
    const files = contentFiles(locale);
    const everyName = new Set(cast.flatMap((p) => p.name.split(/\s+/)));

    it('lists people with a name, a role and where they appear', () => {
      expect(cast.length).toBeGreaterThan(5);
      for (const person of cast) {
        expect(person.name, JSON.stringify(person)).toMatch(/^\p{Lu}/u);
        expect(person.role?.length ?? 0, person.name).toBeGreaterThan(5);
        expect(person.appears?.length ?? 0, person.name).toBeGreaterThan(0);
        for (const id of person.appears) expect([...files.keys()], `${person.name}: ${id}`).toContain(id);
      }
    });

    it('gives each first name to one person only', () => {
      const seen = cast.map(firstName);
      expect(seen.filter((name, i) => seen.indexOf(name) !== i)).toEqual([]);
    });

    it('names each person in exactly the files it lists for them', () => {
      const wrong: string[] = [];
      for (const person of cast) {
        for (const [id, text] of files) {
          const listed = person.appears.includes(id);
          if (listed !== named(text, firstName(person)))
            wrong.push(`${person.name} ${listed ? 'is listed for' : 'is named in, but not listed for'} ${id}`);
        }
      }
      expect(wrong).toEqual([]);
    });

    it('has every greeted and signing person of the example messages', () => {
      const missing: string[] = [];
      for (const file of filesIn('lessons', locale)) {
        for (const { label, text } of examples(readMdx('lessons', locale, file).body)) {
          const lines = text.split('\n').filter((line) => line.trim());
          const greeted = greeting.exec(lines.find((line) => !/^\p{L}+:/u.test(line)) ?? '')?.[1];
          if (greeted && !everyName.has(greeted)) missing.push(`${file} “${label}”: greets ${greeted}`);
          const last = lines.at(-1)?.trim() ?? '';
          if (lines.length > 1 && signature.test(last))
            for (const word of last.split(' '))
              if (!everyName.has(word)) missing.push(`${file} “${label}”: signed ${word}`);
        }
      }
      expect(missing).toEqual([]);
    });

    it('has the introducer and the contact of every intro-decision reply', () => {
      const quiz = readYaml('quizzes', locale, 'intro-decision.yaml') as {
        questions: Array<{ reply?: { introducer: string; contact: string } }>;
      };
      const missing: string[] = [];
      for (const { reply } of quiz.questions)
        for (const name of reply ? [reply.introducer, reply.contact] : [])
          if (!name.split(/\s+/).some((part) => everyName.has(part))) missing.push(name);
      expect(missing).toEqual([]);
    });
  });
}
