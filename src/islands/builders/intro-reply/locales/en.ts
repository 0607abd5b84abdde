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
      : `Thank you very much for offering to introduce me to ${a.contact}. It is most kind of you to think of me.`,
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
                ? 'Please do pass on my email address – I’m happy to fit in with whatever suits.'
                : 'Please do pass on my email address; I will gladly fit in with whatever is most convenient.',
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
                  ? 'I’d love to take you up on it – ideally when I can give the conversation the attention it deserves.'
                  : 'I would be delighted to accept, ideally at a time when I can give the conversation the attention it deserves.',
              ),
            ),
            detail
              ? parts(
                  own(warm ? 'Right now the timing is tricky.' : 'The timing is difficult at present.', 'constraint'),
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
            parts(thanks, own(warm ? 'I owe you an honest answer, though.' : 'I owe you an honest answer, however.')),
            parts(
              own(
                a.change === 'decided'
                  ? warm
                    ? 'The truth is that I’m changing career.'
                    : 'The truth is that I am changing career.'
                  : warm
                    ? 'The truth is that I’m thinking about a change of career.'
                    : 'The truth is that I am considering a change of career.',
                'reason',
              ),
              detail,
              own(
                a.change === 'decided'
                  ? warm
                    ? 'It wouldn’t feel right to take up anyone’s time now that I’m heading in another direction.'
                    : 'It would not feel right to take up anyone’s time now that I am heading in another direction.'
                  : warm
                    ? `I don’t want to take up ${possessive(a.contact)} time while I may be heading in another direction.`
                    : `I would not want to take up ${possessive(a.contact)} time while I may be heading in another direction.`,
                'respect',
              ),
            ),
            parts(
              own(
                a.change === 'decided'
                  ? warm
                    ? 'I’ll let you know how I get on.'
                    : 'I will let you know how I get on.'
                  : warm
                    ? 'I’ll keep you posted on where I end up.'
                    : 'I will let you know how things turn out.',
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

/** The writer: the JavaScript the island loads for this locale, once the reader heads for "Write". */
export default {
  compose,
} satisfies IntroReplyCompose;
