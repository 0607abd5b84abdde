/**
 * Was deutsche Nachrichten an Grammatik brauchen: Anrede und Register aus dem Namen, Namen im
 * Dativ, Zeiträume in den Fällen, in denen sie im Satz stehen, und Tage, wie sie mitten im Satz
 * geschrieben werden. Shared by the German writers of every builder.
 */

/** Herr, Frau or a title before the name: German writes to that person with *Sie*. */
export function isFormalName(name: string): boolean {
  return /^(herrn?|frau|dr\.?|prof\.?|professor(in)?|mag\.?|dipl\.?-?\S*|ing\.?)(\s|$)/iu.test(name.trim());
}

/** The name after "jemandem" (dative) or "jemanden" (accusative): "Herr Kaiser" -> "Herrn Kaiser". */
export const dative = (name: string) => name.trim().replace(/^Herr(?=\s)/u, 'Herrn');

/**
 * "Liebe Frau Huber," or "Lieber Herr Kaiser,": only where the name says which form it takes
 * (Frau, Herr); `undefined` for a first name, whose gender the writer cannot know.
 */
export function dear(name: string): string | undefined {
  const trimmed = name.trim();
  if (/^Frau\s/u.test(trimmed)) return `Liebe ${trimmed},`;
  if (/^Herrn?\s/u.test(trimmed)) return `Lieber ${trimmed.replace(/^Herrn/u, 'Herr')},`;
  return undefined;
}

const numbers = ['ein', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf'];

/** "sechs Jahre" (nominative, accusative): "es ist sechs Jahre her". */
export function years(count: number): string {
  if (count === 1) return 'ein Jahr';
  return `${numbers[count - 1] ?? count} Jahre`;
}

/** "sechs Jahren" (dative): "nach sechs Jahren", "nach einem Jahr". */
export function yearsDative(count: number): string {
  if (count === 1) return 'einem Jahr';
  return `${numbers[count - 1] ?? count} Jahren`;
}

/** "in zwei Wochen", "in einer Woche". */
export function inWeeks(count: number): string {
  return count === 1 ? 'in einer Woche' : `in ${numbers[count - 1] ?? count} Wochen`;
}

/** A day in the middle of a sentence: "am Montag, dem 14. Dezember," (the closing comma included). */
export function onDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const weekday = new Intl.DateTimeFormat('de', { weekday: 'long', timeZone: 'UTC' }).format(date);
  const rest = new Intl.DateTimeFormat('de', { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(date);
  return `am ${weekday}, dem ${rest},`;
}

/** The first letter as a capital, for one of our phrases that opens a sentence or a subject. */
export const capital = (text: string) => text.charAt(0).toLocaleUpperCase('de') + text.slice(1);

/**
 * Words German writes in lower case inside a sentence. After "Hallo Katrin," the text goes on in
 * lower case, so a sentence the reader typed that opens with one of these continues with it in
 * lower case; any other first word (a noun, a name, the polite "Sie" and "Ihr") keeps its capital.
 */
const lowerAfterSalutation = new Set(
  (
    'ich wir du es das der die dem den des ein eine einen einem einer mein meine meinen meinem ' +
    'meiner unser unsere unseren unserem unserer dein deine deinen deinem deiner euer eure als am ' +
    'an auf aus bei beim bis da damit dass durch für gestern heute morgen hier im in mit nach ' +
    'neulich nun schon seit so über um vielen von vor während weil wenn wie zu zum zur schön ' +
    'gern gerne danke letzte letzten letztes letzter nächste nächsten vergangene vergangenen ' +
    'bereits erst kürzlich beim jetzt inzwischen mittlerweile'
  ).split(' '),
);

/** A sentence the reader typed, as it continues after "Hallo …,": see `lowerAfterSalutation`. */
export function afterSalutation(sentence: string): string {
  const first = /^\p{L}+/u.exec(sentence)?.[0] ?? '';
  return lowerAfterSalutation.has(first.toLowerCase()) && first !== first.toLowerCase()
    ? first.toLowerCase() + sentence.slice(first.length)
    : sentence;
}
