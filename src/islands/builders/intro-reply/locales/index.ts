/** Every locale's wording and phrases, for `introReply(locale, …)`, the page and the tests. */
import type { Locale } from '../../../../i18n/locales.ts';
import type { IntroReplyData } from '../intro-reply.ts';
import en from './en.ts';
import de from './de.ts';
import fi from './fi.ts';
import sv from './sv.ts';

export const introReplyData: Record<Locale, IntroReplyData> = { en, de, fi, sv };
