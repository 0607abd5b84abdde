/**
 * Die Mail zum Wiederaufnehmen eines Kontakts auf Deutsch: der Schreiber und die Wendungen, auf die
 * die Prüfungen achten. *Du* oder *Sie* folgt der Anrede, bis die Leserin es ändert (Herr, Frau
 * oder ein Titel heißt *Sie*); die Anrede und der Gruß passen zur Beziehung: der früheren Chefin
 * schreibt man nicht wie einer Fremden. Der erste Satz nach „Hallo …,“ ist immer unserer und
 * beginnt klein; die Sätze der Leserin stehen ganz und unverändert.
 */
import { closing, own, parts, typed, type Letter } from '../../letter.ts';
import { capital, dear } from '../../grammar/de.ts';
import { years, yearsDative } from '../../grammar/de-time.ts';
import type { ReconnectAnswers, ReconnectCompose } from '../reconnect.ts';

function compose(a: ReconnectAnswers): Letter {
  const du = a.tone === 'warm';
  const known = a.relationship !== 'other';
  const t = (text: string, move: string) => typed(text, 'de', move);
  const greeting = du ? `Hallo ${a.name},` : known ? (dear(a.name) ?? `Hallo ${a.name},`) : `Guten Tag ${a.name},`;
  return {
    subject: du
      ? `${capital(years(a.years))} später – ein Hallo und eine Frage`
      : `Nach ${yearsDative(a.years)}: ein Gruß und eine Frage`,
    greeting,
    paragraphs: [
      parts(
        own(
          du
            ? `es ist schon ${years(a.years)} her, dass wir zuletzt voneinander gehört haben – viel zu lange.`
            : `es ist schon ${years(a.years)} her, dass wir zuletzt voneinander gehört haben – eigentlich viel zu lange.`,
          'silence',
        ),
        t(a.memory, 'personal'),
        own(du ? 'Ich hoffe, dir geht es gut.' : 'Ich hoffe, es geht Ihnen gut.', 'personal'),
      ),
      parts(t(a.news, 'update')),
      parts(
        own(
          du
            ? 'Bei einer Sache würde ich mich sehr über deinen Rat freuen.'
            : 'In einer Frage wäre mir Ihr Rat sehr wertvoll.',
          'advice',
        ),
        t(a.advice, 'advice'),
        own(
          du
            ? 'Hättest du in den nächsten Wochen Zeit für ein kurzes Telefonat oder einen Kaffee?'
            : 'Hätten Sie in den nächsten Wochen vielleicht zwanzig Minuten für ein Telefonat?',
          'advice',
        ),
      ),
      parts(
        own(
          du
            ? 'Ich kann mir vorstellen, wie voll dein Kalender ist. Wenn es gerade nicht passt, ist das völlig in Ordnung.'
            : 'Ich kann mir vorstellen, wie voll Ihr Kalender ist. Wenn es gerade nicht passt, verstehe ich das selbstverständlich.',
          'out',
        ),
      ),
      a.offer
        ? parts(
            own(du ? 'Ich revanchiere mich gern.' : 'Ich würde mich gern revanchieren.', 'offer'),
            t(a.offer, 'offer'),
          )
        : parts(
            own(
              du
                ? 'Und falls ich dir einmal helfen kann, sag einfach Bescheid.'
                : 'Und falls ich Ihnen einmal behilflich sein kann, melden Sie sich jederzeit gern.',
              'offer',
            ),
          ),
    ],
    closing: closing(known ? 'Herzliche Grüße' : 'Viele Grüße', a.yourName),
    layout: 'email',
  };
}

/** The writer: the JavaScript the island loads for this locale, once the reader heads for "Write". */
export default {
  compose,
} satisfies ReconnectCompose;
