/**
 * The reconnection email in English: the writer and the phrases its checks look for. British
 * English; the warm register writes as to an old colleague, the formal one as to someone senior
 * you knew well. The reader's sentences are placed whole; nothing here refers to the silence as
 * anyone's fault.
 */
import { closing, own, parts, typed, type Letter } from '../../letter.ts';
import { capital, years } from '../../grammar/en.ts';
import type { ReconnectAnswers, ReconnectCompose } from '../reconnect.ts';

const signOffs = {
  warm: { manager: 'Warm wishes,', colleague: 'All the best,', other: 'Best wishes,' },
  formal: { manager: 'With best wishes,', colleague: 'Best wishes,', other: 'Kind regards,' },
} as const;

function compose(a: ReconnectAnswers): Letter {
  const warm = a.tone === 'warm';
  const y = years(a.years);
  const t = (text: string, move: string) => typed(text, 'en', move);
  return {
    subject: warm ? `${capital(y)} on, and a question` : `Getting back in touch after ${y}`,
    greeting: warm ? `Hi ${a.name},` : `Dear ${a.name},`,
    paragraphs: [
      parts(
        own(
          warm
            ? `It’s been ${y} since we last spoke, which feels like far too long.`
            : `It has been ${y} since we were last in touch, far longer than I would have liked.`,
          'silence',
        ),
        t(a.memory, 'personal'),
        own(warm ? 'I hope things are good with you.' : 'I hope all is well with you.', 'personal'),
      ),
      parts(t(a.news, 'update')),
      parts(
        own(
          warm
            ? 'There’s one thing I’d really value your advice on.'
            : 'I would greatly value your advice on one question.',
          'advice',
        ),
        t(a.advice, 'advice'),
        own(
          warm
            ? 'Would you have twenty minutes for a call or a coffee in the next few weeks?'
            : 'Might you have twenty minutes for a call in the coming weeks?',
          'advice',
        ),
      ),
      parts(
        own(
          warm
            ? 'I know how full your days are, so if now isn’t a good time, no worries at all.'
            : 'I know how busy you are, so if now is not a good time, I will quite understand.',
          'out',
        ),
      ),
      a.offer
        ? parts(
            own(warm ? 'In return, I’d be glad to help where I can.' : 'I would be glad to help in return.', 'offer'),
            t(a.offer, 'offer'),
          )
        : parts(
            own(
              warm
                ? 'If I can ever return the favour, just say the word.'
                : 'If I can be of help in return, please let me know.',
              'offer',
            ),
          ),
    ],
    closing: closing(signOffs[a.tone][a.relationship], a.yourName),
    layout: 'email',
  };
}

/** The writer: the JavaScript the island loads for this locale, once the reader heads for "Write". */
export default {
  compose,
} satisfies ReconnectCompose;
