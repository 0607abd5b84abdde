/**
 * Yhteyden elvyttämisen sähköposti suomeksi: kirjoittaja ja ilmaukset, joita tarkistukset etsivät.
 * Molemmat sävyt sinuttelevat; muodollisempi on kohteliaampi. Tervehdys ja lopputervehdys
 * sopivat suhteeseen: entiselle esihenkilölle ei kirjoiteta kuin vieraalle. Names stay in the
 * nominative; the reader's sentences are placed whole.
 */
import { closing, own, parts, typed, type Letter } from '../../letter.ts';
import { capital, years, yearsGenitive } from '../../grammar/fi.ts';
import type { ReconnectAnswers, ReconnectWriter } from '../reconnect.ts';

const signOffs = {
  warm: { manager: 'Lämpimin terveisin', colleague: 'Lämpimin terveisin', other: 'Terveisin' },
  formal: { manager: 'Parhain terveisin', colleague: 'Parhain terveisin', other: 'Ystävällisin terveisin' },
} as const;

function compose(a: ReconnectAnswers): Letter {
  const warm = a.tone === 'warm';
  const t = (text: string, move: string) => typed(text, 'fi', move);
  return {
    subject: warm
      ? `${capital(years(a.years))} myöhemmin – ja yksi kysymys`
      : `${capital(yearsGenitive(a.years))} jälkeen: kysyisin neuvoasi`,
    greeting: warm ? `Hei ${a.name}!` : a.relationship === 'other' ? `Hyvä ${a.name},` : `Hei ${a.name},`,
    paragraphs: [
      parts(
        own(
          warm
            ? `Siitä on jo ${years(a.years)}, kun viimeksi kuulimme toisistamme – aivan liian kauan.`
            : `Edellisestä yhteydenpidostamme on kulunut jo ${years(a.years)}, paljon kauemmin kuin olisin halunnut.`,
          'silence',
        ),
        t(a.memory, 'personal'),
        own(warm ? 'Toivottavasti sinulle kuuluu hyvää.' : 'Toivottavasti voit hyvin.', 'personal'),
      ),
      parts(t(a.news, 'update')),
      parts(
        own(warm ? 'Kaipaisin neuvoasi eräässä asiassa.' : 'Arvostaisin kovasti neuvoasi eräässä asiassa.', 'advice'),
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
            ? 'Tiedän, että kalenterisi on täynnä, joten jos aika ei nyt sovi, ei hätää – ymmärrän täysin.'
            : 'Tiedän, että aikasi on kortilla, joten jos tämä ei nyt sovi, ymmärrän sen hyvin.',
          'out',
        ),
      ),
      a.offer
        ? parts(
            own(warm ? 'Autan mielelläni vastavuoroisesti.' : 'Autan puolestani mielelläni.', 'offer'),
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

export default {
  compose,
  subjectLabel: 'Aihe',
  phrases: {
    silence: [
      'vuotta sitten',
      'vuotta myöhemmin',
      'vuosi myöhemmin',
      'vuoden jälkeen',
      'vuosien jälkeen',
      'vuoden takaa',
      'vuosien takaa',
      'vuosiin',
      'siitä on jo',
      'emme ole kuulleet',
      'emme ole puhuneet',
      'vuosikaus*',
      'kuukau*',
      'pitkästä aikaa',
      'pitkä aika',
      'pitkän aikaa',
      'pitkä tauko',
      'pitkän tauon',
      'hiljaisuu*',
      'viimeksi',
      'edellisestä',
      'kulunut',
      'vierähtänyt',
      'ikuisuu*',
      'ei ole kuulunut',
    ],
    personal: [
      'muistan',
      'muistelen',
      'muisto*',
      'ajattelen',
      'mieleeni',
      'toivottavasti',
      'toivon, että',
      'mitä sinulle kuuluu',
      'mitä kuuluu',
      'miten voit',
      'kaipaan',
      'teimme yhdessä',
      'yhdessä teimme',
      'yhteistyömme',
      'yhteinen',
      'yhteisen',
      'silloin',
      'aikanaan',
      'vierekkäin',
    ],
    update: [
      'kuulumis*',
      'nykyään',
      'tällä hetkellä',
      'olen nyt',
      'teen nyt',
      'lähdettyäni',
      'muutin',
      'siirryin',
      'aloitin',
      'olen ollut',
      'olin',
      'työskentelen',
      'vedän',
      'johdan',
      'vastaan',
      'kehitän',
      'suunnittelen',
      'uusi työ',
      'uudessa työssä',
      'mitä minulle kuuluu',
    ],
    advice: [
      'neuvo*',
      'vinkk*',
      'näkemy*',
      'mielipite*',
      'kokemu*',
      'ajatuksi*',
      'kuulla',
      'kysyä',
      'ehtisitkö',
      'olisiko sinulla',
      'oppia sinulta',
      'mitä mieltä',
      'miten sinä',
      'kertoisitko',
    ],
    pressure: [
      'kiireellinen',
      'kiireellisesti',
      'heti paikalla',
      'välittömästi',
      'mahdollisimman pian',
      'pikaisesti',
      'asap',
      'epätoivo*',
      'tarvitsen apuasi',
      'kipeästi',
      'pakko',
      'sinun täytyy',
      'olet ainoa',
      'vain sinä voit',
      'ainoa toivo*',
      'viimeinen toivo*',
      'hätätila*',
      'hätätapau*',
      'auta minua',
      'pelasta*',
      'huomiseen mennessä',
      'maanantaihin mennessä',
      'perjantaihin mennessä',
      'viikon loppuun mennessä',
      'viimeistään',
      '!!',
    ],
    out: [
      'ymmärrän täysin',
      'ymmärrän sen',
      'ymmärrän kyllä',
      'ymmärrän hyvin',
      'ei hätää',
      'ei haittaa',
      'ei paineita',
      'ei mitään paineita',
      'jos aika ei',
      'jos et ehdi',
      'jos et nyt ehdi',
      'jos ei sovi',
      'jos tämä ei nyt sovi',
      'jos kalenterisi',
      'jos sinulla on kiire*',
      'täysin ok',
      'ihan ok',
      'voit hyvin kieltäytyä',
    ],
    offer: [
      'vastavuoroisesti',
      'vastapalvelu*',
      'vastineeksi',
      'puolestani',
      'autan mielelläni',
      'voin auttaa',
      'voisin auttaa',
      'olla avuksi',
      'olla apua',
      'kerro ihmeessä',
      'kenelle soittaa',
      'tarjota',
      'tarjoan',
    ],
  },
  maxWords: 150,
} satisfies ReconnectWriter;
