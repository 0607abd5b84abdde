/**
 * Kontaktförfrågan och det första personliga meddelandet på svenska: skribenten och de fraser som
 * kontrollerna letar efter. Båda tonerna säger du. Till någon du har träffat: vad du minns, att
 * hålla kontakten och vad du kan skicka. Till någon du aldrig har träffat: vem du är, varför du
 * skriver, vad du hoppas på, vad du kan erbjuda och en hälsning; "hålla kontakten" går bara med
 * någon man känner.
 */
import { closing, own, parts, typed, type Letter, type Part } from '../../letter.ts';
import type { ContactRequestAnswers, ContactRequestCompose } from '../contact-request.ts';

function compose(a: ContactRequestAnswers): Letter {
  const warm = a.tone === 'warm';
  const t = (text: string, move: string) => typed(text, 'sv', move);
  const hope = (text: string): Part => t(a.hope, 'hope') ?? own(text, 'hope');
  const greeting = warm ? `Hej ${a.name}!` : `Hej ${a.name},`;
  const signOff = warm ? 'Hälsningar' : 'Vänliga hälsningar';

  // A note has room for the reader's sentences and little else: what you remember says you met.
  if (a.kind === 'request') {
    return {
      greeting,
      paragraphs: [
        a.met
          ? parts(
              t(a.reason, 'reason'),
              hope(warm ? 'Låt oss hålla kontakten här.' : 'Jag håller gärna kontakten här.'),
              t(a.offer, 'offer'),
            )
          : parts(
              t(a.about, 'intro'),
              t(a.reason, 'reason'),
              hope(warm ? 'Jag lägger gärna till dig som kontakt.' : 'Jag skulle uppskatta att ha dig som kontakt.'),
              t(a.offer, 'offer'),
            ),
      ],
      closing: a.met ? closing(a.yourName, '') : closing(signOff, a.yourName),
      layout: 'note',
    };
  }

  const later =
    a.kind === 'email'
      ? warm
        ? 'Och passar det inte just nu är det helt okej.'
        : 'Passar det inte nu är det helt i sin ordning.'
      : warm
        ? 'Om du vill kan vi lägga till varandra här efteråt – och passar det inte just nu är det helt okej.'
        : 'Om det passar dig kan vi lägga till varandra här efteråt. Passar det inte nu är det helt i sin ordning.';
  return {
    ...(a.kind === 'email'
      ? {
          subject: a.met
            ? warm
              ? 'Tack för senast'
              : 'Tack för ett givande samtal'
            : a.yourName
              ? `En kort presentation: ${a.yourName}`
              : 'En kort presentation',
        }
      : {}),
    greeting,
    paragraphs: a.met
      ? [
          parts(t(a.reason, 'reason')),
          parts(hope(warm ? 'Jag skulle gärna hålla kontakten.' : 'Jag håller gärna kontakten.'), t(a.offer, 'offer')),
          parts(own(later)),
        ]
      : [
          parts(t(a.about, 'intro'), t(a.reason, 'reason')),
          parts(
            hope(warm ? 'Jag skulle gärna höra mer om ditt arbete.' : 'Jag skulle gärna veta mer om ditt arbete.'),
            t(a.offer, 'offer'),
          ),
          parts(own(later)),
        ],
    closing: closing(signOff, a.yourName),
    layout: 'email',
  };
}

/** The writer: the JavaScript the island loads for this locale, once the reader starts answering. */
export default {
  compose,
} satisfies ContactRequestCompose;
