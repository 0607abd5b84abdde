/**
 * How German addresses a person, for the checks of every German builder (their `de.checks.ts`
 * spread it in): the words before a name that mean *Sie*. Data, which the page hands the island
 * with the checks; no writer imports it.
 */
import type { RegisterHint } from '../register.ts';

export const germanAddress = {
  // Herr, Frau or a title before the name: German writes to that person with "Sie".
  formalNames: [
    'herr',
    'herrn',
    'frau',
    'dr.',
    'dr',
    'prof.',
    'prof',
    'professor',
    'professorin',
    'mag.',
    'dipl.-ing.',
    'ing.',
  ],
} satisfies RegisterHint;
