/**
 * How German addresses a person, for the checks of every German builder (their `de.checks.ts`
 * spread it in): the words before a name that mean *Sie*, the words of *du* and of *Sie*, and what
 * the two address checks tell the reader. Data, which the page hands the island with the checks;
 * no writer imports it.
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
  address: {
    // Whole words only (see ../phrases.ts), so "Dudenredaktion" or "Direktor" never count.
    warm: [
      'du',
      'dich',
      'dir',
      'dein',
      'deine',
      'deinen',
      'deinem',
      'deiner',
      'deines',
      'euch',
      'euer',
      'eure',
      'euren',
      'eurem',
      'eurer',
      'eures',
    ],
    // As written: in lower case these are "she", "they" and "her"; see `addressSlips`.
    formal: ['Sie', 'Ihnen', 'Ihr', 'Ihre', 'Ihren', 'Ihrem', 'Ihrer', 'Ihres'],
  },
  // Only German has these checks, so their strings come with its data, not in every dictionary.
  checkStrings: {
    'register-formal': {
      label: 'Durchgehend per Sie',
      pass: 'Die ganze Nachricht bleibt beim Sie.',
      fail: 'Die Nachricht ist in der Sie-Form, diese Wörter aber in der Du-Form. Ändere die Wörter – oder wähle unter „Anrede“ die Option „Per du“, wenn ihr euch duzt.',
    },
    'register-warm': {
      label: 'Durchgehend per du',
      pass: 'Die ganze Nachricht bleibt beim Du.',
      fail: 'Die Nachricht ist in der Du-Form, diese Wörter aber in der Sie-Form. Ändere die Wörter – oder wähle unter „Anrede“ die Option „Per Sie“, wenn ihr euch siezt.',
    },
  },
} satisfies RegisterHint;
