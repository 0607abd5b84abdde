/**
 * Every locale's writer and checks, for the build: the pages (which hand an island its locale's
 * checks), the catalogue and the tests. An island loads only its own locale's writer, when the
 * reader heads for "Write" (see ../Island.tsx), so a page carries one language's wording and grammar.
 */
import type { Locale } from '../../../../i18n/locales.ts';
import type { IntroReplyChecks, IntroReplyWriter } from '../intro-reply.ts';
import en from './en.ts';
import enChecks from './en.checks.ts';
import de from './de.ts';
import deChecks from './de.checks.ts';
import fi from './fi.ts';
import fiChecks from './fi.checks.ts';
import sv from './sv.ts';
import svChecks from './sv.checks.ts';

export const introReplyChecks: Record<Locale, IntroReplyChecks> = {
  en: enChecks,
  de: deChecks,
  fi: fiChecks,
  sv: svChecks,
};

export const introReplyData: Record<Locale, IntroReplyWriter> = {
  en: { ...en, ...enChecks },
  de: { ...de, ...deChecks },
  fi: { ...fi, ...fiChecks },
  sv: { ...sv, ...svChecks },
};
