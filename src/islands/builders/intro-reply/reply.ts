/**
 * The reply in any locale, for the build: the intro-decision quiz shows the replies this writes,
 * the same text the builder writes from the same answers. Reads every locale's writer, so only
 * build-time code (the quiz's page, the catalogue, the tests) imports it, never an island.
 */
import type { Locale } from '../../../i18n/locales.ts';
import { writeIntroReply, type IntroReplyInput } from './intro-reply.ts';
import { introReplyData } from './locales/index.ts';

export function introReply(locale: Locale, input: IntroReplyInput): string {
  return writeIntroReply(input, introReplyData[locale]);
}
