/**
 * What English messages need of grammar: periods of time and days as they read in a sentence, and
 * the possessive of a name. Shared by the English writers of every builder.
 */
const numbers = ['a', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** "four years", "a year", as they read in the middle of a sentence; digits beyond twelve. */
export const years = (count: number) => (count === 1 ? 'a year' : `${numbers[count - 1] ?? count} years`);

/** "in two weeks", "in a week". */
export const inWeeks = (count: number) => (count === 1 ? 'in a week' : `in ${numbers[count - 1] ?? count} weeks`);

/** A day in the middle of a sentence: "on Monday 14 December". */
export function onDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  return `on ${new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(date)}`;
}

/** "Helen Marsh’s", "James’s": the possessive of a name, as British style writes it. */
export const possessive = (name: string) => `${name.trim()}’s`;

/** The first letter as a capital, for one of our phrases that opens a sentence or a subject. */
export const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
