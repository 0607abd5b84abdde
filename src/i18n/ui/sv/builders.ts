import type { UIStrings } from '../en/index.ts';

export default {
  common: {
    drafts: 'Dina utkast',
    savedHint: 'Utkasten sparas medan du skriver, i den här webbläsaren och ingen annanstans.',
    draftPicker: 'Öppna ett utkast',
    untitled: 'Namnlöst utkast',
    newDraft: 'Nytt utkast',
    deleteDraft: 'Radera det här utkastet',
    clearAll: 'Radera alla utkast',
    clearConfirm: {
      one: 'Radera ditt utkast i det här verktyget? Det går inte att ångra.',
      other: 'Radera alla {count} utkast i det här verktyget? Det går inte att ångra.',
    },
    clearYes: 'Ja, radera',
    clearNo: 'Behåll dem',
    cleared: 'Alla utkast raderade.',
    deleted: 'Utkastet raderat.',
    created: 'Nytt utkast påbörjat.',
    opened: 'Utkastet öppnat.',
    full: 'Du har {count} utkast, så många som verktyget sparar. Radera ett för att börja på ett nytt.',
    storageCorrupt:
      'Dina sparade utkast gick inte att läsa, så verktyget börjar om. Det sparade lämnas orört tills du skriver.',
    storageUnavailable:
      'Den här webbläsaren låter inte sidan spara utkast. Ditt utkast finns kvar tills du stänger sidan.',
    saveFailed: 'Dina senaste ändringar gick inte att spara i den här webbläsaren. Kopiera utkastet innan du går.',
    // Sparat arbete (lagring, ångra): kom till med lagringen per post i src/lib/storage.ts.
    limit: 'Verktyget sparar upp till {max} utkast, och du har {count}.',
    clearConfirmUndo: {
      one: 'Radera ditt utkast i det här verktyget? Du kan ångra det direkt efteråt.',
      other: 'Radera alla {count} utkast i det här verktyget? Du kan ångra det direkt efteråt.',
    },
    restored: 'De raderade utkasten är tillbaka.',
    undo: 'Ångra',
    deletedElsewhere: 'Utkastet ”{name}” raderades i en annan flik.',
    saveFull:
      'Dina senaste ändringar gick inte att spara: webbläsarens lagring är full. Kopiera utkastet innan du går.',
    answers: 'Dina svar',
    optional: '(valfritt)',
    errorPrefix: 'Fel:',
    errorTitle: 'Något saknas',
    write: 'Skriv mitt utkast',
    rewrite: 'Skriv utkastet igen',
    rewriteHint: 'Att skriva om ersätter utkastet nedan, dina ändringar också.',
    draft: 'Ditt utkast',
    written: 'Utkastet är skrivet. Du kan redigera det nedan.',
    editHint: 'Redigera fritt: kontrollerna nedan läser utkastet som det ser ut nu.',
    subject: 'Ämnesrad',
    checks: 'Kontroller',
    checksLead: 'Det en noggrann redaktör skulle titta efter, enligt lektionen.',
    pass: 'Klart',
    fail: 'Att göra',
    summary: { one: '{count} av {total} kontroller klara.', other: '{count} av {total} kontroller klara.' },
    stillToDo: 'Kvar att göra: {list}.',
    flagged: 'Markerat: {list}.',
    quote: '”{text}”',
    preview: 'Ditt utkast med de markerade orden framhävda',
    send: 'Skicka',
    copied: 'Kopierat. Klistra in texten där du skriver meddelandet.',
    copyFailed: 'Det gick inte att kopiera. Markera texten och kopiera den själv.',
    left: { one: '{count} tecken kvar', other: '{count} tecken kvar' },
    over: { one: '{count} tecken för mycket', other: '{count} tecken för mycket' },
  },
  reconnect: {
    lead: 'Skriv till någon du inte har pratat med på flera år: verktyget gör ett utkast till ett mejl som följer lektionens fem steg och kontrollerar sedan din redigerade version mot dem.',
    fields: {
      theirName: {
        label: 'Mottagarens namn',
        hint: 'Som du hälsar på hen, t.ex. Göran.',
        error: 'Skriv mottagarens namn.',
      },
      relation: {
        label: 'Hur ni känner varandra',
        hint: 'En mening med dina egna ord: vad ni gjorde tillsammans eller ett minne. T.ex. ”Jag tänker fortfarande på hur du lärde mig att läsa ett avtal från slutet.”',
      },
      years: {
        label: 'Ungefär hur länge sedan hördes ni?',
        choose: 'Välj …',
        option: { one: 'Ungefär ett år', other: 'Ungefär {count} år' },
        error: 'Välj ungefär hur länge sedan det var.',
      },
      news: {
        label: 'Vad som är nytt hos dig',
        hint: 'En till tre rader om ditt arbetsliv sedan dess.',
        error: 'Skriv på en rad eller två vad som är nytt hos dig.',
      },
      advice: {
        label: 'Vad du vill ha råd om',
        hint: 'Kommer efter ”Det finns en sak som jag gärna skulle vilja ha ditt råd om:”. T.ex. ”hur du hittade dina första kunder”.',
        error: 'Skriv vad du vill ha råd om.',
      },
      offer: {
        label: 'Vad du kan erbjuda i gengäld',
        hint: 'Kommer efter ”erbjuder jag gärna”. T.ex. ”kontakter bland leverantörer i Asien”.',
      },
      tone: {
        label: 'Ton',
        options: { warm: 'Varm, som mellan gamla kollegor', formal: 'Lite mer formell' },
        error: 'Välj en ton.',
      },
      yourName: { label: 'Ditt namn', hint: 'Till underskriften.', error: 'Skriv ditt namn till underskriften.' },
    },
    checks: {
      'subject-silence': {
        label: 'Ämnesraden nämner den långa tystnaden',
        pass: 'Det syns direkt att det har gått ett tag.',
        fail: 'Skriv redan i ämnesraden att det var länge sedan, t.ex. ”Fyra år sedan sist – och en fråga”.',
      },
      silence: {
        label: 'Mejlet nämner tystnaden',
        pass: 'Du tar upp uppehållet i stället för att låtsas att ni hördes förra månaden.',
        fail: 'Säg öppet hur länge sedan det var: en rad räcker för att lätta på stämningen.',
      },
      personal: {
        label: 'En personlig ton',
        pass: 'Det finns ett minne eller ett varmt ord.',
        fail: 'Lägg till ett gemensamt minne eller ett varmt ord, så personligt som er gamla relation tillåter.',
      },
      update: {
        label: 'En kort uppdatering',
        pass: 'Du berättar kort vad du gör nu.',
        fail: 'Lägg till en rad eller två om ditt arbetsliv sedan ni hördes.',
      },
      advice: {
        label: 'Du ber om råd',
        pass: 'Du ber om hens syn, inte om att hen ska lösa ditt problem.',
        fail: 'Be om råd eller om hens syn, t.ex. ”Jag skulle gärna vilja ha ditt råd om …”.',
      },
      pressure: {
        label: 'Inget låter desperat eller påträngande',
        pass: 'Självsäkert och utan press.',
        fail: 'Några ord sätter press på mottagaren. Håll frågan lätt och låt hen välja.',
      },
      out: {
        label: 'Mottagaren får en utväg',
        pass: 'Du gör det lätt att säga nej.',
        fail: 'Skriv att du förstår om hen inte kan hjälpa till, t.ex. ”passar det inte just nu är det helt okej”.',
      },
      offer: {
        label: 'Du erbjuder hjälp i gengäld',
        pass: 'Mejlet blir ett utbyte, inte bara en begäran.',
        fail: 'Erbjud din hjälp i gengäld, om så bara i en mening.',
      },
      length: {
        label: 'Kort nog att läsa i mobilen',
        pass: {
          one: '{count} ord: får plats på en mobilskärm.',
          other: '{count} ord: får plats på en eller två mobilskärmar.',
        },
        fail: {
          one: '{count} ord: korta till ungefär {limit}.',
          other: '{count} ord: korta till ungefär {limit} så att det går att läsa i mobilen.',
        },
      },
    },
    body: 'Mejltext',
    copyBody: 'Kopiera mejlet',
    copySubject: 'Kopiera ämnesraden',
    copyBoth: 'Kopiera ämnesrad och mejl',
    mailto: 'Öppna i mitt mejlprogram',
    mailtoHint: 'Öppnar ett nytt mejl med ämnesraden och texten ifyllda. Lägg till adressen där.',
  },
  'contact-request': {
    lead: 'Skriv en kontaktförfrågan på högst 300 tecken som säger varför du vill knyta kontakt, eller i stället ett första personligt meddelande, som lektionen ofta rekommenderar.',
    fields: {
      kind: {
        label: 'Vad vill du skriva?',
        options: {
          request: 'En kontaktförfrågan (högst 300 tecken)',
          message: 'I stället ett första personligt meddelande',
        },
        error: 'Välj vad du vill skriva.',
      },
      met: {
        label: 'Har ni träffats?',
        options: { yes: 'Ja, vi har träffats', no: 'Nej, inte än' },
        error: 'Ange om ni har träffats.',
      },
      theirName: {
        label: 'Mottagarens namn',
        hint: 'Som du hälsar på hen, t.ex. Anders.',
        error: 'Skriv mottagarens namn.',
      },
      context: {
        label: 'Var träffades ni?',
        hint: 'Kommer efter ”Trevligt att ses”. T.ex. ”på seminariet i Uppsala”.',
        error: 'Skriv var ni träffades: det är skälet till din förfrågan.',
      },
      contextNotMet: {
        label: 'Varför vill du knyta kontakt?',
        hint: 'Kommer efter ”Jag hör av mig eftersom”. T.ex. ”jag har följt ert arbete med klimatneutrala fastigheter”.',
        error: 'Skriv varför du vill knyta kontakt: en förfrågan utan skäl ser ut att komma från en kontaktsamlare.',
      },
      offer: {
        label: 'Vad du kan erbjuda',
        hint: 'Kommer efter ”erbjuda”. T.ex. ”data från ett trettiotal projekt”.',
      },
      tone: {
        label: 'Ton',
        options: { warm: 'Vänlig', formal: 'Lite mer formell' },
        error: 'Välj en ton.',
      },
      yourName: { label: 'Ditt namn', hint: 'Till underskriften.' },
    },
    checks: {
      length: {
        label: 'Högst 300 tecken',
        pass: { one: '{count} av {limit} tecken.', other: '{count} av {limit} tecken.' },
        fail: {
          one: '{count} tecken: fler än de {limit} som en förfrågan rymmer. Inget klipps bort; korta själv.',
          other: '{count} tecken: fler än de {limit} som en förfrågan rymmer. Inget klipps bort; korta själv.',
        },
      },
      short: {
        label: 'Kort och koncist',
        pass: { one: '{count} ord.', other: '{count} ord: snabbt att läsa.' },
        fail: { one: '{count} ord.', other: '{count} ord: sikta på ungefär {limit}.' },
      },
      reason: {
        label: 'Du säger varför',
        pass: 'Skälet till kontakten finns med.',
        fail: 'Skriv var ni träffades eller varför du hör av dig: utan skäl ser förfrågan ut att komma från en kontaktsamlare.',
      },
      vague: {
        label: 'Inga vaga löften',
        pass: 'Inget tomt prat om win-win.',
        fail: 'Vaga löften som dessa gör folk misstänksamma. Säg konkret vad du hoppas på och vad du erbjuder.',
      },
      offer: {
        label: 'Du säger vad du kan erbjuda',
        pass: 'Mottagaren ser vad hen kan få ut av det.',
        fail: 'Den som inte känner dig än bör få veta vad du kan göra för hen.',
      },
    },
    body: 'Meddelandetext',
    copyBody: 'Kopiera texten',
  },
  'intro-reply': {
    lead: 'Någon har erbjudit sig att introducera dig. Välj ditt svar, så skriver verktyget ett tacksamt och ärligt svar i lektionens anda.',
    fields: {
      introducer: {
        label: 'Vem erbjöd introduktionen?',
        hint: 'Som du hälsar på hen, t.ex. Johan.',
        error: 'Skriv namnet på den som erbjöd introduktionen.',
      },
      contact: {
        label: 'Vem ville hen introducera dig för?',
        hint: 'T.ex. Karin Holm.',
        error: 'Skriv namnet på personen du skulle introduceras för.',
      },
      decision: {
        label: 'Ditt beslut',
        options: {
          'accept-now': 'Tacka ja direkt',
          'accept-later': 'Tacka ja och föreslå en senare tidpunkt',
          decline: 'Tacka nej med tack',
        },
        error: 'Välj ditt beslut.',
      },
      detailNow: {
        label: 'När har du tid?',
        hint: 'Kommer efter ”Jag har tid”. T.ex. ”tisdag eller torsdag förmiddag nästa vecka”.',
      },
      detailLater: {
        label: 'Vad står i vägen just nu?',
        hint: 'Nämn det konkreta hindret, inte bara att du har mycket. T.ex. ”på fredag lämnar vi in ett tävlingsförslag”.',
      },
      detailDecline: {
        label: 'Varför tackar du nej?',
        hint: 'Förändringen du gör, i en mening. T.ex. ”jag vill lämna ekonomiyrket och börja om som snickare”.',
      },
      later: {
        label: 'När hör du av dig igen?',
        hint: 'En konkret tidpunkt. Kommer efter ”Går det bra att jag hör av mig”. T.ex. ”om två veckor”.',
      },
      name: { label: 'Ditt namn', hint: 'Till underskriften.' },
    },
    checks: {
      thanks: {
        label: 'Du tackar',
        pass: 'Förmedlaren hör att du uppskattar erbjudandet.',
        fail: 'Tacka förmedlaren: erbjudandet är en tjänst.',
      },
      busy: {
        label: 'Inget ”har inte tid”',
        pass: 'Inget som låter som ett avfärdande.',
        fail: 'Det här låter som om din tid vore viktigare än förmedlarens. Nämn i stället det verkliga hindret och en tidpunkt.',
      },
      availability: {
        label: 'Du säger hur ni kan ses',
        pass: 'Det framgår när du har tid eller hur man når dig.',
        fail: 'Skriv när du har tid, eller be förmedlaren skicka vidare din mejladress.',
      },
      constraint: {
        label: 'Du nämner hindret',
        pass: 'Ett konkret hinder låter som planering.',
        fail: 'Nämn vad som står i vägen: en resa, en deadline, en flytt.',
      },
      concrete: {
        label: 'Du föreslår en konkret senare tidpunkt',
        pass: 'Ditt ja är på riktigt: det finns en tidpunkt att återkomma till.',
        fail: 'Föreslå en konkret tidpunkt, till exempel ett datum eller ”om två veckor”.',
      },
      reason: {
        label: 'Du ger det verkliga skälet',
        pass: 'Förmedlaren förstår varför.',
        fail: 'Skriv i en mening att du håller på att byta bana.',
      },
      respect: {
        label: 'Du respekterar den andras tid',
        pass: 'Du visar att du inte vill ta någons tid i onödan.',
        fail: 'Skriv att du inte vill ta hens tid när du är på väg åt ett annat håll.',
      },
      posted: {
        label: 'Du håller förmedlaren uppdaterad',
        pass: 'Dörren står öppen.',
        fail: 'Lova att berätta var du landar.',
      },
    },
    body: 'Svarstext',
    copyBody: 'Kopiera svaret',
  },
  page: {
    fromLesson: 'Från lektionen',
    needsScript:
      'Verktyget körs i din webbläsare med JavaScript. Tills det har laddats, eller om JavaScript är avstängt, kan du kopiera ett exempel från lektionen nedan och anpassa det för hand.',
    examples: 'Exempel från lektionen att anpassa för hand',
  },
} satisfies UIStrings['builders'];
