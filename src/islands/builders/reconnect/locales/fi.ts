/**
 * Yhteyden elvyttämisen sähköposti suomeksi: kirjoittaja ja ilmaukset, joita tarkistukset etsivät.
 * Molemmat sävyt sinuttelevat; muodollisempi on kohteliaampi. Tervehdys ja lopputervehdys
 * sopivat suhteeseen: entiselle esihenkilölle ei kirjoiteta kuin vieraalle. Names stay in the
 * nominative; the reader's sentences are placed whole.
 */
import { closing, own, parts, typed, type Letter } from '../../letter.ts';
import { years } from '../../grammar/fi.ts';
import type { ReconnectAnswers, ReconnectCompose } from '../reconnect.ts';

const signOffs = {
  warm: { manager: 'Lämpimin terveisin', colleague: 'Lämpimin terveisin', other: 'Terveisin' },
  formal: { manager: 'Parhain terveisin', colleague: 'Parhain terveisin', other: 'Ystävällisin terveisin' },
} as const;

function compose(a: ReconnectAnswers): Letter {
  const warm = a.tone === 'warm';
  const t = (text: string, move: string) => typed(text, 'fi', move);
  return {
    subject: warm ? 'Pitkästä aikaa – ja yksi kysymys' : 'Pitkästä aikaa: kysyisin neuvoasi',
    greeting: warm ? `Hei ${a.name}!` : a.relationship === 'other' ? `Hyvä ${a.name},` : `Hei ${a.name},`,
    paragraphs: [
      parts(
        own(
          warm
            ? `Siitä on jo ${years(a.years)}, kun viimeksi kuulimme toisistamme – aivan liian kauan.`
            : `Siitä on jo ${years(a.years)}, kun viimeksi olimme yhteydessä – paljon pidempään kuin olisin toivonut.`,
          'silence',
        ),
        t(a.memory, 'personal'),
        own(warm ? 'Toivottavasti sinulle kuuluu hyvää.' : 'Toivottavasti voit hyvin.', 'personal'),
      ),
      parts(t(a.news, 'update')),
      parts(
        own(warm ? 'Kaipaisin neuvoasi eräässä asiassa.' : 'Tarvitsisin neuvoasi eräässä asiassa.', 'advice'),
        t(a.advice, 'advice'),
        own(
          warm
            ? 'Ehtisitkö lähiviikkoina lyhyelle puhelulle tai kahville?'
            : 'Olisiko sinulla lähiviikkoina aikaa lyhyelle puhelulle?',
          'advice',
        ),
      ),
      parts(
        own(
          warm
            ? 'Tiedän, että kalenterisi on täynnä, joten jos aika ei nyt sovi, ei hätää.'
            : 'Tiedän, että sinulla on paljon kiireitä, joten ymmärrän hyvin, jos tämä ei nyt sovi.',
          'out',
        ),
      ),
      a.offer
        ? parts(
            own(warm ? 'Autan mielelläni myös sinua.' : 'Autan puolestani mielelläni myös sinua.', 'offer'),
            t(a.offer, 'offer'),
          )
        : parts(
            own(
              warm
                ? 'Ja jos minusta voi joskus olla sinulle apua, kerro ihmeessä.'
                : 'Jos voin puolestani olla sinulle avuksi, kerrothan.',
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
