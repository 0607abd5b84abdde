/**
 * Mejlet för att återknyta kontakten på svenska: skribenten och de fraser som kontrollerna letar
 * efter. Båda tonerna säger du; den formellare är artigare. Hälsningen och avslutningen passar
 * relationen: en tidigare chef är ingen främling. Mottagaren nämns vid namn, aldrig som "hen".
 */
import { closing, own, parts, typed, type Letter } from '../../letter.ts';
import { capital, years } from '../../grammar/sv.ts';
import type { ReconnectAnswers, ReconnectCompose } from '../reconnect.ts';

const signOffs = {
  warm: { manager: 'Varma hälsningar', colleague: 'Varma hälsningar', other: 'Hälsningar' },
  formal: { manager: 'Bästa hälsningar', colleague: 'Bästa hälsningar', other: 'Vänliga hälsningar' },
} as const;

function compose(a: ReconnectAnswers): Letter {
  const warm = a.tone === 'warm';
  const t = (text: string, move: string) => typed(text, 'sv', move);
  return {
    subject: warm
      ? `${capital(years(a.years))} sedan sist – och en fråga`
      : `En hälsning efter ${years(a.years)} – och en fråga`,
    greeting: warm ? `Hej ${a.name}!` : `Hej ${a.name},`,
    paragraphs: [
      parts(
        own(
          warm
            ? `Det har gått ${years(a.years)} sedan vi hördes sist – alldeles för länge.`
            : `Det har gått ${years(a.years)} sedan vi hördes sist, betydligt längre än jag hade tänkt.`,
          'silence',
        ),
        t(a.memory, 'personal'),
        own(warm ? 'Jag hoppas att allt är bra med dig.' : 'Jag hoppas att du har det bra.', 'personal'),
      ),
      parts(t(a.news, 'update')),
      parts(
        own(
          warm
            ? 'Nu skulle jag gärna vilja ha ditt råd i en sak.'
            : 'Jag skulle gärna vilja be om ditt råd i en fråga.',
          'advice',
        ),
        t(a.advice, 'advice'),
        own(
          warm
            ? 'Har du tid för ett kort samtal eller en fika någon gång de närmaste veckorna?'
            : 'Skulle du ha tid för ett samtal på en halvtimme under de närmaste veckorna?',
          'advice',
        ),
      ),
      parts(
        own(
          warm
            ? 'Passar det dåligt just nu är det helt okej – du behöver inte förklara varför.'
            : 'Jag förstår att du har mycket i kalendern, så om det inte passar nu är det helt i sin ordning.',
          'out',
        ),
      ),
      a.offer
        ? parts(
            own(warm ? 'Jag ställer gärna upp i gengäld.' : 'I gengäld hjälper jag gärna till.', 'offer'),
            t(a.offer, 'offer'),
          )
        : parts(
            own(
              warm
                ? 'Och kan jag hjälpa dig med något, så säg bara till.'
                : 'Om jag kan vara till hjälp på något sätt i gengäld, säg gärna till.',
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
