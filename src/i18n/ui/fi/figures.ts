import type { UIStrings } from '../en/index.ts';

export default {
  decision: {
    title: 'Päätös tarjotusta esittelystä',
    caption: 'Yksi kysymys ratkaisee: onko tapaaminen kaikkien osapuolten ajan arvoinen?',
    start: 'Joku tarjoutuu esittelemään sinut',
    question: 'Onko tapaaminen kaikkien ajan arvoinen?',
    branches: [
      { when: 'Kyllä, ja sinulla on aikaa', then: 'Suostu heti ja ehdota aikoja' },
      { when: 'Kyllä, mutta ei juuri nyt', then: 'Suostu, kerro este ja ehdota aikaa' },
      { when: 'Ei: olet vaihtamassa alaa', then: 'Kieltäydy kiittäen ja pidä esittelijä ajan tasalla' },
    ],
  },
  goal: {
    title: 'Tapaamisen syystä valmistautumiseen',
    caption: 'Yhden lauseen tavoite kertoo teille molemmille, mitä tapaamiseen kannattaa tuoda.',
    steps: [
      { label: 'Miksi nyt?', detail: 'Määräaika, päätös tai uusi projekti' },
      { label: 'Valitse tavoite', detail: 'Yksi lause: mitä haet tapaamiselta' },
      { label: 'Kerro tavoite', detail: 'Pyynnössä – tai kysy, mitä toinen toivoo' },
      { label: 'Valmistaudu', detail: 'Kysymykset, aineisto ja se, mitä voit tarjota' },
    ],
  },
  anatomy: {
    title: 'Yhteydenottoviestin osat',
    caption: 'Kuusi osaa, kukin lause tai kaksi: koko viesti mahtuu puhelimen näytölle.',
    parts: [
      { label: 'Aiherivi', detail: 'Sano ääneen, että aikaa on kulunut' },
      { label: 'Aloitus', detail: 'Yhtä henkilökohtainen kuin ennen' },
      { label: 'Kuulumiset', detail: 'Työurasi sen jälkeen, lyhyesti' },
      { label: 'Pyyntö', detail: 'Neuvoa, kevyesti kysyen' },
      { label: 'Takaportti', detail: 'Tee kieltäytymisestä helppoa' },
      { label: 'Vastatarjous', detail: 'Mitä voit antaa vastineeksi' },
    ],
  },
  triage: {
    title: 'Saapuneiden yhteyspyyntöjen lajittelu',
    caption: 'Hyväksy ne, joiden kanssa olet jo oikeasti vaihtanut ajatuksia. Muille ensin kysymys – tai ei mitään.',
    start: 'Saat yhteyspyynnön',
    question: 'Oletteko jo oikeasti olleet tekemisissä?',
    branches: [
      { when: 'Kyllä, tai tunnette toisenne', then: 'Hyväksy' },
      { when: 'Ei, mutta syy on selvä', then: 'Vastaa ensin, päätä sitten' },
      { when: 'Epämääräinen ”win-win”', then: 'Kysy, mitä hyötyä hän tarkoittaa' },
      { when: 'Ei saatetta eikä yhteistä', then: 'Ohita: lähettäjä ei saa tietää' },
    ],
  },
  giving: {
    title: 'Anna ennen kuin pyydät',
    caption: 'Suhteesta voi ottaa vain sen, mitä siihen on ensin pannut.',
    putIn: ['Esittely', 'Tunti aikaasi', 'Hyödyllinen linkki'],
    jar: 'Suhde',
    takeOut: 'Aikanaan pyyntö',
  },
} satisfies UIStrings['figures'];
