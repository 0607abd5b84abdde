import type { UIStrings } from '../en/index.ts';

export default {
  nav: 'Visat',
  page: {
    title: 'Visat',
    description:
      'Lyhyitä, konkreettisia tilanteita: valitse, mitä tekisit, ja lue, miksi. Visa jokaista päätöstä ja jokaista oppituntia varten.',
    lead: 'Jokainen kysymys on lyhyt tilanne. Valitse, mitä tekisit, niin jokainen vastaus kertoo, miksi se sopii tai ei sovi. Paras tuloksesi säilyy tässä selaimessa.',
    questions: { one: '{count} kysymys', other: '{count} kysymystä' },
    best: 'Paras tuloksesi: {score}/{total}',
    lesson: 'Harjoittaa oppituntia ”{title}”',
    atEnd: 'Oppitunnin ”{title}” lopussa',
    all: 'Kaikki visat',
  },
  lessonQuiz: 'Testaa itsesi',
  more: 'Lisää harjoitusta:',
  noScript:
    'Avaa jokainen vastaus ja lue, miksi se sopii tai ei sovi. Kun JavaScript on käytössä, visa etenee kysymys kerrallaan ja pitää kirjaa tuloksestasi.',
  island: {
    progress: 'Kysymys {n}/{total}',
    check: 'Tarkista vastaus',
    next: 'Seuraava kysymys',
    finish: 'Näytä tulos',
    chooseFirst: 'Valitse ensin yksi vastauksista.',
    best: 'Paras valinta.',
    notBest: 'Ei paras valinta.',
    yourAnswer: 'Vastauksesi: {label}',
    bestAnswer: 'Paras valinta: {label}',
    readMore: 'Oppitunnilla: {section}',
    resultTitle: 'Tuloksesi',
    result: 'Valitsit parhaan vaihtoehdon {score}/{total} kysymyksessä.',
    bestSoFar: 'Tähänastinen paras tuloksesi: {score}/{total}.',
    reviewTitle: 'Vastauksesi yksi kerrallaan',
    retry: 'Yritä uudelleen, vastaukset uudessa järjestyksessä',
    repliesTitle: 'Vastauksesi valmiina lähetettäväksi',
    repliesLead:
      'Jokainen päätös valmiina vastauksena viimeisen tilanteen tarjoukseen: {introducer} tarjoutui esittelemään sinut henkilölle {contact}.',
    fitsLast: 'Sopii viimeiseen tilanteeseen',
    builder: 'Muokkaa sitä esittelyvastauksen laatijassa',
    copy: 'Kopioi',
    copied: 'Kopioitu',
    copyFailed: 'Kopiointi ei onnistunut. Valitse teksti ja kopioi se itse.',
    storageFull:
      'Tämän selaimen tallennustila on täynnä, joten viimeisimpiä vastauksiasi ei voitu tallentaa. Ne säilyvät vain niin kauan kuin sivu on auki.',
    storageUnavailable:
      'Tämä selain ei anna sivun tallentaa mitään, joten edistymisesi säilyy vain niin kauan kuin sivu on auki.',
  },
} satisfies UIStrings['quiz'];
