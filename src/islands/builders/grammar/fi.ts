/**
 * Mitä suomenkieliset viestit tarvitsevat kieliopista: ajanjaksot ja päivät siinä sijamuodossa,
 * jossa ne lauseessa ovat. Names stay in the nominative: the writers build their sentences so that
 * a name never has to be inflected (Finnish endings depend on the name's sounds, which a table
 * cannot guess safely). Shared by the Finnish writers of every builder.
 */
const nominative = [
  'yksi',
  'kaksi',
  'kolme',
  'neljä',
  'viisi',
  'kuusi',
  'seitsemän',
  'kahdeksan',
  'yhdeksän',
  'kymmenen',
  'yksitoista',
  'kaksitoista',
];
const genitive = [
  'yhden',
  'kahden',
  'kolmen',
  'neljän',
  'viiden',
  'kuuden',
  'seitsemän',
  'kahdeksan',
  'yhdeksän',
  'kymmenen',
  'yhdentoista',
  'kahdentoista',
];

/** "kuusi vuotta", "vuosi" (nominative with the partitive that follows a numeral). */
export const years = (count: number) => (count === 1 ? 'vuosi' : `${nominative[count - 1] ?? count} vuotta`);

/** "kuuden vuoden", "vuoden" (genitive): "kuuden vuoden jälkeen". */
export const yearsGenitive = (count: number) => (count === 1 ? 'vuoden' : `${genitive[count - 1] ?? count} vuoden`);

/** "kahden viikon päästä", "viikon päästä". */
export const inWeeks = (count: number) =>
  count === 1 ? 'viikon päästä' : `${genitive[count - 1] ?? count} viikon päästä`;

/** A day in a sentence, in the essive: "maanantaina 14. joulukuuta". */
export function onDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const weekday = new Intl.DateTimeFormat('fi', { weekday: 'long', timeZone: 'UTC' }).format(date);
  const rest = new Intl.DateTimeFormat('fi', { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(date);
  return `${weekday}na ${rest}`;
}

/** The first letter as a capital, for one of our phrases that opens a sentence or a subject. */
export const capital = (text: string) => text.charAt(0).toLocaleUpperCase('fi') + text.slice(1);
