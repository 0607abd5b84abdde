/**
 * Every locale's wording and phrases, for the page and the tests; `introReplyWording` alone for
 * `introReply()`, so a bundle that only writes replies (the quiz's) carries no phrase lists.
 */
import type { Locale } from '../../../../i18n/locales.ts';
import type { IntroReplyData, IntroReplyWording } from '../intro-reply.ts';
import en, { wording as enWording } from './en.ts';
import de, { wording as deWording } from './de.ts';
import fi, { wording as fiWording } from './fi.ts';
import sv, { wording as svWording } from './sv.ts';

export const introReplyData: Record<Locale, IntroReplyData> = { en, de, fi, sv };
export const introReplyWording: Record<Locale, IntroReplyWording> = {
  en: enWording,
  de: deWording,
  fi: fiWording,
  sv: svWording,
};
