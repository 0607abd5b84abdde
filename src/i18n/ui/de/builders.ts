import type { UIStrings } from '../en/index.ts';

export default {
  common: {
    drafts: 'Deine Entwürfe',
    savedHint: 'Entwürfe werden beim Tippen in diesem Browser gespeichert, nirgendwo sonst.',
    draftPicker: 'Entwurf öffnen',
    untitled: 'Entwurf ohne Namen',
    newDraft: 'Neuer Entwurf',
    deleteDraft: 'Diesen Entwurf löschen',
    clearAll: 'Alle Entwürfe löschen',
    clearYes: 'Ja, löschen',
    clearNo: 'Behalten',
    cleared: 'Alle Entwürfe gelöscht.',
    deleted: 'Entwurf gelöscht.',
    created: 'Neuer Entwurf angelegt.',
    opened: 'Entwurf geöffnet.',
    full: 'Du hast {count} Entwürfe, mehr behält dieser Baukasten nicht. Lösch einen, um einen neuen anzufangen.',
    storageUnavailable:
      'Dieser Browser erlaubt der Seite nicht, Entwürfe zu speichern. Dein Entwurf bleibt erhalten, bis du die Seite schließt.',
    writerFailed:
      'Der Baukasten konnte den Wortlaut für deinen Entwurf nicht laden. Prüf deine Verbindung und versuch es noch einmal; deine Antworten bleiben erhalten.',
    // Gespeicherte Arbeit (Speicher, Rückgängig): mit dem Speichern je Eintrag in src/lib/storage.ts hinzugekommen.
    limit: 'Dieser Baukasten behält bis zu {max} Entwürfe, du hast {count}.',
    clearConfirmUndo: {
      one: 'Deinen Entwurf in diesem Baukasten löschen? Direkt danach kannst du es noch rückgängig machen.',
      other: 'Alle {count} Entwürfe in diesem Baukasten löschen? Direkt danach kannst du es noch rückgängig machen.',
    },
    restored: 'Die gelöschten Entwürfe sind wieder da.',
    undo: 'Rückgängig',
    deletedElsewhere: 'Der Entwurf „{name}“ wurde in einem anderen Tab gelöscht.',
    saveFull:
      'Deine letzten Änderungen ließen sich nicht speichern: Der Speicher dieses Browsers ist voll. Kopiere deinen Entwurf, bevor du gehst.',
    answers: 'Deine Angaben',
    optional: '(freiwillig)',
    errorPrefix: 'Fehler:',
    errorTitle: 'Da fehlt noch etwas',
    write: 'Entwurf schreiben',
    rewrite: 'Entwurf neu schreiben',
    rewriteHint: 'Neu schreiben ersetzt den Entwurf unten, samt deinen Änderungen.',
    draft: 'Dein Entwurf',
    written: 'Entwurf geschrieben. Du kannst ihn unten bearbeiten.',
    editHint: 'Bearbeite ihn nach Belieben: Die Prüfungen unten lesen den Entwurf so, wie er jetzt ist.',
    subject: 'Betreffzeile',
    checks: 'Prüfungen',
    checksLead: 'Worauf eine sorgfältige Lektorin achten würde, nach den Regeln der Lektion.',
    pass: 'Erledigt',
    fail: 'Offen',
    summary: { one: '{count} von {total} Prüfungen erledigt.', other: '{count} von {total} Prüfungen erledigt.' },
    stillToDo: 'Noch offen: {list}.',
    flagged: 'Markiert: {list}.',
    quote: '„{text}“',
    preview: 'Dein Entwurf mit den markierten Wörtern',
    send: 'Abschicken',
    copied: 'Kopiert. Füge den Text dort ein, wo du die Nachricht schreibst.',
    copyFailed: 'Kopieren hat nicht geklappt. Markiere den Text und kopiere ihn von Hand.',
    left: { one: 'noch {count} Zeichen', other: 'noch {count} Zeichen' },
    over: { one: '{count} Zeichen zu viel', other: '{count} Zeichen zu viel' },
    leftRecommended: {
      one: 'noch {count} Zeichen bis zur empfohlenen Länge von {limit}',
      other: 'noch {count} Zeichen bis zur empfohlenen Länge von {limit}',
    },
    overRecommended: {
      one: '{count} Zeichen über der empfohlenen Länge von {limit}; senden lässt es sich trotzdem',
      other: '{count} Zeichen über der empfohlenen Länge von {limit}; senden lässt es sich trotzdem',
    },
  },
  reconnect: {
    lead: 'Schreib jemandem, von dem du seit Jahren nichts gehört hast: Der Baukasten entwirft eine Mail nach den fünf Schritten der Lektion und prüft dann deine bearbeitete Fassung daran.',
    fields: {
      theirName: {
        label: 'Name der Person',
        hint: 'So, wie du sie ansprichst: beim „Sie“ mit Anrede und Nachnamen, z. B. Frau Huber oder Herr Dr. Berger, beim „du“ mit dem Vornamen. Herr, Frau oder ein Titel stellt die Anrede unten auf „Sie“.',
        error: 'Gib den Namen der Person ein.',
      },
      relationship: {
        label: 'Wer war die Person für dich?',
        hint: 'Davon hängen Anrede und Gruß ab.',
        options: {
          manager: 'Frühere Chefin, früherer Chef oder Mentor',
          colleague: 'Frühere Kollegin oder früherer Kollege',
          other: 'Jemand, den ich weniger gut kannte, etwa aus einem Projekt oder dem Studium',
        },
        error: 'Wähle, wer die Person für dich war.',
      },
      years: {
        label: 'Wie lange ist euer letzter Kontakt etwa her?',
        choose: 'Bitte wählen …',
        option: { one: 'Etwa ein Jahr', other: 'Etwa {count} Jahre' },
        error: 'Wähle, wie lange es etwa her ist.',
      },
      memory: {
        label: 'Eine Erinnerung oder etwas, das du von der Person mitgenommen hast',
        hint: 'Ein Satz in deinen Worten, z. B. „Aus deinem Team habe ich mehr mitgenommen, als du ahnst.“',
      },
      news: {
        label: 'Was es Neues bei dir gibt',
        hint: 'Ein, zwei ganze Sätze über dein Berufsleben seitdem, z. B. „Inzwischen leite ich das Projektbüro in Stuttgart.“',
        error: 'Schreib in ein, zwei Sätzen, was es Neues bei dir gibt.',
      },
      advice: {
        label: 'Wobei du dir Rat wünschst',
        hint: 'Ein Satz oder eine Frage, z. B. „Ich führe gerade ein neues Reporting-System ein und frage mich, welche Fehler man am Anfang besser vermeidet.“ Danach fragt die Mail nach einem kurzen Telefonat.',
        error: 'Schreib in einem Satz, wobei du dir Rat wünschst.',
      },
      offer: {
        label: 'Was du im Gegenzug anbieten kannst',
        hint: 'Ein Satz, z. B. „Mit Kontakten im Maschinenbau helfe ich gern weiter.“ Ohne ihn bietet die Mail allgemein Hilfe an.',
      },
      tone: {
        label: 'Anrede',
        hint: 'Folgt dem Namen: Herr, Frau oder ein Titel heißt „Sie“. Ändere sie, wenn ihr euch anders ansprecht.',
        options: { warm: 'Per du', formal: 'Per Sie' },
        error: 'Wähle „du“ oder „Sie“.',
      },
      yourName: { label: 'Dein Name', hint: 'Für die Grußformel.', error: 'Gib deinen Namen für die Grußformel ein.' },
    },
    checks: {
      'subject-silence': {
        label: 'Der Betreff spricht die lange Pause an',
        pass: 'Es ist sofort klar, dass einige Zeit vergangen ist.',
        fail: 'Sag schon in der Betreffzeile, dass es lange her ist, z. B. „Vier Jahre später – und eine Frage“.',
      },
      silence: {
        label: 'Die Mail spricht die Funkstille an',
        pass: 'Du benennst die Pause, statt so zu tun, als hättet ihr euch letzten Monat gesprochen.',
        fail: 'Sag offen, wie lange es her ist: Ein Satz nimmt die Schwere.',
      },
      personal: {
        label: 'Eine persönliche Note',
        pass: 'Es gibt eine Erinnerung oder ein freundliches Wort.',
        fail: 'Ergänze eine gemeinsame Erinnerung oder ein freundliches Wort, so persönlich, wie es eure Beziehung erlaubt.',
      },
      update: {
        label: 'Ein kurzes Update',
        pass: 'Du erzählst knapp, was du heute machst.',
        fail: 'Ergänze ein, zwei Sätze dazu, was beruflich bei dir passiert ist.',
      },
      advice: {
        label: 'Du bittest um Rat',
        pass: 'Du fragst nach einer Einschätzung, nicht nach einer Lösung für dein Problem.',
        fail: 'Bitte um Rat oder eine Einschätzung, z. B. „Ich würde mich über deinen Rat freuen …“.',
      },
      pressure: {
        label: 'Nichts klingt verzweifelt oder drängend',
        pass: 'Selbstbewusst und ohne Druck.',
        fail: 'Einige Wörter setzen die andere Person unter Druck. Formuliere die Bitte leicht und lass ihr die Wahl.',
      },
      out: {
        label: 'Dein Gegenüber bekommt einen Ausweg',
        pass: 'Du machst es leicht, Nein zu sagen.',
        fail: 'Sag, dass du es verstehst, wenn es nicht passt, z. B. „Wenn es gerade nicht passt, ist das völlig in Ordnung.“',
      },
      offer: {
        label: 'Du bietest Hilfe im Gegenzug an',
        pass: 'Die Mail ist ein Austausch, nicht nur eine Bitte.',
        fail: 'Biete deine Hilfe im Gegenzug an, und sei es in einem Satz.',
      },
      length: {
        label: 'Kurz genug fürs Handy',
        pass: {
          one: '{count} Wort: passt auf einen Handybildschirm.',
          other: '{count} Wörter: passt auf ein, zwei Handybildschirme.',
        },
        fail: {
          one: '{count} Wort: kürze auf etwa {limit}.',
          other: '{count} Wörter: kürze auf etwa {limit}, damit sie sich auf dem Handy lesen lässt.',
        },
      },
    },
    body: 'Mailtext',
    copyBody: 'Mail kopieren',
    copySubject: 'Betreff kopieren',
    copyBoth: 'Betreff und Mail kopieren',
    mailto: 'In meinem Mailprogramm öffnen',
    mailtoHint: 'Öffnet eine neue Mail mit Betreff und Text. Die Adresse trägst du dort ein.',
  },
  'contact-request': {
    lead: 'Schreib eine Kontaktanfrage, die sagt, warum du dich vernetzen möchtest, in der Länge, die dein Netzwerk erlaubt (200 Zeichen bei einem kostenlosen LinkedIn-Konto) – oder stattdessen eine erste persönliche Nachricht, wie es die Lektion oft empfiehlt.',
    fields: {
      platform: {
        label: 'Wohin schickst du sie?',
        hint: 'Die Zeichengrenzen entsprechen dem Stand vom {date}; maßgeblich ist der Zeichenzähler im Netzwerk selbst. Mit einem kostenlosen LinkedIn-Konto kannst du außerdem nur wenige Einladungen pro Monat mit Notiz verschicken. Ist das Kontingent aufgebraucht, schick die Anfrage ohne Notiz – oder wähle hier „E-Mail (eine erste Nachricht mit Betreff)“.',
        options: {
          linkedin: 'LinkedIn, kostenloses Konto (eine Notiz mit bis zu {limit} Zeichen)',
          'linkedin-premium': 'LinkedIn Premium (eine Notiz mit bis zu {limit} Zeichen)',
          xing: 'XING (eine Notiz mit bis zu {limit} Zeichen)',
          email: 'E-Mail (eine erste Nachricht mit Betreff)',
          other: 'Ein anderes Netzwerk (wir empfehlen höchstens {limit} Zeichen)',
        },
        error: 'Wähle, wohin du sie schickst.',
      },
      kind: {
        label: 'Was möchtest du schreiben?',
        options: {
          request: 'Eine Kontaktanfrage mit kurzer Notiz',
          message: 'Stattdessen eine erste persönliche Nachricht',
        },
        error: 'Wähle, was du schreiben möchtest.',
      },
      met: {
        label: 'Habt ihr euch schon getroffen?',
        options: { yes: 'Ja, wir haben uns getroffen', no: 'Nein, noch nicht' },
        error: 'Gib an, ob ihr euch schon getroffen habt.',
      },
      theirName: {
        label: 'Name der Person',
        hint: 'So, wie du sie ansprichst, z. B. Katrin oder Herr Dr. Lang. Herr, Frau oder ein Titel stellt die Anrede unten auf „Sie“.',
        error: 'Gib den Namen der Person ein.',
      },
      about: {
        label: 'Wer du bist',
        hint: 'Ein Satz, der dich vorstellt, z. B. „Ich leite den Einkauf eines Zulieferers.“',
        error: 'Schreib in einem Satz, wer du bist: Die Person kennt dich noch nicht.',
      },
      reasonMet: {
        label: 'Was dir von eurem Treffen in Erinnerung ist',
        hint: 'Der Satz, mit dem deine Notiz beginnt, z. B. „Schön, dass wir uns gestern beim Gründerabend kennengelernt haben.“',
        error: 'Schreib in einem Satz, wo ihr euch getroffen habt: Das ist der Grund für deine Anfrage.',
      },
      reasonNotMet: {
        label: 'Warum du der Person schreibst',
        hint: 'Ein Satz, z. B. „Ihr Beitrag zu Lieferengpässen hat mich überzeugt.“',
        error:
          'Schreib in einem Satz, warum du dich meldest: Eine Anfrage ohne Grund wirkt wie die eines Kontaktsammlers.',
      },
      hope: {
        label: 'Was du dir erhoffst',
        hint: 'Ein Satz, z. B. „Ich würde gern verstehen, wie Sie Zweitlieferanten bewerten.“ Ohne ihn sagt die Notiz, dass du gern in Kontakt bleibst oder, bei jemandem, den du nicht kennst, dass du dich gern vernetzt.',
      },
      offer: {
        label: 'Was du bieten kannst',
        hint: 'Ein Satz, z. B. „Dafür teile ich unsere Daten.“',
        error:
          'Schreib in einem Satz, was du bieten kannst: Wer dich nicht kennt, sollte erfahren, was du für ihn tun könntest.',
      },
      tone: {
        label: 'Anrede',
        hint: 'Folgt dem Namen: Herr, Frau oder ein Titel heißt „Sie“. Ändere sie, wenn ihr euch anders ansprecht.',
        options: { warm: 'Per du', formal: 'Per Sie' },
        error: 'Wähle „du“ oder „Sie“.',
      },
      yourName: {
        label: 'Dein Name',
        hint: 'Für die Unterschrift.',
        error: 'Gib deinen Namen ein: Wer dich nicht kennt, soll sehen, wer schreibt.',
      },
    },
    checks: {
      length: {
        label: 'Innerhalb der Grenze der Notiz',
        pass: { one: '{count} von {limit} Zeichen.', other: '{count} von {limit} Zeichen.' },
        fail: {
          one: '{count} Zeichen: mehr als die {limit}, die dieses Netzwerk erlaubt. Es wird nichts abgeschnitten; kürze selbst.',
          other:
            '{count} Zeichen: mehr als die {limit}, die dieses Netzwerk erlaubt. Es wird nichts abgeschnitten; kürze selbst.',
        },
      },
      recommended: {
        label: 'Innerhalb der empfohlenen Länge',
        pass: { one: '{count} von empfohlenen {limit} Zeichen.', other: '{count} von empfohlenen {limit} Zeichen.' },
        fail: {
          one: '{count} Zeichen: mehr als die {limit}, die wir empfehlen. Senden lässt es sich trotzdem, aber eine kurze Notiz wird gelesen.',
          other:
            '{count} Zeichen: mehr als die {limit}, die wir empfehlen. Senden lässt es sich trotzdem, aber eine kurze Notiz wird gelesen.',
        },
      },
      short: {
        label: 'Kurz und auf den Punkt',
        pass: { one: '{count} Wort.', other: '{count} Wörter: schnell gelesen.' },
        fail: { one: '{count} Wort.', other: '{count} Wörter: etwa {limit} reichen.' },
      },
      reason: {
        label: 'Du sagst, warum',
        pass: 'Der Grund für den Kontakt steht drin.',
        fail: 'Schreib, wo ihr euch getroffen habt oder warum du dich meldest: Ohne Grund wirkt eine Anfrage wie die eines Kontaktsammlers.',
      },
      vague: {
        label: 'Keine vagen Versprechen',
        pass: 'Kein leeres Gerede von „Win-win“.',
        fail: 'Solche vagen Versprechen machen misstrauisch. Sag konkret, was du dir erhoffst und was du bietest.',
      },
      offer: {
        label: 'Du sagst, was du bieten kannst',
        pass: 'Dein Gegenüber sieht, was es davon hätte.',
        fail: 'Wer dich noch nicht kennt, sollte erfahren, was du für ihn tun könntest.',
      },
      intro: {
        label: 'Du sagst, wer du bist',
        pass: 'Die Person erfährt, wer schreibt.',
        fail: 'Schreib einen Satz dazu, wer du bist: Wer dich nicht kennt, möchte wissen, wer schreibt.',
      },
      hope: {
        label: 'Du sagst, was du dir erhoffst',
        pass: 'Die Person weiß, was du dir wünschst.',
        fail: 'Schreib, was du dir erhoffst, etwa zu hören, wie sie etwas angeht, woran ihr beide arbeitet.',
      },
    },
    body: 'Nachrichtentext',
    copyBody: 'Text kopieren',
    copySubject: 'Betreff kopieren',
    copyBoth: 'Betreff und Mail kopieren',
    mailto: 'In meinem Mailprogramm öffnen',
    mailtoHint: 'Öffnet eine neue Mail mit Betreff und Text. Die Adresse fügst du dort ein.',
  },
  'intro-reply': {
    lead: 'Jemand bietet an, dich vorzustellen. Wähle deine Antwort, und der Baukasten schreibt eine dankbare, ehrliche Antwort im Sinne der Lektion.',
    fields: {
      introducer: {
        label: 'Wer hat die Vorstellung angeboten?',
        hint: 'So, wie du die Person ansprichst, z. B. Matthias oder Herr Kaiser. Herr, Frau oder ein Titel stellt die Anrede unten auf „Sie“.',
        error: 'Gib den Namen der Person ein, die dir das angeboten hat.',
      },
      contact: {
        label: 'Wem möchte sie dich vorstellen?',
        hint: 'So, wie du den Namen schreiben würdest, z. B. Frau Petersen oder Herr Dr. Berger. Die Antwort setzt ihn selbst in den richtigen Fall.',
        error: 'Gib den Namen der Person ein, der du vorgestellt werden sollst.',
      },
      tone: {
        label: 'Anrede',
        hint: 'Folgt dem Namen: Herr, Frau oder ein Titel heißt „Sie“. Ändere sie, wenn ihr euch anders ansprecht.',
        options: { warm: 'Per du', formal: 'Per Sie' },
        error: 'Wähle „du“ oder „Sie“.',
      },
      decision: {
        label: 'Deine Entscheidung',
        options: {
          'accept-now': 'Sofort zusagen',
          'accept-later': 'Zusagen und einen späteren Zeitpunkt vorschlagen',
          decline: 'Dankend ablehnen',
        },
        error: 'Wähle deine Entscheidung.',
      },
      detailNow: {
        label: 'Wann hast du Zeit?',
        hint: 'Ein Satz, z. B. „Nächste Woche habe ich am Dienstag und am Donnerstag Zeit.“',
      },
      detailLater: {
        label: 'Was steht gerade im Weg?',
        hint: 'Nenn den konkreten Grund in einem Satz, nicht „viel zu tun“, z. B. „Bis Ende nächster Woche bin ich auf der Hannover Messe.“',
        error:
          'Schreib in einem Satz, was im Weg steht: Ein konkreter Grund wirkt wie Planung, „keine Zeit“ wie Abwimmeln.',
      },
      detailDecline: {
        label: 'Warum lehnst du ab?',
        hint: 'Deine berufliche Veränderung in einem Satz, z. B. „Ich mache eine Ausbildung zur Erzieherin.“',
      },
      change: {
        label: 'Steht der Wechsel fest?',
        options: { considering: 'Ich denke noch darüber nach', decided: 'Ja, er steht fest' },
        error: 'Gib an, ob der Wechsel feststeht.',
      },
      later: {
        label: 'Wann meldest du dich wieder?',
        hint: 'Wenn das, was im Weg steht, vorbei ist: nach einem vierwöchigen Produktstart etwa in sechs Wochen.',
        choose: 'Bitte wählen …',
        options: {
          '1': 'In einer Woche',
          '2': 'In zwei Wochen',
          '3': 'In drei Wochen',
          '4': 'In vier Wochen',
          '6': 'In sechs Wochen',
          '8': 'In acht Wochen',
          date: 'An einem Tag, den ich wähle',
        },
        error: 'Wähle, wann du dich wieder meldest.',
      },
      laterDate: {
        label: 'An welchem Tag?',
        hint: 'Die Antwort nennt Wochentag und Datum.',
        error: 'Wähle den Tag, an dem du dich wieder meldest.',
      },
      name: { label: 'Dein Name', hint: 'Für die Grußformel.' },
    },
    checks: {
      thanks: {
        label: 'Du bedankst dich',
        pass: 'Die vermittelnde Person hört, dass du das Angebot schätzt.',
        fail: 'Bedank dich: Das Angebot ist ein Gefallen.',
      },
      busy: {
        label: 'Kein „keine Zeit“',
        pass: 'Nichts klingt nach Abwimmeln.',
        fail: 'Das klingt, als wäre deine Zeit wichtiger als ihre. Nenn stattdessen den konkreten Grund und einen Termin.',
      },
      availability: {
        label: 'Du sagst, wie ihr zusammenkommt',
        pass: 'Man weiß, wann du Zeit hast oder wie man dich erreicht.',
        fail: 'Schreib, wann du Zeit hast, oder biete an, dass deine Mailadresse weitergegeben wird.',
      },
      constraint: {
        label: 'Du nennst den Grund',
        pass: 'Ein konkreter Grund wirkt wie Planung.',
        fail: 'Nenn, was im Weg steht: eine Reise, eine Frist, ein Umzug.',
      },
      concrete: {
        label: 'Du schlägst einen konkreten späteren Zeitpunkt vor',
        pass: 'Die Zusage ist echt: Es gibt einen Zeitpunkt, an dem du dich meldest.',
        fail: 'Schlag einen konkreten Zeitpunkt vor, etwa ein Datum oder „in zwei Wochen“.',
      },
      reason: {
        label: 'Du nennst den wahren Grund',
        pass: 'Die vermittelnde Person versteht, warum.',
        fail: 'Sag in einem Satz, dass du dich beruflich neu orientierst.',
      },
      respect: {
        label: 'Du respektierst die Zeit des Kontakts',
        pass: 'Du zeigst, dass du niemandem die Zeit stehlen willst.',
        fail: 'Schreib, dass du die Zeit der Person nicht beanspruchen möchtest, solange es dich woandershin zieht.',
      },
      posted: {
        label: 'Du hältst sie auf dem Laufenden',
        pass: 'Die Tür bleibt offen.',
        fail: 'Versprich, zu erzählen, wie es weitergeht.',
      },
    },
    body: 'Antworttext',
    copyBody: 'Antwort kopieren',
  },
  page: {
    fromLesson: 'Aus der Lektion',
    needsScript:
      'Der Baukasten läuft mit JavaScript in deinem Browser. Bis er geladen ist oder wenn JavaScript aus ist, kopierst du eines der Beispiele aus der Lektion unten und passt es von Hand an.',
    examples: 'Beispiele aus der Lektion zum Anpassen von Hand',
  },
} satisfies UIStrings['builders'];
