import type { UIStrings } from '../en/index.ts';

export default {
  decision: {
    title: 'Entscheidung über eine angebotene Vorstellung',
    caption: 'Eine Frage entscheidet: Ist das Treffen die Zeit aller Beteiligten wert?',
    start: 'Jemand bietet an, dich vorzustellen',
    question: 'Lohnt sich das Treffen für alle Beteiligten?',
    branches: [
      { when: 'Ja, und du hast Luft', then: 'Sofort zusagen und Termine anbieten' },
      { when: 'Ja, aber nicht diesen Monat', then: 'Zusagen, den Engpass nennen und einen Termin' },
      { when: 'Nein: Du verlässt die Branche', then: 'Dankend absagen und auf dem Laufenden halten' },
    ],
  },
  goal: {
    title: 'Vom Anlass zur Vorbereitung',
    caption: 'Ein Ziel in einem Satz sagt euch beiden, was ihr mitbringen sollt.',
    steps: [
      { label: 'Warum jetzt?', detail: 'Eine Frist, eine Entscheidung, ein neues Projekt' },
      { label: 'Dein Ziel', detail: 'Ein Satz: Womit willst du rausgehen?' },
      { label: 'Sag es vorher', detail: 'In der Anfrage – oder frag, was die andere Seite erwartet' },
      { label: 'Vorbereiten', detail: 'Fragen, Unterlagen und was du anbieten kannst' },
    ],
  },
  anatomy: {
    title: 'Die Teile einer Mail nach langer Funkstille',
    caption: 'Sechs Teile mit je ein, zwei Sätzen: Die ganze Mail passt auf einen Handybildschirm.',
    parts: [
      { label: 'Betreff', detail: 'Die lange Pause benennen' },
      { label: 'Einstieg', detail: 'So persönlich wie damals' },
      { label: 'Neuigkeiten', detail: 'Dein Berufsweg seitdem, kurz' },
      { label: 'Bitte', detail: 'Um Rat, ohne Druck' },
      { label: 'Ausweg', detail: 'Ein Nein leicht machen' },
      { label: 'Angebot', detail: 'Was du zurückgeben kannst' },
    ],
  },
  triage: {
    title: 'Eingehende Kontaktanfragen sortieren',
    caption:
      'Annehmen heißt: Ihr hattet schon echten Austausch. Alle anderen bekommen erst eine Frage – oder gar nichts.',
    start: 'Eine Kontaktanfrage kommt an',
    question: 'Hattet ihr schon echten Austausch?',
    branches: [
      { when: 'Ja, oder ihr kennt euch', then: 'Annehmen' },
      { when: 'Nein, aber ein klarer Grund', then: 'Erst antworten, dann entscheiden' },
      { when: 'Ein vages „Win-win“', then: 'Nachfragen, was genau gemeint ist' },
      { when: 'Gar nichts', then: 'Ignorieren: Niemand erfährt davon' },
    ],
  },
  giving: {
    title: 'Erst geben, dann nehmen',
    caption: 'Aus einer Beziehung kannst du nur herausnehmen, was du vorher hineingelegt hast.',
    putIn: ['Eine Vorstellung', 'Eine Stunde Zeit', 'Ein hilfreicher Link'],
    jar: 'Die Beziehung',
    takeOut: 'Irgendwann eine Bitte',
  },
} satisfies UIStrings['figures'];
