/**
 * Yhteyspyyntö ja ensimmäinen henkilökohtainen viesti suomeksi: sanamuodot ja ilmaukset, joita
 * tarkistukset etsivät. Muodollisempi sävy on kohteliaampi, mutta sinuttelee.
 */
import type { ContactData } from '../contact-request.ts';

export default {
  wording: {
    warm: {
      greeting: 'Hei {name},',
      request: {
        met: 'oli mukava tavata sinut {context}. Pidetään yhteyttä!',
        metOffer: 'oli mukava tavata sinut {context}. Pidetään yhteyttä, ja voin mielelläni tarjota {offer}.',
        notMet: 'otan yhteyttä, koska {context}. Olisi hienoa pitää yhteyttä.',
        notMetOffer: 'otan yhteyttä, koska {context}. Olisi hienoa pitää yhteyttä, ja voin vastavuoroisesti tarjota {offer}.',
      },
      message: {
        greeting: 'Hei {name},',
        met: 'oli mukava tavata sinut {context}, ja jatkaisin keskustelua mielelläni.',
        notMet: 'otan sinuun yhteyttä, koska {context}.',
        hope: 'Kuulisin mielelläni lisää työstäsi, ja olisi hienoa pitää yhteyttä.',
        offer: 'Voin vastavuoroisesti tarjota {offer}.',
        later: 'Jos haluat, voimme myöhemmin lisätä toisemme myös kontakteiksi – ja jos aika ei nyt sovi, ei hätää.',
        signOff: 'Terveisin',
      },
    },
    formal: {
      greeting: 'Hyvä {name},',
      request: {
        met: 'oli ilo tavata sinut {context}. Olisi hienoa pysyä yhteydessä.',
        metOffer: 'oli ilo tavata sinut {context}. Olisi hienoa pysyä yhteydessä, ja voin mielelläni tarjota {offer}.',
        notMet: 'otan yhteyttä, koska {context}. Olisi ilo pysyä yhteydessä.',
        notMetOffer: 'otan yhteyttä, koska {context}. Olisi ilo pysyä yhteydessä, ja voin vastavuoroisesti tarjota {offer}.',
      },
      message: {
        greeting: 'Hyvä {name},',
        met: 'oli ilo tavata sinut {context}, ja jatkaisin keskustelua mielelläni.',
        notMet: 'otan sinuun yhteyttä, koska {context}.',
        hope: 'Kuulisin mielelläni lisää työstäsi ja pysyisin yhteydessä.',
        offer: 'Voin puolestani tarjota {offer}.',
        later: 'Jos sinulle sopii, voimme myöhemmin lisätä toisemme myös kontakteiksi. Jos aika ei nyt sovi, ymmärrän sen hyvin.',
        signOff: 'Ystävällisin terveisin',
      },
    },
  },
  phrases: {
    reason: [
      'koska', 'sillä', 'tapasimme', 'tapaaminen', 'tavata', 'tapasin', 'juttelimme', 'jutella', 'keskustel*', 'luin',
      'kuulin', 'näin', 'kirjoitu*', 'esitelmä*', 'esity*', 'puhee*', 'artikkel*', 'seuraan', 'seurannut', 'kiinnost*',
      'työskentelen', 'rakennan', 'suositteli', 'tapahtuma*', 'seminaari*', 'messu*', 'webinaari*', 'podcast*', 'kuuntelin',
      'jutustelu*',
    ],
    vague: [
      'win-win', 'molemmille hyötyä', 'hyötyä molemmille', 'molempia hyödyttä*', 'hyödyttää molempia', 'molemminpuol*',
      'yhteistä hyötyä', 'synergi*', 'verkostoni laajentami*', 'laajentaa verkosto*', 'kasvattaa verkosto*',
      'mahtava tilaisuus', 'hieno mahdollisuus', 'upea mahdollisuus', 'liiketoimintamahdollisuu*',
    ],
    offer: [
      'vastavuoroisesti', 'vastineeksi', 'vastapalvelu*', 'voin auttaa', 'autan', 'lähetän', 'voin kertoa', 'jaan',
      'voin jakaa', 'tarjota', 'tarjoan', 'kerro, jos voin', 'olla avuksi',
    ],
  },
  messageMaxWords: 110,
} satisfies ContactData;
