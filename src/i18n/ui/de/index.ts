import type { UIStrings } from '../en/index.ts';
import quiz from './quiz.ts';
import builders from './builders.ts';
import worksheet from './worksheet.ts';
import figures from './figures.ts';
import saved from './saved.ts';

const de = {
  site: {
    name: 'Connector',
    tagline: 'Netzwerken, das du heute anfangen kannst',
    description:
      'Kurze Lektionen, Szenario-Quizze und Nachrichtenbausteine fürs berufliche Netzwerken: Du gehst mit einer Nachricht, die du heute noch abschicken kannst.',
  },
  a11y: {
    skipLink: 'Zum Inhalt springen',
    mainNav: 'Hauptnavigation',
    breadcrumb: 'Du bist hier',
  },
  nav: {
    home: 'Lektionen',
    start: 'Erste Schritte',
    glossary: 'Glossar',
    search: 'Suche',
    menu: 'Menü',
  },
  language: {
    label: 'Sprache',
    chooserTitle: 'Sprache wählen',
    chooserLead: 'Connector ist ein Leitfaden fürs berufliche Netzwerken in vier Sprachen.',
    continueIn: 'Weiter auf Deutsch',
    suggested: 'Vorschlag für dich',
  },
  theme: {
    label: 'Farbschema',
    system: 'System',
    light: 'Hell',
    dark: 'Dunkel',
  },
  search: {
    label: 'Leitfaden durchsuchen',
    placeholder: 'Suchen',
    shortcut: 'Drücke / zum Suchen',
    submit: 'Suchen',
    loading: 'Suche wird geladen …',
    results: { one: '{count} Treffer für „{query}“', other: '{count} Treffer für „{query}“' },
    noResults: 'Nichts gefunden für „{query}“. Versuch es mit einem kürzeren oder anderen Wort.',
    failed: 'Die Suche konnte nicht geladen werden. Lade die Seite neu und versuch es noch einmal.',
    needsScript:
      'Die Suche läuft in deinem Browser und braucht JavaScript. Alle Lektionen findest du auf der Startseite.',
    pageTitle: 'Suche',
    pageLead: 'Durchsuche die Lektionen, die Werkzeuge, die Quizze und das Glossar.',
    pageTitleWithQuery: 'Suche: {query}',
    close: 'Suchergebnisse schließen',
    allResults: 'Alle Treffer für „{query}“',
    kinds: { lesson: 'Lektion', tool: 'Werkzeug', quiz: 'Quiz', glossary: 'Glossar', start: 'Erste Schritte' },
  },
  lesson: {
    readingTime: { one: '{count} Minute Lesezeit', other: '{count} Minuten Lesezeit' },
    updated: 'Aktualisiert am {date}',
    position: 'Lektion {n} von {total}',
    toc: 'Auf dieser Seite',
    takeaways: 'Das Wichtigste',
    sources: 'Quellen',
    sourceLine: 'Artikel {article}, auf {language}',
    sourceAfter: 'auf Grundlage von {outlet}',
    sourcesNote: 'Der Text dieser Lektion ist unser eigener; die Ratschläge stammen aus dem oben genannten Artikel.',
    previous: 'Vorherige Lektion',
    next: 'Nächste Lektion',
    pagination: 'Weitere Lektionen',
    practise: 'Gleich ausprobieren',
    copy: 'Kopieren',
    copied: 'Kopiert',
    copyFailed: 'Kopieren hat nicht geklappt. Markiere den Text und kopiere ihn von Hand.',
    exampleLabel: 'Beispielnachricht',
    ours: 'Unsere Ergänzung',
    tip: 'Tipp',
  },
  home: {
    title: 'Netzwerken, das du heute anfangen kannst',
    lead: 'Fünf kurze Lektionen über Vorstellungen, Treffen, wiederbelebte Kontakte, Kontaktanfragen und die Haltung eines Brückenbauers. Jede endet mit Formulierungen zum Übernehmen und einem Werkzeug zum Üben.',
    curriculum: 'Die Lektionen',
    tools: 'Üben mit den Werkzeugen',
    start: 'Neu hier? Fang mit dem Überblick an',
    comingSoon: 'Folgt bald',
  },
  tools: {
    'intro-quiz': {
      name: 'Entscheidungsquiz: Vorstellung annehmen?',
      description: 'Jemand bietet an, dich vorzustellen. Annehmen, verschieben oder absagen?',
    },
    'intro-reply': {
      name: 'Antwort-Baukasten für Vorstellungen',
      description: 'Formuliere deine Antwort auf ein Vorstellungsangebot in einer Minute.',
    },
    worksheet: {
      name: 'Arbeitsblatt: Gesprächsziel',
      description: 'Plane ein Netzwerktreffen und geh mit einem Briefing und einer Nachricht hinein.',
    },
    reconnect: {
      name: 'Mail-Baukasten: Kontakt wiederaufnehmen',
      description: 'Schreib jemandem, von dem du seit Jahren nichts gehört hast.',
    },
    'contact-request': {
      name: 'Kontaktanfrage schreiben',
      description: 'Eine Anfrage mit höchstens 300 Zeichen, die sagt, warum.',
    },
  },
  glossary: {
    title: 'Glossar',
    description: 'Die wichtigsten Begriffe des Leitfadens, einfach erklärt.',
  },
  notFound: {
    title: 'Seite nicht gefunden',
    message:
      'Unter dieser Adresse gibt es keine Seite. Vielleicht ist sie umgezogen oder der Link hat einen Tippfehler.',
    home: 'Zu den Lektionen',
  },
  footer: {
    privacy: 'Kein Konto, keine Cookies, kein Tracking: Was du eingibst, bleibt in deinem Browser.',
  },
  offline: {
    ready: 'Offline verfügbar: Der Leitfaden auf Deutsch ist jetzt auf diesem Gerät gespeichert.',
    updated: 'Connector wurde aktualisiert.',
    reload: 'Neu laden',
  },
  quiz,
  figures,
  builders,
  worksheet,
  saved,
} satisfies UIStrings;

export default de;
