/**
 * Vad svenska meddelanden behöver av grammatik: tidsperioder och dagar som de skrivs mitt i en
 * mening, och genitiv av ett namn. Shared by the Swedish writers of every builder.
 */
const numbers = ['ett', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva', 'tolv'];

/** "sex år", "ett år". */
export const years = (count: number) => `${numbers[count - 1] ?? count} år`;

/** "om två veckor", "om en vecka". */
export const inWeeks = (count: number) => (count === 1 ? 'om en vecka' : `om ${numbers[count - 1] ?? count} veckor`);

/** A day in a sentence: "måndagen den 14 december". */
export function onDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const weekday = new Intl.DateTimeFormat('sv', { weekday: 'long', timeZone: 'UTC' }).format(date);
  const rest = new Intl.DateTimeFormat('sv', { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(date);
  return `${weekday}en den ${rest}`;
}

/** "Camilla Berglunds", "Lars": the genitive of a name (no extra s after s, x or z). */
export const genitive = (name: string) => (/[sxz]$/iu.test(name.trim()) ? name.trim() : `${name.trim()}s`);

/** The first letter as a capital, for one of our phrases that opens a sentence or a subject. */
export const capital = (text: string) => text.charAt(0).toLocaleUpperCase('sv') + text.slice(1);
