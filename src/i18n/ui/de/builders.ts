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
    clearConfirm: {
      one: 'Deinen Entwurf in diesem Baukasten löschen? Das lässt sich nicht rückgängig machen.',
      other: 'Alle {count} Entwürfe in diesem Baukasten löschen? Das lässt sich nicht rückgängig machen.',
    },
    clearYes: 'Ja, löschen',
    clearNo: 'Behalten',
    cleared: 'Alle Entwürfe gelöscht.',
    deleted: 'Entwurf gelöscht.',
    created: 'Neuer Entwurf angelegt.',
    opened: 'Entwurf geöffnet.',
    full: 'Du hast {count} Entwürfe, mehr behält dieser Baukasten nicht. Lösch einen, um einen neuen anzufangen.',
    storageCorrupt:
      'Deine gespeicherten Entwürfe ließen sich nicht lesen, deshalb beginnt der Baukasten neu. Das Gespeicherte bleibt unangetastet, bis du tippst.',
    storageUnavailable:
      'Dieser Browser erlaubt der Seite nicht, Entwürfe zu speichern. Dein Entwurf bleibt erhalten, bis du die Seite schließt.',
    saveFailed:
      'Deine letzten Änderungen ließen sich in diesem Browser nicht speichern. Kopiere deinen Entwurf, bevor du gehst.',
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
  },
  reconnect: {
    lead: 'Schreib jemandem, von dem du seit Jahren nichts gehört hast: Der Baukasten entwirft eine Mail nach den fünf Schritten der Lektion und prüft dann deine bearbeitete Fassung daran.',
    fields: {
      theirName: {
        label: 'Name der Person',
        hint: 'So, wie du sie ansprichst. Beim „Sie“ mit Anrede und Nachnamen, z. B. Frau Huber; beim „du“ den Vornamen.',
        error: 'Gib den Namen der Person ein.',
      },
      relation: {
        label: 'Woher ihr euch kennt',
        hint: 'Ein Satz in deinen Worten: was ihr zusammen gemacht habt oder eine Erinnerung. Z. B. „Aus deinem Team habe ich mehr mitgenommen, als du ahnst.“',
      },
      years: {
        label: 'Wie lange ist euer letzter Kontakt etwa her?',
        choose: 'Bitte wählen …',
        option: { one: 'Etwa ein Jahr', other: 'Etwa {count} Jahre' },
        error: 'Wähle, wie lange es etwa her ist.',
      },
      news: {
        label: 'Was es Neues bei dir gibt',
        hint: 'Ein bis drei Sätze darüber, was sich beruflich bei dir getan hat.',
        error: 'Schreib in ein, zwei Sätzen, was es Neues bei dir gibt.',
      },
      advice: {
        label: 'Wobei du dir Rat wünschst',
        hint: 'Steht nach „Bei einer Sache würde ich mich sehr über deinen Rat freuen:“. Z. B. „welche Fehler man am Anfang besser vermeidet“.',
        error: 'Schreib, wobei du dir Rat wünschst.',
      },
      offer: {
        label: 'Was du im Gegenzug anbieten kannst',
        hint: 'Steht nach „Was ich dir im Gegenzug bieten kann:“. Z. B. „Kontakte aus dem Maschinenbau“.',
      },
      tone: {
        label: 'Ton',
        options: { warm: 'Herzlich, mit „du“', formal: 'Förmlicher, mit „Sie“' },
        error: 'Wähle einen Ton.',
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
    lead: 'Schreib eine Kontaktanfrage mit höchstens 300 Zeichen, die sagt, warum du dich vernetzen möchtest – oder stattdessen eine erste persönliche Nachricht, wie es die Lektion oft empfiehlt.',
    fields: {
      kind: {
        label: 'Was möchtest du schreiben?',
        options: {
          request: 'Eine Kontaktanfrage (bis 300 Zeichen)',
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
        hint: 'So, wie du sie ansprichst, z. B. Katrin oder Herr Dr. Lang.',
        error: 'Gib den Namen der Person ein.',
      },
      context: {
        label: 'Wo habt ihr euch getroffen?',
        hint: 'Steht in „schön, dass wir uns … getroffen haben“. Z. B. „gestern beim Gründerabend“.',
        error: 'Schreib, wo ihr euch getroffen habt: Das ist der Grund für deine Anfrage.',
      },
      contextNotMet: {
        label: 'Warum möchtest du dich vernetzen?',
        hint: 'Steht nach „ich melde mich, denn“. Z. B. „Ihr Beitrag zur Versorgungssicherheit hat mich angesprochen“.',
        error:
          'Schreib, warum du dich vernetzen möchtest: Eine Anfrage ohne Grund wirkt wie die eines Kontaktsammlers.',
      },
      offer: {
        label: 'Was du bieten kannst',
        hint: 'Steht nach „Was ich dir im Gegenzug bieten kann:“. Z. B. „Erfahrungen mit Förderanträgen“.',
      },
      tone: {
        label: 'Ton',
        options: { warm: 'Freundlich, mit „du“', formal: 'Förmlicher, mit „Sie“' },
        error: 'Wähle einen Ton.',
      },
      yourName: { label: 'Dein Name', hint: 'Für die Unterschrift.' },
    },
    checks: {
      length: {
        label: 'Höchstens 300 Zeichen',
        pass: { one: '{count} von {limit} Zeichen.', other: '{count} von {limit} Zeichen.' },
        fail: {
          one: '{count} Zeichen: mehr als die {limit}, die eine Anfrage erlaubt. Es wird nichts abgeschnitten; kürze selbst.',
          other:
            '{count} Zeichen: mehr als die {limit}, die eine Anfrage erlaubt. Es wird nichts abgeschnitten; kürze selbst.',
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
    },
    body: 'Nachrichtentext',
    copyBody: 'Text kopieren',
  },
  'intro-reply': {
    lead: 'Jemand bietet an, dich vorzustellen. Wähle deine Antwort, und der Baukasten schreibt eine dankbare, ehrliche Antwort im Sinne der Lektion.',
    fields: {
      introducer: {
        label: 'Wer hat die Vorstellung angeboten?',
        hint: 'So, wie du die Person ansprichst, z. B. Matthias.',
        error: 'Gib den Namen der Person ein, die dir das angeboten hat.',
      },
      contact: {
        label: 'Wem möchte sie dich vorstellen?',
        hint: 'Im Dativ, wie im Satz „… dich Frau Petersen vorstellen“, z. B. Frau Petersen oder Jonas.',
        error: 'Gib den Namen der Person ein, der du vorgestellt werden sollst.',
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
        hint: 'Steht nach „Zeit habe ich“. Z. B. „nächste Woche am Dienstag und Donnerstag“.',
      },
      detailLater: {
        label: 'Was steht gerade im Weg?',
        hint: 'Nenn den konkreten Grund, nicht „viel zu tun“. Z. B. „bis Ende nächster Woche bin ich auf der Hannover Messe“.',
      },
      detailDecline: {
        label: 'Warum lehnst du ab?',
        hint: 'Deine berufliche Veränderung in einem Satz. Z. B. „ich orientiere mich weg von der Softwareentwicklung“.',
      },
      later: {
        label: 'Wann meldest du dich wieder?',
        hint: 'Ein konkreter Zeitpunkt. Steht in „Darf ich mich … wieder bei dir melden“. Z. B. „in zwei Wochen“.',
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
        fail: 'Versprich, zu erzählen, wo du landest.',
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
