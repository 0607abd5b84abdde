/** Gespeicherte Arbeit: die Seite „Deine gespeicherte Arbeit“ und der Hinweis zu unlesbaren Daten. */
import type { UIStrings } from '../en/index.ts';

export default {
  footer: 'Deine gespeicherte Arbeit',
  title: 'Deine gespeicherte Arbeit',
  description:
    'Was dieser Browser auf Connector für dich aufbewahrt: Quiz-Fortschritt, Arbeitsblätter und Entwürfe. Sichere alles in einer Datei, hol es zurück oder lösche es.',
  lead: 'Dein Quiz-Fortschritt, deine Arbeitsblätter und Entwürfe sind in diesem Browser gespeichert und nirgends sonst. Dieser Browser hat also die einzige Kopie. Hier siehst du, was er aufbewahrt, kannst alles in einer Datei sichern, in einen anderen Browser mitnehmen oder löschen.',
  needsScript:
    'Diese Seite liest, was dein Browser gespeichert hat. Dafür braucht sie JavaScript, das ausgeschaltet ist oder nicht geladen wurde. Ohne JavaScript wird auch nichts gespeichert.',
  notice: {
    found:
      'Ein Teil dessen, was dieser Browser hier gespeichert hat, ließ sich nicht lesen. Er liegt unverändert beiseite: Lade ihn herunter, um ihn zu behalten, oder verwirf ihn.',
    download: 'Herunterladen',
    discard: 'Verwerfen',
    discarded: 'Die unlesbaren Daten wurden verworfen.',
    undo: 'Rückgängig',
    file: 'connector-unlesbare-daten',
    loadFailed:
      'Dieser Teil der Seite ließ sich nicht laden, vielleicht weil die Verbindung weg ist. Deine Arbeit ist gespeichert: Lade die Seite neu, um es noch einmal zu versuchen.',
  },
  island: {
    holdsTitle: 'Was dieser Browser aufbewahrt',
    empty: 'In diesem Browser ist noch nichts gespeichert.',
    unavailable:
      'Dieser Browser lässt die Seite nichts lesen und nichts speichern, deshalb ist hier nichts zu sehen. Deine Arbeit bleibt nur erhalten, solange eine Seite geöffnet ist.',
    full: 'Der Speicher dieses Browsers ist voll, deshalb ließen sich einige Änderungen nicht speichern.',
    quizzes: 'Quiz-Fortschritt',
    worksheets: 'Arbeitsblätter',
    drafts: 'Entwürfe: {tool}',
    aside: 'Beiseitegelegt, weil unlesbar',
    count: { one: '{count} Eintrag', other: '{count} Einträge' },
    changed: 'Geändert am {date}',
    found: 'Gefunden am {date}',
    answered: '{answered} von {total} Fragen beantwortet',
    best: 'bestes Ergebnis {score} von {total}',
    goneQuiz: 'Ein Quiz, das es auf der Seite nicht mehr gibt',
    untitledWorksheet: 'Arbeitsblatt ohne Namen',
    untitledDraft: 'Entwurf ohne Titel',
    reasons: {
      damaged: 'Ließ sich nicht lesen',
      partial: 'Teilweise gelesen: Der lesbare Teil steht oben, das hier ist das vollständige Original',
      newer: 'Von einer neueren Version von Connector gespeichert',
    },
    from: {
      quiz: 'Aus einem Quiz',
      worksheet: 'Aus den Arbeitsblättern',
      draft: 'Aus den Entwürfen von „{tool}“',
      unknown: 'Herkunft unbekannt',
    },
    export: {
      title: 'Eine Sicherung behalten',
      lead: 'Eine Datei mit allem, was oben steht: zum Aufbewahren oder um es in einem anderen Browser zurückzuholen. Sie enthält, was du geschrieben hast, also bewahre sie gut auf.',
      button: 'Sicherung herunterladen',
      file: 'connector-sicherung',
      done: 'Sicherung heruntergeladen.',
    },
    import: {
      title: 'Eine Sicherung zurückholen',
      label: 'Sicherungsdatei',
      hint: 'Eine Datei, die du mit „Sicherung herunterladen“ erstellt hast, in diesem oder einem anderen Browser. Nichts ändert sich, bevor du bestätigst.',
      previewTitle: 'Was die Sicherung ändern würde',
      added: { one: '{count} Eintrag kommt hinzu.', other: '{count} Einträge kommen hinzu.' },
      updated: {
        one: '{count} Eintrag ist in der Sicherung neuer und ersetzt den hiesigen.',
        other: '{count} Einträge sind in der Sicherung neuer und ersetzen die hiesigen.',
      },
      kept: {
        one: '{count} Eintrag ist hier neuer und bleibt, wie er ist.',
        other: '{count} Einträge sind hier neuer und bleiben, wie sie sind.',
      },
      same: { one: '{count} Eintrag ist schon hier.', other: '{count} Einträge sind schon hier.' },
      asideAdded: {
        one: '{count} unlesbarer Datensatz wird auch hier beiseitegelegt.',
        other: '{count} unlesbare Datensätze werden auch hier beiseitegelegt.',
      },
      status: {
        added: 'neu',
        updated: 'in der Sicherung neuer',
        kept: 'hier neuer, bleibt',
        same: 'schon hier',
      },
      nothing: 'Alles aus dieser Sicherung ist schon hier. Es gibt nichts hinzuzufügen.',
      confirm: 'In diesen Browser übernehmen',
      cancel: 'Abbrechen',
      cancelled: 'Es wurde nichts geändert.',
      done: {
        one: 'Fertig: {count} Eintrag hinzugefügt oder aktualisiert.',
        other: 'Fertig: {count} Einträge hinzugefügt oder aktualisiert.',
      },
      failed: {
        one: 'Der Speicher dieses Browsers ist voll, deshalb ließ sich {count} Eintrag nicht hinzufügen. Was schon hier war, ist unverändert.',
        other:
          'Der Speicher dieses Browsers ist voll, deshalb ließen sich {count} Einträge nicht hinzufügen. Was schon hier war, ist unverändert.',
      },
      errorTitle: 'Mit der Datei stimmt etwas nicht',
      errors: {
        unreadable: 'Die Datei ließ sich nicht öffnen. Es wurde nichts geändert.',
        unrelated:
          'Diese Datei ist keine Sicherung von Connector. Wähle eine Datei, die du mit „Sicherung herunterladen“ erstellt hast. Es wurde nichts geändert.',
        damaged: 'Diese Sicherung ist beschädigt und lässt sich nicht lesen. Es wurde nichts geändert.',
        newer:
          'Diese Sicherung stammt von einer neueren Version von Connector, die diese Seite noch nicht lesen kann. Es wurde nichts geändert.',
      },
    },
    clear: {
      title: 'Alles löschen',
      lead: 'Löscht alles, was oben steht, aus diesem Browser. Lade vorher eine Sicherung herunter, wenn du es vielleicht noch einmal brauchst.',
      button: 'Alles hier Gespeicherte löschen',
      question: {
        one: 'Den {count} Eintrag löschen, der in diesem Browser gespeichert ist? Direkt danach kannst du es noch rückgängig machen.',
        other:
          'Alle {count} Einträge löschen, die in diesem Browser gespeichert sind? Direkt danach kannst du es noch rückgängig machen.',
      },
      yes: 'Ja, alles löschen',
      no: 'Behalten',
      done: 'Alles, was in diesem Browser gespeichert war, ist gelöscht.',
      restored: 'Alles ist wieder da.',
      undo: 'Rückgängig',
    },
  },
} satisfies UIStrings['saved'];
