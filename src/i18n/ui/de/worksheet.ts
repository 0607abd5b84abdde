import type { UIStrings } from '../en/index.ts';

// Die Nachricht an die andere Person kommt ohne „du“ und „Sie“ aus: Sie passt zu „Hallo Stefan“
// ebenso wie zu „Hallo Frau Petersen“.
const worksheet = {
  lead: 'Plane ein Netzwerktreffen in fünf Minuten. Beantworte ein paar kurze Fragen und du hast ein einseitiges Briefing zum Mitnehmen und die Nachricht, die du vorher verschickst.',
  privacy: 'Deine Antworten werden beim Tippen in diesem Browser gespeichert und nirgendwo sonst.',
  static: {
    needsScript:
      'Das interaktive Arbeitsblatt braucht JavaScript, das ausgeschaltet ist oder nicht geladen wurde. Hier sind seine Fragen als Checkliste: Druck sie aus und füll sie von Hand aus.',
    title: 'Die Fragen als Checkliste',
  },
  steps: {
    person: 'Die Person',
    goal: 'Das Ziel',
    prepare: 'Vorbereitung',
    follow: 'Geben und nachfassen',
    result: 'Dein Briefing',
  },
  progress: 'Schritte',
  stepOf: 'Schritt {n} von {total}',
  optional: '(freiwillig)',
  fields: {
    contact: {
      label: 'Wen triffst du?',
      hint: 'Den Namen so, wie du die Person ansprichst, zum Beispiel Stefan oder Frau Petersen.',
    },
    how: {
      label: 'Woher kennt ihr euch?',
      hint: 'In einem Satz, den du der Person schreiben könntest, zum Beispiel: „Jana Roth hat mir empfohlen, mich bei dir zu melden.“ oder „Wir haben uns im Mai auf der Fachmesse kennengelernt.“ Damit beginnt deine Nachricht.',
    },
    meetingDate: {
      label: 'Wann trefft ihr euch?',
      hint: 'Lass das Feld leer, solange der Termin noch offen ist.',
    },
    askedBy: {
      label: 'Wer hat um das Treffen gebeten?',
      hint: 'Davon hängt ab, welche Nachricht du vorher schickst.',
      me: 'Ich habe gefragt',
      them: 'Ich wurde eingeladen',
    },
    goalKind: {
      label: 'Welche Art von Ziel ist es?',
      hint: 'Wähl das Passendste. Es hilft dir, das Ziel unten in Worte zu fassen.',
    },
    knowWhy: {
      label: 'Warum möchtest du die Person kennenlernen?',
      hint: 'Einander kennenlernen ist ein gutes Ziel, wenn du in einem Satz sagst, warum, zum Beispiel: „Wir arbeiten beide an barrierefreiem Design.“',
    },
    goal: {
      label: 'Dein Gesprächsziel in einem Satz',
      hint: 'Schreib ihn so, wie du ihn der Person sagen würdest, zum Beispiel: Mich interessiert, wie das Team dort arbeitet und worauf es bei der Bewerbung ankommt.',
    },
    whyNow: {
      label: 'Warum gerade jetzt?',
      hint: 'Eine Frist oder ein Anlass, der das Treffen dringlich macht, in einem Satz, zum Beispiel: „Die Bewerbungsfrist läuft am 30. März ab.“',
    },
    prepareMe: {
      label: 'Was bereitest du vor?',
      hint: 'Notizen, Beispiele oder Unterlagen zum Mitnehmen und was du dir vorher überlegst.',
    },
    prepareThem: {
      label: 'Was könnte die andere Person vorbereiten oder sich überlegen?',
      hint: 'Eine Frage oder ein Satz an die Person, zum Beispiel: „Wen könnte ich im Anschreiben erwähnen?“ Wenn du um das Treffen gebeten hast, steht das in deiner Nachricht, damit sie vorbereitet kommen kann.',
    },
    questions: {
      label: 'Die Fragen, die du stellen willst',
      hint: 'Eine Frage pro Zeile, die wichtigste zuerst.',
    },
    offer: {
      label: 'Was kannst du im Gegenzug anbieten?',
      hint: 'Eine Vorstellung, einen Artikel, deine Notizen, Hilfe bei etwas, das die Person erwähnt hat.',
    },
    followUpDate: {
      label: 'Wann fasst du nach?',
      hint: 'Der Tag, an dem du dich bedankst und erzählst, was du aus dem Rat gemacht hast. Du kannst ihn in deinen Kalender übernehmen.',
    },
    yourName: {
      label: 'Dein Name',
      hint: 'Für die Unterschrift unter der Nachricht.',
    },
  },
  kinds: {
    expert: 'Rat einer Expertin oder eines Experten zu einer Herausforderung',
    project: 'Ideen für ein neues Projekt',
    collaborate: 'Wege der Zusammenarbeit',
    career: 'Mehr über Werdegang oder Unternehmen erfahren',
    know: 'Einander kennenlernen und sagen, warum',
    own: 'Ein eigenes Ziel',
  },
  actions: {
    next: 'Weiter',
    back: 'Zurück',
    create: 'Briefing erstellen',
    edit: 'Antworten ändern',
    print: 'Briefing drucken',
    markdown: 'Als Markdown herunterladen',
    text: 'Als Text herunterladen',
    calendar: 'Erinnerung herunterladen (.ics)',
    copy: 'Nachricht kopieren',
    reset: 'Vorschlag wiederherstellen',
    undo: 'Rückgängig',
  },
  errors: {
    title: 'Bitte prüf deine Angaben',
    prefix: 'Fehler:',
    contact: 'Gib den Namen der Person ein, die du triffst',
    askedBy: 'Wähl aus, wer um das Treffen gebeten hat',
    goal: 'Schreib dein Gesprächsziel in einem Satz auf',
    tooLong: '„{field}“ darf höchstens {max} Zeichen lang sein. Jetzt sind es {count}.',
    followUpBefore: 'Das Nachfassen liegt vor dem Treffen am {date}. Wähl einen späteren Tag.',
  },
  saving: {
    saved: 'Gespeichert um {time}',
    unavailable:
      'Dieser Browser lässt die Seite nichts speichern. Deine Antworten bleiben hier, bis du die Seite schließt: Lade das Briefing herunter, um es zu behalten.',
    full: 'Speichern ging nicht: Der Speicher dieses Browsers ist voll. Deine Antworten bleiben hier, bis du die Seite schließt: Lade das Briefing herunter, um es zu behalten.',
    deletedElsewhere: '„{name}“ wurde in einem anderen Tab gelöscht.',
  },
  list: {
    title: 'Deine Arbeitsblätter ({count})',
    untitled: 'Neues Arbeitsblatt',
    open: 'Öffnen',
    current: 'Gerade geöffnet',
    duplicate: 'Duplizieren',
    delete: 'Löschen',
    changed: 'Geändert am {date}',
    added: 'Neues Arbeitsblatt angelegt.',
    duplicated: 'Kopie von „{name}“ zur Liste hinzugefügt.',
    deleted: '„{name}“ gelöscht.',
    restored: '„{name}“ wiederhergestellt.',
    clear: 'Alle Arbeitsblätter löschen',
    confirm: {
      one: '{count} Arbeitsblatt aus diesem Browser löschen? Direkt danach kannst du es noch rückgängig machen.',
      other:
        'Alle {count} Arbeitsblätter aus diesem Browser löschen? Direkt danach kannst du es noch rückgängig machen.',
    },
    confirmYes: 'Ja, alle löschen',
    cancel: 'Abbrechen',
    cleared: 'Alle Arbeitsblätter gelöscht.',
    restoredAll: 'Alle Arbeitsblätter sind wieder da.',
  },
  result: {
    lead: 'Hier ist dein Briefing. Druck es aus oder speichere es, und schick die Nachricht unten vor dem Treffen ab.',
    messageTitle: 'Die Nachricht vor dem Treffen',
    messageMe: 'Du hast um das Treffen gebeten, also sag in ein paar Zeilen, warum du dich gern treffen würdest.',
    messageThem: 'Du wurdest eingeladen, also frag, ob du etwas vorbereiten oder dir überlegen sollst.',
    messageLabel: 'Deine Nachricht',
    messageHint: 'Ändere sie, wie du möchtest: Was du hier siehst, wird kopiert und gespeichert.',
    edited: 'Du hast diese Nachricht geändert, deshalb folgt sie deinen Antworten nicht mehr.',
    copied: 'Kopiert. Füg sie in deine E-Mail oder deinen Chat ein.',
    copyFailed: 'Kopieren ging nicht. Markiere den Text und kopiere ihn von Hand.',
    resetDone: 'Der Vorschlag ist wieder da.',
    calendarTitle: 'Erinnerung zum Nachfassen',
    calendarLead: 'Eine ganztägige Erinnerung am {date}, für jede Kalender-App.',
    calendarMissing: 'Wähl in Schritt 4 einen Tag zum Nachfassen, dann bekommst du eine Kalendererinnerung.',
  },
  brief: {
    title: 'Briefing: {name}',
    meeting: 'Treffen',
    how: 'Woher wir uns kennen',
    askedBy: 'Wer gefragt hat',
    askedMe: 'Ich habe um das Treffen gebeten',
    askedThem: '{name} hat mich eingeladen',
    goal: 'Gesprächsziel',
    knowWhy: 'Warum ich die Person kennenlernen möchte',
    whyNow: 'Warum gerade jetzt',
    prepareMe: 'Das bereite ich vor',
    prepareThem: 'Das könnte die andere Person vorbereiten',
    questions: 'Meine Fragen',
    offer: 'Was ich anbieten kann',
    followUp: 'Nachfassen',
    checkGoal: 'Bevor ihr auseinandergeht: Prüf, ob das Gesprächsziel erreicht ist.',
    checkFollowUp: 'Am {date} kurz nachfassen: bedanken und sagen, was du aus dem Rat machst.',
    checkFollowUpSoon: 'Am nächsten Tag kurz nachfassen: bedanken und sagen, was du aus dem Rat machst.',
    file: 'briefing',
  },
  message: {
    greeting: 'Hallo {name},',
    askOpening: 'ich melde mich mit einer kleinen Bitte.',
    askDate: 'Würde am {date} eine halbe Stunde passen – bei einem Kaffee oder am Telefon?',
    askOpen:
      'Wäre in den nächsten Wochen eine halbe Stunde für einen Kaffee oder ein Telefonat möglich? Beim Termin bin ich ganz flexibel.',
    askPrepare: 'Wenn sich vorher ein Moment findet, wäre ich für ein paar Gedanken hierzu dankbar:',
    invitedDate: 'vielen Dank für die Einladung – ich freue mich auf unser Treffen am {date}.',
    invitedOpen: 'vielen Dank für die Einladung – ich freue mich auf unser Treffen.',
    invitedPrepare:
      'Gibt es etwas, das ich vorbereiten oder mir vorher überlegen sollte? Dann kann ich mich gezielt darauf einstellen.',
    signOff: 'Viele Grüße',
  },
  calendar: {
    summary: 'Bei {name} nachfassen',
    description: 'Gesprächsziel: {text}',
    reminder: 'Bedanken und sagen, was du aus dem Rat machst.',
    file: 'nachfassen',
  },
} satisfies UIStrings['worksheet'];

export default worksheet;
