/**
 * Every locale's writer, for the build: the intro-decision quiz's replies, the catalogue, the
 * tests. The island loads only its own locale's, through `load.ts`.
 */
import type { Locale } from '../../../../i18n/locales.ts';
import type { IntroReplyWriter } from '../intro-reply.ts';
import en from './en.ts';
import de from './de.ts';
import fi from './fi.ts';
import sv from './sv.ts';

export const introReplyData: Record<Locale, IntroReplyWriter> = { en, de, fi, sv };
