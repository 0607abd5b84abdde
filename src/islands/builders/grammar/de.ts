/**
 * Was deutsche Nachrichten an Grammatik brauchen, rund um Namen: die Anrede und den Namen im Dativ. Zeiträume und Tage stehen in de-time.ts, die Kleinschreibung
 * nach der Anrede in de-case.ts: getrennt, damit jede Seite nur lädt, was ihr Schreiber braucht.
 */

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

/** The first letter as a capital, for one of our phrases that opens a sentence or a subject. */
export const capital = (text: string) => text.charAt(0).toLocaleUpperCase('de') + text.slice(1);
