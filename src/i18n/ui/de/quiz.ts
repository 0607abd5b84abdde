import type { UIStrings } from '../en/index.ts';

export default {
  nav: 'Quizze',
  page: {
    title: 'Quizze',
    description:
      'Kurze, konkrete Situationen: Entscheide, was du tun würdest, und lies, warum. Ein Quiz pro Entscheidung und eines pro Lektion.',
    lead: 'Jede Frage ist eine kurze Situation. Wähle, was du tun würdest – zu jeder Antwort erfährst du, warum sie passt oder nicht. Dein bestes Ergebnis bleibt in diesem Browser gespeichert.',
    questions: { one: '{count} Frage', other: '{count} Fragen' },
    best: 'Dein bestes Ergebnis: {score} von {total}',
    lesson: 'Übt die Lektion „{title}“',
    atEnd: 'Am Ende der Lektion „{title}“',
    all: 'Alle Quizze',
  },
  lessonQuiz: 'Teste dich selbst',
  more: 'Mehr zum Üben:',
  noScript:
    'Klapp jede Antwort auf, um zu lesen, warum sie passt oder nicht. Mit JavaScript führt dich das Quiz Frage für Frage durch und merkt sich dein Ergebnis.',
  island: {
    progress: 'Frage {n} von {total}',
    check: 'Antwort prüfen',
    next: 'Nächste Frage',
    finish: 'Zum Ergebnis',
    chooseFirst: 'Wähle zuerst eine der Antworten.',
    best: 'Die beste Wahl.',
    notBest: 'Nicht die beste Wahl.',
    yourAnswer: 'Deine Antwort: {label}',
    bestAnswer: 'Die beste Wahl: {label}',
    readMore: 'In der Lektion: {section}',
    resultTitle: 'Dein Ergebnis',
    result: 'Du hast bei {score} von {total} Fragen die beste Wahl getroffen.',
    bestSoFar: 'Dein bisher bestes Ergebnis: {score} von {total}.',
    reviewTitle: 'Deine Antworten im Einzelnen',
    retry: 'Noch einmal, mit neu gemischten Antworten',
    repliesTitle: 'Deine Antwort zum Abschicken',
    repliesLead:
      'Jede Entscheidung als Antwort an {introducer} zum Angebot, dich {contact} vorzustellen – passend zur letzten Situation.',
    fitsLast: 'Passt zur letzten Situation',
    builder: 'Im Antwort-Baukasten anpassen',
    copy: 'Kopieren',
    copied: 'Kopiert',
    copyFailed: 'Kopieren hat nicht geklappt. Markiere den Text und kopiere ihn von Hand.',
    storageFull:
      'Der Speicher dieses Browsers ist voll, deshalb ließen sich deine letzten Antworten nicht speichern. Sie bleiben nur erhalten, solange die Seite offen ist.',
    storageUnavailable:
      'Dieser Browser lässt die Seite nichts speichern. Dein Fortschritt bleibt nur erhalten, solange die Seite offen ist.',
  },
} satisfies UIStrings['quiz'];
