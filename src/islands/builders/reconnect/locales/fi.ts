/**
 * Yhteyden elvyttämisen sähköposti suomeksi: sanamuodot ja ilmaukset, joita tarkistukset etsivät.
 * Muodollisempi sävy on kohteliaampi, mutta viestissä sinutellaan kummassakin sävyssä.
 */
import type { ReconnectData } from '../reconnect.ts';

export default {
  wording: {
    subjectLabel: 'Aihe',
    years: ['vuosi', 'kaksi vuotta', 'kolme vuotta', 'neljä vuotta', 'viisi vuotta', 'kuusi vuotta', 'seitsemän vuotta', 'kahdeksan vuotta', 'yhdeksän vuotta', 'kymmenen vuotta', 'yksitoista vuotta', 'kaksitoista vuotta'],
    manyYears: '{count} vuotta',
    tones: {
      warm: {
        subject: 'Pitkästä aikaa! {Years} on jo vierähtänyt',
        greeting: 'Hei {name},',
        silence: 'siitä on jo {years}, kun viimeksi kuulimme toisistamme. Aivan liian pitkä aika meiltä molemmilta!',
        hope: 'Toivottavasti sinulle kuuluu hyvää.',
        update: 'Lyhyesti omista kuulumisistani: {news}',
        ask: 'Kaipaisin neuvoasi yhdessä asiassa: {advice} Ehtisitkö lähiviikkoina lyhyelle puhelulle tai kahville?',
        out: 'Tiedän, että kalenterisi on täynnä, joten jos aika ei nyt sovi, ei hätää – ymmärrän täysin.',
        offer: 'Voin mielelläni tarjota vastavuoroisesti {offer} – kerro vain.',
        offerDefault: 'Ja jos minusta voi joskus olla sinulle apua, kerro ihmeessä.',
        signOff: 'Terveisin',
      },
      formal: {
        subject: 'Pitkästä aikaa – kysyisin neuvoasi',
        greeting: 'Hyvä {name},',
        silence: 'edellisestä yhteydenpidostamme on kulunut jo {years}, paljon kauemmin kuin olisin halunnut.',
        hope: 'Toivottavasti voit hyvin.',
        update: 'Kerron lyhyesti, mitä minulle kuuluu: {news}',
        ask: 'Arvostaisin kovasti neuvoasi yhdessä asiassa: {advice} Olisiko sinulla lähiviikkoina aikaa lyhyelle puhelulle?',
        out: 'Tiedän, että aikasi on kortilla, joten jos tämä ei nyt sovi, ymmärrän sen hyvin.',
        offer: 'Voin puolestani tarjota {offer}, jos siitä on sinulle hyötyä.',
        offerDefault: 'Jos voin puolestani olla sinulle avuksi, kerrothan.',
        signOff: 'Ystävällisin terveisin',
      },
    },
  },
  phrases: {
    silence: [
      'vuotta', 'vuosi', 'vuoden', 'vuosia', 'vuosien', 'vuosiin', 'emme ole kuulleet', 'emme ole puhuneet', 'vuosikaus*', 'kuukau*', 'pitkästä aikaa', 'pitkä aika', 'pitkän aikaa',
      'pitkä tauko', 'pitkän tauon', 'hiljaisuu*', 'viimeksi', 'edellisestä', 'kulunut', 'vierähtänyt', 'ikuisuu*',
      'ei ole kuulunut',
    ],
    personal: [
      'muistan', 'muistelen', 'muisto*', 'ajattelen', 'mieleeni', 'toivottavasti', 'toivon, että', 'mitä sinulle kuuluu',
      'mitä kuuluu', 'miten voit', 'kaipaan', 'yhdessä', 'yhteinen', 'yhteisen', 'silloin', 'aikanaan', 'vierekkäin',
    ],
    update: [
      'kuulumis*', 'nykyään', 'tällä hetkellä', 'olen nyt', 'teen nyt', 'lähdettyäni', 'muutin', 'siirryin', 'aloitin',
      'olen ollut', 'olin', 'työskentelen', 'vedän', 'johdan', 'vastaan', 'kehitän', 'suunnittelen', 'uusi työ',
      'uudessa työssä', 'mitä minulle kuuluu',
    ],
    advice: [
      'neuvo*', 'vinkk*', 'näkemy*', 'mielipite*', 'kokemu*', 'ajatuksi*', 'kuulla', 'kysyä', 'ehtisitkö', 'olisiko sinulla',
      'oppia sinulta', 'mitä mieltä', 'miten sinä', 'kertoisitko',
    ],
    pressure: [
      'kiireellinen', 'kiireellisesti', 'heti paikalla', 'välittömästi', 'mahdollisimman pian', 'pikaisesti', 'asap', 'epätoivo*',
      'tarvitsen apuasi', 'kipeästi', 'pakko', 'sinun täytyy', 'olet ainoa', 'vain sinä voit', 'ainoa toivo*',
      'viimeinen toivo*', 'hätätila*', 'hätätapau*', 'auta minua', 'pelasta*', 'huomiseen mennessä', 'maanantaihin mennessä', 'perjantaihin mennessä', 'viikon loppuun mennessä',
      'viimeistään', '!!',
    ],
    out: [
      'ymmärrän täysin', 'ymmärrän sen', 'ymmärrän kyllä', 'ymmärrän hyvin', 'ei hätää', 'ei haittaa', 'ei paineita',
      'ei mitään paineita', 'jos aika ei', 'jos et ehdi', 'jos et nyt ehdi', 'jos ei sovi', 'jos tämä ei nyt sovi',
      'jos kalenterisi', 'jos sinulla on kiire*', 'täysin ok', 'ihan ok', 'voit hyvin kieltäytyä',
    ],
    offer: [
      'vastavuoroisesti', 'vastapalvelu*', 'vastineeksi', 'puolestani', 'autan mielelläni', 'voin auttaa', 'voisin auttaa',
      'olla avuksi', 'olla apua', 'kerro ihmeessä', 'kenelle soittaa', 'tarjota', 'tarjoan',
    ],
  },
  maxWords: 150,
} satisfies ReconnectData;
