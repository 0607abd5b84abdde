/**
 * Die Kontaktanfrage und die erste persönliche Nachricht auf Deutsch: der Schreiber und die
 * Wendungen, auf die die Prüfungen achten. *Du* oder *Sie* folgt der Anrede (Herr, Frau oder ein
 * Titel heißt *Sie*). Wer sich nicht kennt, stellt sich vor, sagt, warum er schreibt, was er sich
 * erhofft und was er bieten kann, und grüßt; „in Kontakt bleiben“ kann man nur, wenn man sich
 * kennt. Nach „Hallo …,“ geht es klein weiter: in der Anfrage mit dem ersten Satz der Leserin
 * (`afterSalutation`), in der Nachricht mit einem Satz von uns.
 */
import { closing, own, parts, typed, type Letter, type Part } from '../../letter.ts';
import { afterSalutation } from '../../grammar/de-case.ts';
import type { ContactRequestAnswers, ContactRequestCompose } from '../contact-request.ts';

function compose(a: ContactRequestAnswers): Letter {
  const du = a.tone === 'warm';
  const t = (text: string, move: string) => typed(text, 'de', move);
  /** The reader's sentence that opens a note, right after the greeting's comma. */
  const first = (text: string, move: string) => {
    const part = t(text, move);
    return part && { ...part, text: afterSalutation(part.text) };
  };
  const hope = (text: string): Part => t(a.hope, 'hope') ?? own(text, 'hope');
  const greeting = du ? `Hallo ${a.name},` : a.met ? `Hallo ${a.name},` : `Guten Tag ${a.name},`;
  const signOff = du || a.met ? 'Viele Grüße' : 'Freundliche Grüße';
  // A stranger first learns who writes: the name, then the reader's own sentence about themselves.
  const intro = own(a.yourName ? `mein Name ist ${a.yourName}.` : 'ich möchte mich kurz vorstellen.', 'intro');

  // A note has room for the reader's sentences and little else: what you remember says you met.
  if (a.kind === 'request') {
    return {
      greeting,
      paragraphs: [
        a.met
          ? parts(
              first(a.reason, 'reason'),
              hope(
                du ? 'Ich würde gern hier in Kontakt bleiben.' : 'Ich würde gern hier mit Ihnen in Kontakt bleiben.',
              ),
              t(a.offer, 'offer'),
            )
          : parts(
              first(a.about, 'intro'),
              t(a.reason, 'reason'),
              hope(du ? 'Ich würde mich gern mit dir vernetzen.' : 'Ich würde mich gern vernetzen.'),
              t(a.offer, 'offer'),
            ),
      ],
      // Wer sich kennt, unterschreibt mit dem Namen; einer Fremden gegenüber mit Gruß und Namen.
      closing: a.met ? closing(a.yourName, '') : closing(du ? 'Viele Grüße' : 'Beste Grüße', a.yourName),
      layout: 'note',
    };
  }

  // No pressure to answer; on a platform, the offer to connect too, unless the reader's hope already
  // asks for it (no second „vernetzen“).
  const asksToConnect = /vernetz/iu.test(a.hope);
  const later =
    a.kind === 'email' || asksToConnect
      ? du
        ? 'Lass dir mit der Antwort gern Zeit.'
        : 'Lassen Sie sich mit der Antwort gern Zeit.'
      : du
        ? 'Wenn du magst, vernetzen wir uns auch hier – ganz ohne Eile.'
        : 'Wenn Sie möchten, vernetzen wir uns gern auch hier – ganz ohne Eile.';
  return {
    ...(a.kind === 'email'
      ? {
          subject: a.met
            ? du
              ? 'Schön, dich kennengelernt zu haben'
              : 'Schön, Sie kennengelernt zu haben'
            : a.yourName
              ? `Kurze Vorstellung: ${a.yourName}`
              : 'Kurze Vorstellung',
        }
      : {}),
    greeting,
    paragraphs: a.met
      ? [
          parts(first(a.reason, 'reason')),
          parts(
            hope(
              du
                ? 'Ich würde mich freuen, wenn wir in Kontakt bleiben.'
                : 'Ich würde mich freuen, mit Ihnen in Kontakt zu bleiben.',
            ),
            t(a.offer, 'offer'),
          ),
          parts(own(later)),
        ]
      : [
          parts(intro, t(a.about, 'intro'), t(a.reason, 'reason')),
          parts(
            hope(
              du ? 'Ich würde gern mehr über deine Arbeit erfahren.' : 'Ich würde gern mehr über Ihre Arbeit erfahren.',
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
