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
              hope(warm ? 'Jag hoppas att vi kan hålla kontakten här.' : 'Jag skulle gärna vilja hålla kontakten här.'),
              t(a.offer, 'offer'),
            )
          : parts(
              t(a.about, 'intro'),
              t(a.reason, 'reason'),
              hope(warm ? 'Jag lägger gärna till dig som kontakt.' : 'Jag skulle gärna lägga till dig som kontakt.'),
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
        ? 'Och hinner du inte svara just nu är det helt okej.'
        : 'Har du inte tid just nu har jag full förståelse för det.'
      : warm
        ? 'Vi kan gärna lägga till varandra som kontakter här också, om du vill. Och hinner du inte svara just nu är det helt okej.'
        : 'Om du vill kan vi också lägga till varandra som kontakter här. Har du inte tid just nu har jag full förståelse för det.';
  return {
    ...(a.kind === 'email'
      ? {
          subject: a.met
            ? 'Tack för senast'
            : a.yourName
              ? `En kort presentation från ${a.yourName}`
              : 'En kort presentation',
        }
      : {}),
    greeting,
    paragraphs: a.met
      ? [
          parts(t(a.reason, 'reason')),
          parts(
            hope(warm ? 'Jag hoppas att vi kan hålla kontakten.' : 'Jag skulle gärna vilja hålla kontakten.'),
            t(a.offer, 'offer'),
          ),
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

/** The writer: the JavaScript the island loads for this locale, once the reader heads for "Write". */
export default {
  compose,
} satisfies ContactRequestCompose;
