import type { UIStrings } from '../en/index.ts';
import quiz from './quiz.ts';
import builders from './builders.ts';
import worksheet from './worksheet.ts';
import figures from './figures.ts';
import saved from './saved.ts';

const sv = {
  site: {
    name: 'Connector',
    tagline: 'Nätverkande du kan börja med i dag',
    description:
      'Korta lektioner, scenarioquiz och meddelandeverktyg för professionellt nätverkande: du går härifrån med ett meddelande du kan skicka i dag.',
  },
  a11y: {
    skipLink: 'Hoppa till innehållet',
    mainNav: 'Huvudmeny',
    breadcrumb: 'Du är här',
  },
  nav: {
    home: 'Lektioner',
    start: 'Börja här',
    glossary: 'Ordlista',
    search: 'Sök',
    menu: 'Meny',
  },
  language: {
    label: 'Språk',
    chooserTitle: 'Välj språk',
    chooserLead: 'Connector är en guide till professionellt nätverkande på fyra språk.',
    continueIn: 'Fortsätt på svenska',
    suggested: 'Förslag till dig',
  },
  theme: {
    label: 'Färgtema',
    system: 'System',
    light: 'Ljust',
    dark: 'Mörkt',
  },
  search: {
    label: 'Sök i guiden',
    placeholder: 'Sök',
    shortcut: 'Tryck / för att söka',
    submit: 'Sök',
    loading: 'Sökningen laddas …',
    results: { one: '{count} träff för ”{query}”', other: '{count} träffar för ”{query}”' },
    noResults: 'Inga träffar för ”{query}”. Prova ett kortare eller annat ord.',
    failed: 'Sökningen kunde inte laddas. Ladda om sidan och försök igen.',
    needsScript: 'Sökningen körs i din webbläsare och behöver JavaScript. Alla lektioner finns på startsidan.',
    pageTitle: 'Sök',
    pageLead: 'Sök i lektionerna, verktygen, quizzen och ordlistan.',
    pageTitleWithQuery: 'Sök: {query}',
    close: 'Stäng sökresultaten',
    allResults: 'Alla träffar för ”{query}”',
    kinds: { lesson: 'Lektion', tool: 'Verktyg', quiz: 'Quiz', glossary: 'Ordlista', start: 'Börja här' },
  },
  lesson: {
    readingTime: { one: '{count} minuts läsning', other: '{count} minuters läsning' },
    updated: 'Uppdaterad {date}',
    position: 'Lektion {n} av {total}',
    toc: 'På den här sidan',
    takeaways: 'Viktigast att komma ihåg',
    sources: 'Källor',
    sourceLine: 'Artikel {article}, på {language}',
    sourceAfter: 'efter {outlet}',
    sourcesNote: 'Texten i lektionen är vår egen; råden kommer från artikeln ovan.',
    previous: 'Föregående lektion',
    next: 'Nästa lektion',
    pagination: 'Fler lektioner',
    practise: 'Öva direkt',
    copy: 'Kopiera',
    copied: 'Kopierat',
    copyFailed: 'Det gick inte att kopiera. Markera texten och kopiera den för hand.',
    exampleLabel: 'Exempelmeddelande',
    ours: 'Vårt tillägg',
    tip: 'Tips',
  },
  home: {
    title: 'Nätverkande du kan börja med i dag',
    lead: 'Fem korta lektioner om introduktioner, möten, att återuppta kontakten, kontaktförfrågningar och att tänka som en brobyggare. Varje lektion slutar med formuleringar du kan använda och ett verktyg att öva med.',
    curriculum: 'Lektionerna',
    tools: 'Öva med verktygen',
    start: 'Ny här? Börja med introduktionen till guiden',
    comingSoon: 'Kommer snart',
  },
  tools: {
    'intro-quiz': {
      name: 'Test: tacka ja eller nej till en introduktion',
      description: 'Någon erbjuder sig att introducera dig. Tacka ja, skjuta upp eller tacka nej?',
    },
    'intro-reply': {
      name: 'Svarsbyggare för introduktioner',
      description: 'Skriv ditt svar på ett erbjudande om introduktion på en minut.',
    },
    worksheet: {
      name: 'Arbetsblad för mötesmål',
      description: 'Planera ett nätverksmöte och gå dit med ett underlag och ett meddelande.',
    },
    reconnect: {
      name: 'Mejlbyggare för att återknyta kontakten',
      description: 'Skriv till någon du inte har pratat med på flera år.',
    },
    'contact-request': {
      name: 'Verktyg för kontaktförfrågningar',
      description: 'En förfrågan på högst 300 tecken som säger varför.',
    },
  },
  glossary: {
    title: 'Ordlista',
    description: 'Guidens viktigaste begrepp, förklarade med enkla ord.',
  },
  notFound: {
    title: 'Sidan finns inte',
    message: 'Det finns ingen sida på den här adressen. Den kan ha flyttats, eller så finns det ett stavfel i länken.',
    home: 'Till lektionerna',
  },
  footer: {
    privacy: 'Inget konto, inga kakor, ingen spårning: det du skriver stannar i din webbläsare.',
  },
  offline: {
    ready: 'Tillgänglig offline: guiden på svenska är nu sparad på den här enheten.',
    updated: 'Connector har uppdaterats.',
    reload: 'Ladda om',
  },
  quiz,
  figures,
  builders,
  worksheet,
  saved,
} satisfies UIStrings;

export default sv;
