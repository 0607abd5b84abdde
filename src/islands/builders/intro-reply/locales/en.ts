/**
 * The reply to an offered introduction in English: the writer and the phrases its checks look
 * for. British English. The contact is named, never referred to as "he", "she" or "they"; the
 * reader's sentences are placed whole.
 */
import { closing, own, parts, typed, type Letter } from '../../letter.ts';
import { inWeeks, onDay, possessive } from '../../grammar/en.ts';
import type { IntroReplyAnswers, IntroReplyCompose } from '../intro-reply.ts';

const later = (a: IntroReplyAnswers) => ('day' in a.later ? onDay(a.later.day) : inWeeks(a.later.weeks));

const signOffs = {
  warm: { 'accept-now': 'Best wishes,', 'accept-later': 'Thanks again,', decline: 'Thank you again,' },
  formal: {
    'accept-now': 'Kind regards,',
    'accept-later': 'With thanks and best wishes,',
    decline: 'With thanks and best wishes,',
  },
} as const;

function compose(a: IntroReplyAnswers): Letter {
  const warm = a.tone === 'warm';
  const detail = typed(
    a.detail,
    'en',
    a.decision === 'accept-now' ? 'availability' : a.decision === 'accept-later' ? 'constraint' : 'reason',
  );
  const thanks = own(
    warm
      ? `Thank you for offering to introduce me to ${a.contact}. It’s kind of you to think of me.`
      : `Thank you very much for offering to introduce me to ${a.contact}; I appreciate your thinking of me.`,
    'thanks',
  );
  const paragraphs =
    a.decision === 'accept-now'
      ? [
          parts(thanks, own(warm ? 'I’d be very glad to take you up on it.' : 'I would be very glad to accept.')),
          parts(
            detail,
            own(
              warm
                ? 'Please feel free to pass on my email address, and I’ll fit in with whatever time suits.'
                : 'Please do pass on my email address; I will gladly fit in with whatever time suits.',
              'availability',
            ),
          ),
        ]
      : a.decision === 'accept-later'
        ? [
            parts(
              thanks,
              own(
                warm
                  ? 'I’d love to take you up on it, and I want to give the conversation the attention it deserves.'
                  : 'I would be delighted to accept and to give the conversation the attention it deserves.',
              ),
            ),
            detail
              ? parts(
                  own(
                    warm
                      ? 'The timing is tricky at the moment, though.'
                      : 'The timing is difficult at present, however.',
                    'constraint',
                  ),
                  detail,
                  own(
                    warm
                      ? `Could I get back to you ${later(a)}, once that’s behind me?`
                      : `Might I come back to you ${later(a)}, once that is behind me?`,
                    'concrete',
                  ),
                )
              : parts(
                  own(
                    warm
                      ? `Could I get back to you ${later(a)} to arrange a time?`
                      : `Might I come back to you ${later(a)} to arrange a time?`,
                    'concrete',
                  ),
                ),
          ]
        : [
            parts(
              thanks,
              own(
                warm
                  ? 'It’s a generous offer, and I’d like to give you an honest answer.'
                  : 'It is a generous offer, and I would like to give you an honest answer.',
              ),
            ),
            parts(
              own(
                a.change === 'decided'
                  ? warm
                    ? 'The truth is that I’m changing careers.'
                    : 'The truth is that I am changing careers.'
                  : warm
                    ? 'The truth is that I’m thinking about a change of career.'
                    : 'The truth is that I am considering a change of career.',
                'reason',
              ),
              detail,
              own(
                a.change === 'decided'
                  ? warm
                    ? `${possessive(a.contact)} time is precious, and I don’t want to take it up while I’m heading in another direction.`
                    : `${possessive(a.contact)} time is precious, and I would not want to take it up while I am heading in another direction.`
                  : warm
                    ? `${possessive(a.contact)} time is precious, and I don’t want to take it up while I may be heading in another direction.`
                    : `${possessive(a.contact)} time is precious, and I would not want to take it up while I may be heading in another direction.`,
                'respect',
              ),
            ),
            parts(
              own(
                a.change === 'decided'
                  ? warm
                    ? 'I’ll let you know how the new start goes.'
                    : 'I will let you know how the new start goes.'
                  : warm
                    ? 'I’ll keep you posted on where I end up.'
                    : 'I will keep you informed about where I end up.',
                'posted',
              ),
            ),
          ];
  return {
    greeting: warm ? `Hi ${a.introducer},` : `Dear ${a.introducer},`,
    paragraphs,
    closing: closing(signOffs[a.tone][a.decision], a.name),
    closingMove: 'thanks',
    layout: 'email',
  };
}

/** The writer: the JavaScript the island loads for this locale, once the reader starts answering. */
export default {
  compose,
} satisfies IntroReplyCompose;
