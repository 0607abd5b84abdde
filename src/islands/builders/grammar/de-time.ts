/** Zeiträume und Tage auf Deutsch, in den Fällen, in denen sie im Satz stehen. */
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
