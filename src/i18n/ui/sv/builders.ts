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
    clearYes: 'Ja, radera',
    clearNo: 'Behåll dem',
    cleared: 'Alla utkast raderade.',
    deleted: 'Utkastet raderat.',
    created: 'Nytt utkast påbörjat.',
    opened: 'Utkastet öppnat.',
    full: 'Du har {count} utkast, så många som verktyget sparar. Radera ett för att börja på ett nytt.',
    storageUnavailable:
      'Den här webbläsaren låter inte sidan spara utkast. Ditt utkast finns kvar tills du stänger sidan.',
    writerFailed:
      'Verktyget kunde inte ladda formuleringarna till ditt utkast. Kontrollera anslutningen och försök igen; dina svar finns kvar.',
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
    leftRecommended: {
      one: '{count} tecken kvar av de rekommenderade {limit}',
      other: '{count} tecken kvar av de rekommenderade {limit}',
    },
    overRecommended: {
      one: '{count} tecken över de rekommenderade {limit}, men det går att skicka ändå',
      other: '{count} tecken över de rekommenderade {limit}, men det går att skicka ändå',
    },
  },
  reconnect: {
    lead: 'Skriv till någon du inte har pratat med på flera år: verktyget gör ett utkast till ett mejl som följer lektionens fem steg och kontrollerar sedan din redigerade version mot dem.',
    fields: {
      theirName: {
        label: 'Mottagarens namn',
        hint: 'Som du skriver det i hälsningen, t.ex. Göran.',
        error: 'Skriv mottagarens namn.',
      },
      relationship: {
        label: 'Vem var personen för dig?',
        hint: 'Det avgör hur varm hälsningen och avslutningen kan vara.',
        options: {
          manager: 'En tidigare chef eller mentor',
          colleague: 'En tidigare kollega',
          other: 'Någon jag kände mindre väl: en kund, en kurskamrat, en kontakt',
        },
        error: 'Välj vem personen var för dig.',
      },
      years: {
        label: 'Hur länge sedan är det ungefär som ni hördes?',
        choose: 'Välj …',
        option: { one: 'Ungefär ett år', other: 'Ungefär {count} år' },
        error: 'Välj ungefär hur länge sedan det var.',
      },
      memory: {
        label: 'Ett minne, eller något du har med dig från personen',
        hint: 'En mening med dina egna ord, t.ex. ”Jag tänker fortfarande på hur du lärde mig att läsa ett leverantörsavtal från slutet.”',
      },
      news: {
        label: 'Vad som är nytt hos dig',
        hint: 'En eller två meningar om ditt arbetsliv sedan dess, t.ex. ”I augusti blev jag inköpschef på ett verkstadsföretag i Västerås.”',
        error: 'Skriv med en eller två meningar vad som är nytt hos dig.',
      },
      advice: {
        label: 'Vad du vill ha råd om',
        hint: 'En mening eller en fråga, t.ex. ”Hur tänkte du när du byggde upp era leverantörsrevisioner?” Efter den frågar mejlet om ett kort samtal.',
        error: 'Skriv med en mening vad du vill ha råd om.',
      },
      offer: {
        label: 'Vad du kan erbjuda i gengäld',
        hint: 'En mening, t.ex. ”Jag har goda kontakter bland leverantörer i Asien.” Utan den erbjuder mejlet hjälp i allmänhet.',
      },
      tone: {
        label: 'Ton',
        hint: 'Varm passar de flesta du har arbetat nära; lite mer formell passar någon i ledande ställning eller någon du kände mindre väl.',
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
        pass: 'Du ber om mottagarens syn, inte om att få ditt problem löst.',
        fail: 'Be om råd eller om mottagarens syn, t.ex. ”Jag skulle gärna vilja ha ditt råd om …”.',
      },
      pressure: {
        label: 'Inget låter desperat eller påträngande',
        pass: 'Självsäkert och utan press.',
        fail: 'Några ord sätter press på mottagaren. Håll frågan lätt och låt mottagaren välja.',
      },
      out: {
        label: 'Mottagaren får en utväg',
        pass: 'Du gör det lätt att säga nej.',
        fail: 'Skriv att du förstår om personen inte kan hjälpa till, t.ex. ”passar det inte just nu är det helt okej”.',
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
    lead: 'Skriv en kontaktförfrågan som säger varför du vill knyta kontakt, i den längd ditt nätverk tillåter (200 tecken med ett gratiskonto på LinkedIn) – eller i stället ett första personligt meddelande, som lektionen ofta rekommenderar.',
    fields: {
      platform: {
        label: 'Var skickar du den?',
        hint: 'Gränserna bygger på de uppgifter som gällde den {date}. Det är nätverkets egen teckenräknare som avgör. LinkedIn begränsar dessutom hur många inbjudningar med personlig hälsning ett gratiskonto kan skicka per månad. När du har använt upp dem fungerar det lika bra att skicka texten som mejl.',
        options: {
          linkedin: 'LinkedIn, gratiskonto (en hälsning på högst {limit} tecken)',
          'linkedin-premium': 'LinkedIn Premium (en hälsning på högst {limit} tecken)',
          xing: 'XING (en hälsning på högst {limit} tecken)',
          email: 'Mejl (ett första meddelande med ämnesrad)',
          other: 'Ett annat nätverk (vi rekommenderar högst {limit} tecken)',
        },
        error: 'Välj var du skickar den.',
      },
      kind: {
        label: 'Vad vill du skriva?',
        options: {
          request: 'En kontaktförfrågan med en kort hälsning',
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
        hint: 'Som du skriver det i hälsningen, t.ex. Anders.',
        error: 'Skriv mottagarens namn.',
      },
      about: {
        label: 'Vem du är',
        hint: 'En mening som presenterar dig, t.ex. ”Jag är hållbarhetschef i Malmö.”',
        error: 'Skriv med en mening vem du är: personen känner dig inte än.',
      },
      reasonMet: {
        label: 'Vad du minns från ert möte',
        hint: 'Meningen som inleder din hälsning, t.ex. ”Kul att prata med dig på seminariet i Uppsala.”',
        error: 'Skriv med en mening var ni träffades: det är skälet till din förfrågan.',
      },
      reasonNotMet: {
        label: 'Varför du skriver till personen',
        hint: 'En mening, t.ex. ”Jag har följt ert arbete med klimatneutrala hus.”',
        error: 'Skriv med en mening varför du hör av dig: en förfrågan utan skäl ser ut som en kontaktsamlares.',
      },
      hope: {
        label: 'Vad du hoppas på',
        hint: 'En mening, t.ex. ”Jag vill gärna höra hur ni mäter klimatavtrycket.” Utan den skriver verktyget att du vill hålla kontakten eller, till någon du inte har träffat, att du gärna lägger till personen som kontakt.',
      },
      offer: {
        label: 'Vad du kan erbjuda',
        hint: 'En mening, t.ex. ”Jag delar gärna data från våra projekt.”',
        error:
          'Skriv med en mening vad du kan erbjuda: den som inte känner dig bör få veta vad du kan göra för personen.',
      },
      tone: {
        label: 'Ton',
        hint: 'Vänlig passar de flesta; lite mer formell passar någon i ledande ställning som du inte har träffat.',
        options: { warm: 'Vänlig', formal: 'Lite mer formell' },
        error: 'Välj en ton.',
      },
      yourName: {
        label: 'Ditt namn',
        hint: 'Till underskriften.',
        error: 'Skriv ditt namn: den som inte känner dig ska se vem som skriver.',
      },
    },
    checks: {
      length: {
        label: 'Inom hälsningens gräns',
        pass: { one: '{count} av {limit} tecken.', other: '{count} av {limit} tecken.' },
        fail: {
          one: '{count} tecken: fler än de {limit} som nätverket tillåter. Inget klipps bort; korta själv.',
          other: '{count} tecken: fler än de {limit} som nätverket tillåter. Inget klipps bort; korta själv.',
        },
      },
      recommended: {
        label: 'Inom den rekommenderade längden',
        pass: { one: '{count} av rekommenderade {limit} tecken.', other: '{count} av rekommenderade {limit} tecken.' },
        fail: {
          one: '{count} tecken: fler än de {limit} vi rekommenderar. Det går att skicka ändå, men en kort hälsning blir läst.',
          other:
            '{count} tecken: fler än de {limit} vi rekommenderar. Det går att skicka ändå, men en kort hälsning blir läst.',
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
        pass: 'Det framgår vad mottagaren kan få ut av kontakten.',
        fail: 'Den som inte känner dig än bör få veta vad du kan göra för personen.',
      },
      intro: {
        label: 'Du säger vem du är',
        pass: 'Personen får veta vem som skriver.',
        fail: 'Lägg till en mening om vem du är: den som inte känner dig vill veta vem som skriver.',
      },
      hope: {
        label: 'Du säger vad du hoppas på',
        pass: 'Personen vet vad du önskar.',
        fail: 'Skriv vad du hoppas på, till exempel att få höra hur personen gör med något ni båda arbetar med.',
      },
    },
    body: 'Meddelandets text',
    copyBody: 'Kopiera texten',
    copySubject: 'Kopiera ämnesraden',
    copyBoth: 'Kopiera ämne och mejl',
    mailto: 'Öppna i mitt mejlprogram',
    mailtoHint: 'Öppnar ett nytt mejl med ämne och text ifyllda. Lägg till adressen där.',
  },
  'intro-reply': {
    lead: 'Någon har erbjudit sig att introducera dig. Välj ditt svar, så skriver verktyget ett tacksamt och ärligt svar i lektionens anda.',
    fields: {
      introducer: {
        label: 'Vem erbjöd sig att introducera dig?',
        hint: 'Som du skriver det i hälsningen, t.ex. Johan.',
        error: 'Skriv namnet på den som erbjöd sig.',
      },
      contact: {
        label: 'Vem erbjöd sig personen att introducera dig för?',
        hint: 'Namnet som du skulle skriva det, t.ex. Karin Holm.',
        error: 'Skriv namnet på den du ska introduceras för.',
      },
      tone: {
        label: 'Ton',
        hint: 'Varm passar någon du känner väl; lite mer formell passar någon i ledande ställning.',
        options: { warm: 'Varm', formal: 'Lite mer formell' },
        error: 'Välj en ton.',
      },
      decision: {
        label: 'Ditt beslut',
        options: {
          'accept-now': 'Tacka ja direkt',
          'accept-later': 'Tacka ja och föreslå en senare tid',
          decline: 'Tacka vänligt nej',
        },
        error: 'Välj ditt beslut.',
      },
      detailNow: {
        label: 'När har du tid?',
        hint: 'En mening, t.ex. ”Jag har tid tisdag- eller torsdagsförmiddag nästa vecka.”',
      },
      detailLater: {
        label: 'Vad står i vägen just nu?',
        hint: 'Nämn hindret med en mening, inte ”mycket att göra”, t.ex. ”I morgon lämnar vi in ett tävlingsförslag, och veckan efter flyttar vi kontoret.”',
        error:
          'Skriv med en mening vad som står i vägen: ett namngivet hinder låter som planering, ”upptagen” som ett avfärdande.',
      },
      detailDecline: {
        label: 'Varför tackar du nej?',
        hint: 'Förändringen du gör, med en mening, t.ex. ”Jag utbildar mig till snickare.”',
      },
      change: {
        label: 'Är bytet bestämt?',
        options: { considering: 'Jag funderar fortfarande', decided: 'Ja, det är bestämt' },
        error: 'Ange om bytet är bestämt.',
      },
      later: {
        label: 'När hör du av dig igen?',
        hint: 'Välj en tid efter hindret: är lanseringen om fyra veckor, kan du till exempel välja om sex veckor.',
        choose: 'Välj …',
        options: {
          '1': 'Om en vecka',
          '2': 'Om två veckor',
          '3': 'Om tre veckor',
          '4': 'Om fyra veckor',
          '6': 'Om sex veckor',
          '8': 'Om åtta veckor',
          date: 'En dag som jag väljer',
        },
        error: 'Välj när du hör av dig igen.',
      },
      laterDate: {
        label: 'Vilken dag?',
        hint: 'Svaret nämner veckodag och datum.',
        error: 'Välj dagen då du hör av dig igen.',
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
        fail: 'Skriv att du inte vill ta personens tid när du är på väg åt ett annat håll.',
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
