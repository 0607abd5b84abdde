import type { UIStrings } from '../en/index.ts';
import quiz from './quiz.ts';
import builders from './builders.ts';
import worksheet from './worksheet.ts';
import figures from './figures.ts';
import saved from './saved.ts';

const fi = {
  site: {
    name: 'Connector',
    tagline: 'Verkostoitumista, jonka voit aloittaa tänään',
    description:
      'Lyhyitä oppitunteja, tilannevisoja ja viestityökaluja ammatilliseen verkostoitumiseen: lähdet mukanasi viesti, jonka voit lähettää jo tänään.',
  },
  a11y: {
    skipLink: 'Siirry sisältöön',
    mainNav: 'Päävalikko',
    breadcrumb: 'Olet tässä',
  },
  nav: {
    home: 'Oppitunnit',
    start: 'Aloita tästä',
    glossary: 'Sanasto',
    search: 'Haku',
    menu: 'Valikko',
  },
  language: {
    label: 'Kieli',
    chooserTitle: 'Valitse kieli',
    chooserLead: 'Connector on neljällä kielellä toimiva opas ammatilliseen verkostoitumiseen.',
    continueIn: 'Jatka suomeksi',
    suggested: 'Ehdotus sinulle',
  },
  theme: {
    label: 'Väriteema',
    system: 'Järjestelmä',
    light: 'Vaalea',
    dark: 'Tumma',
  },
  search: {
    label: 'Hae oppaasta',
    placeholder: 'Hae',
    shortcut: 'Paina / hakeaksesi',
    submit: 'Hae',
    loading: 'Haku latautuu…',
    results: { one: '{count} tulos haulla ”{query}”', other: '{count} tulosta haulla ”{query}”' },
    noResults: 'Haulla ”{query}” ei löytynyt mitään. Kokeile lyhyempää tai eri sanaa.',
    failed: 'Hakua ei voitu ladata. Lataa sivu uudelleen ja yritä sitten uudestaan.',
    needsScript: 'Haku toimii selaimessasi ja tarvitsee JavaScriptin. Kaikki oppitunnit löydät etusivulta.',
    pageTitle: 'Haku',
    pageLead: 'Hae oppitunneista, työkaluista, visoista ja sanastosta.',
    pageTitleWithQuery: 'Haku: {query}',
    close: 'Sulje hakutulokset',
    allResults: 'Kaikki tulokset haulla ”{query}”',
    kinds: { lesson: 'Oppitunti', tool: 'Työkalu', quiz: 'Visa', glossary: 'Sanasto', start: 'Aloita tästä' },
  },
  lesson: {
    readingTime: { one: 'Lukuaika {count} minuutti', other: 'Lukuaika {count} minuuttia' },
    updated: 'Päivitetty {date}',
    position: 'Oppitunti {n}/{total}',
    toc: 'Tällä sivulla',
    takeaways: 'Tärkeimmät opit',
    sources: 'Lähteet',
    sourceLine: 'Artikkeli {article}, kieli: {language}',
    sourceAfter: 'lähteenä {outlet}',
    sourcesNote: 'Oppitunnin teksti on omaamme; neuvot perustuvat yllä mainittuun artikkeliin.',
    previous: 'Edellinen oppitunti',
    next: 'Seuraava oppitunti',
    pagination: 'Lisää oppitunteja',
    practise: 'Harjoittele',
    copy: 'Kopioi',
    copied: 'Kopioitu',
    copyFailed: 'Kopiointi ei onnistunut. Valitse teksti ja kopioi se itse.',
    exampleLabel: 'Esimerkkiviesti',
    ours: 'Meidän lisäyksemme',
    tip: 'Vinkki',
  },
  home: {
    title: 'Verkostoitumista, jonka voit aloittaa tänään',
    lead: 'Viisi lyhyttä oppituntia esittelyistä, tapaamisista, yhteyden palauttamisesta, yhteyspyynnöistä ja yhdistäjän asenteesta. Jokaisen lopussa on valmiita sanamuotoja ja työkalu harjoitteluun.',
    curriculum: 'Oppitunnit',
    tools: 'Harjoittele työkaluilla',
    start: 'Uusi täällä? Aloita oppaan esittelystä',
    comingSoon: 'Tulossa pian',
  },
  tools: {
    'intro-quiz': {
      name: 'Esittelyvisa',
      description: 'Joku tarjoutuu esittelemään sinut. Suostutko, siirrätkö vai kieltäydytkö?',
    },
    'intro-reply': {
      name: 'Esittelyvastauksen laatija',
      description: 'Kirjoita vastauksesi esittelytarjoukseen minuutissa.',
    },
    worksheet: {
      name: 'Tavoitetyöpohja',
      description: 'Suunnittele verkostoitumistapaaminen: saat muistion ja viestin valmiiksi.',
    },
    reconnect: {
      name: 'Yhteydenottoviestin laatija',
      description: 'Kirjoita ihmiselle, jonka kanssa et ole puhunut vuosiin.',
    },
    'contact-request': {
      name: 'Yhteyspyynnön laatija',
      description: 'Enintään 300 merkin pyyntö, joka kertoo miksi.',
    },
  },
  glossary: {
    title: 'Sanasto',
    description: 'Oppaan tärkeimmät käsitteet lyhyesti ja selvästi.',
  },
  notFound: {
    title: 'Sivua ei löytynyt',
    message: 'Tästä osoitteesta ei löydy sivua. Se on ehkä siirretty, tai linkissä on kirjoitusvirhe.',
    home: 'Siirry oppitunteihin',
  },
  footer: {
    privacy: 'Ei tiliä, ei evästeitä, ei seurantaa: kirjoittamasi teksti pysyy selaimessasi.',
  },
  offline: {
    ready: 'Käytettävissä ilman verkkoyhteyttä: suomenkielinen opas on nyt tallennettu tälle laitteelle.',
    updated: 'Connector on päivitetty.',
    reload: 'Lataa sivu uudelleen',
  },
  quiz,
  figures,
  builders,
  worksheet,
  saved,
} satisfies UIStrings;

export default fi;
