/**
 * The contact request and the first personal message in English: the writer and the phrases its
 * checks look for. To someone met: what you remember, staying in touch, what you can send. To
 * someone never met: who you are, why them, what you hope for, what you can offer, a sign-off,
 * and never "stay in touch", which a stranger cannot do. The reader's sentences are placed whole.
 */
import { closing, own, parts, typed, type Letter, type Part } from '../../letter.ts';
import type { ContactRequestAnswers, ContactRequestCompose } from '../contact-request.ts';

function compose(a: ContactRequestAnswers): Letter {
  const warm = a.tone === 'warm';
  const t = (text: string, move: string) => typed(text, 'en', move);
  const hope = (text: string): Part => t(a.hope, 'hope') ?? own(text, 'hope');
  const greeting = warm ? `Hi ${a.name},` : a.kind === 'request' ? `Hello ${a.name},` : `Dear ${a.name},`;
  const signOff = warm ? 'Best wishes,' : 'Kind regards,';

  // A note has room for the reader's sentences and little else: what you remember says you met.
  if (a.kind === 'request') {
    return {
      greeting,
      paragraphs: [
        a.met
          ? parts(
              t(a.reason, 'reason'),
              hope(warm ? 'I’d like to stay in touch here.' : 'I would be glad to stay in touch here.'),
              t(a.offer, 'offer'),
            )
          : parts(
              t(a.about, 'intro'),
              t(a.reason, 'reason'),
              hope(warm ? 'I’d be glad to connect here.' : 'I would be glad to connect.'),
              t(a.offer, 'offer'),
            ),
      ],
      // Someone you met knows you: your name is enough. A stranger gets a sign-off too.
      closing: a.met ? closing(a.yourName, '') : closing(signOff, a.yourName),
      layout: 'note',
    };
  }

  const later =
    a.kind === 'email'
      ? warm
        ? 'If now isn’t a good moment, though, no problem at all.'
        : 'If the timing is not right, however, I will quite understand.'
      : warm
        ? 'We could connect here too, if you like – but if now isn’t a good moment, no problem at all.'
        : 'We could also connect here, if you are open to it. If the timing is not right, I will quite understand.';
  return {
    ...(a.kind === 'email'
      ? {
          subject: a.met
            ? warm
              ? 'Good to meet you'
              : 'Following up on our meeting'
            : a.yourName
              ? warm
                ? `Hello from ${a.yourName}`
                : `Introduction: ${a.yourName}`
              : 'A short introduction',
        }
      : {}),
    greeting,
    paragraphs: a.met
      ? [
          parts(t(a.reason, 'reason')),
          parts(
            hope(warm ? 'I’d like to keep the conversation going.' : 'I hope we can continue the conversation.'),
            t(a.offer, 'offer'),
          ),
          parts(own(later)),
        ]
      : [
          parts(t(a.about, 'intro'), t(a.reason, 'reason')),
          parts(
            hope(
              warm
                ? 'I’d be glad to hear more about your work.'
                : 'I would welcome the chance to learn more about your work.',
            ),
            t(a.offer, 'offer'),
          ),
          parts(own(later)),
        ],
    closing: closing(signOff, a.yourName),
    layout: 'email',
  };
}

/** The writer: the JavaScript the island loads for this locale, once the reader heads for "Write". */
export default {
  compose,
} satisfies ContactRequestCompose;
