/** Sparat arbete: sidan ”Ditt sparade arbete” och meddelandet om uppgifter som inte gick att läsa. */
import type { UIStrings } from '../en/index.ts';

export default {
  footer: 'Ditt sparade arbete',
  title: 'Ditt sparade arbete',
  description:
    'Det som den här webbläsaren sparar åt dig på Connector: framsteg i quizzen, arbetsblad och utkast. Säkerhetskopiera allt till en fil, ta tillbaka det eller radera det.',
  lead: 'Dina framsteg i quizzen, dina arbetsblad och utkast är sparade i den här webbläsaren och ingen annanstans, så webbläsaren har den enda kopian. Här ser du vad den har sparat, kan spara en säkerhetskopia i en fil, flytta allt till en annan webbläsare eller radera det.',
  needsScript:
    'Den här sidan läser det som din webbläsare har sparat, och det kräver JavaScript, som är avstängt eller inte har laddats. Utan JavaScript sparas inte heller något.',
  notice: {
    found:
      'En del av det som webbläsaren har sparat här gick inte att läsa. Det har lagts åt sidan, oförändrat: ladda ner det för att behålla det, eller släng det.',
    download: 'Ladda ner det',
    discard: 'Släng det',
    discarded: 'Uppgifterna som inte gick att läsa har slängts.',
    undo: 'Ångra',
    file: 'connector-oläsbara-uppgifter',
    loadFailed:
      'Den här delen av sidan gick inte att läsa in, kanske för att anslutningen har brutits. Ditt arbete är sparat: ladda om sidan för att försöka igen.',
  },
  island: {
    holdsTitle: 'Det här har webbläsaren sparat',
    empty: 'Inget är sparat i den här webbläsaren än.',
    unavailable:
      'Den här webbläsaren låter inte webbplatsen läsa eller spara något, så det finns inget här. Ditt arbete finns bara kvar så länge en sida är öppen.',
    full: 'Webbläsarens lagring är full, så vissa ändringar gick inte att spara.',
    quizzes: 'Framsteg i quizzen',
    worksheets: 'Arbetsblad',
    drafts: 'Utkast: {tool}',
    aside: 'Lagt åt sidan eftersom det inte gick att läsa',
    count: { one: '{count} sak', other: '{count} saker' },
    changed: 'Ändrat {date}',
    found: 'Hittat {date}',
    answered: '{answered} av {total} frågor besvarade',
    best: 'bästa resultat {score} av {total}',
    goneQuiz: 'Ett quiz som inte längre finns på webbplatsen',
    untitledWorksheet: 'Arbetsblad utan namn',
    untitledDraft: 'Utkast utan rubrik',
    reasons: {
      damaged: 'Gick inte att läsa',
      partial: 'Delvis läst: det som gick att läsa finns ovan, och det här är hela originalet',
      newer: 'Sparat av en nyare version av Connector',
    },
    from: {
      quiz: 'Från ett quiz',
      worksheet: 'Från arbetsbladen',
      draft: 'Från utkasten i ”{tool}”',
      unknown: 'Okänt ursprung',
    },
    export: {
      title: 'Spara en säkerhetskopia',
      lead: 'En fil med allt som står ovan, att behålla eller att ta tillbaka i en annan webbläsare. Den innehåller det du har skrivit, så förvara den säkert.',
      button: 'Ladda ner en säkerhetskopia',
      file: 'connector-säkerhetskopia',
      done: 'Säkerhetskopian är nedladdad.',
    },
    import: {
      title: 'Ta tillbaka en säkerhetskopia',
      label: 'Säkerhetskopia',
      hint: 'En fil som du har gjort med ”Ladda ner en säkerhetskopia”, i den här eller en annan webbläsare. Inget ändras förrän du bekräftar.',
      previewTitle: 'Det här skulle säkerhetskopian ändra',
      added: { one: '{count} sak läggs till.', other: '{count} saker läggs till.' },
      updated: {
        one: '{count} sak är nyare i säkerhetskopian och ersätter den som finns här.',
        other: '{count} saker är nyare i säkerhetskopian och ersätter dem som finns här.',
      },
      kept: {
        one: '{count} sak är nyare här och får vara kvar som den är.',
        other: '{count} saker är nyare här och får vara kvar som de är.',
      },
      same: { one: '{count} sak finns redan här.', other: '{count} saker finns redan här.' },
      asideAdded: {
        one: '{count} oläsbar uppgift läggs åt sidan här också.',
        other: '{count} oläsbara uppgifter läggs åt sidan här också.',
      },
      status: {
        added: 'ny',
        updated: 'nyare i säkerhetskopian',
        kept: 'nyare här, behålls',
        same: 'finns redan',
      },
      nothing: 'Allt i den här säkerhetskopian finns redan här. Det finns inget att lägga till.',
      confirm: 'Lägg till i den här webbläsaren',
      cancel: 'Avbryt',
      cancelled: 'Inget har ändrats.',
      done: {
        one: 'Klart: {count} sak har lagts till eller uppdaterats.',
        other: 'Klart: {count} saker har lagts till eller uppdaterats.',
      },
      failed: {
        one: 'Webbläsarens lagring är full, så {count} sak gick inte att lägga till. Inget av det som redan fanns här har ändrats.',
        other:
          'Webbläsarens lagring är full, så {count} saker gick inte att lägga till. Inget av det som redan fanns här har ändrats.',
      },
      errorTitle: 'Något är fel med filen',
      errors: {
        unreadable: 'Filen gick inte att öppna. Inget har ändrats.',
        unrelated:
          'Den här filen är ingen säkerhetskopia från Connector. Välj en fil som du har gjort med ”Ladda ner en säkerhetskopia”. Inget har ändrats.',
        damaged: 'Den här säkerhetskopian är skadad och går inte att läsa. Inget har ändrats.',
        newer:
          'Den här säkerhetskopian kommer från en nyare version av Connector, som den här sidan inte kan läsa än. Inget har ändrats.',
      },
    },
    clear: {
      title: 'Radera allt',
      lead: 'Raderar allt som står ovan från den här webbläsaren. Ladda ner en säkerhetskopia först om du kanske vill ha det igen.',
      button: 'Radera allt som är sparat här',
      question: {
        one: 'Radera {count} sak som är sparad i den här webbläsaren? Du kan ångra det direkt efteråt.',
        other: 'Radera alla {count} saker som är sparade i den här webbläsaren? Du kan ångra det direkt efteråt.',
      },
      yes: 'Ja, radera allt',
      no: 'Behåll det',
      done: 'Allt som var sparat i den här webbläsaren är raderat.',
      restored: 'Allt är tillbaka.',
      undo: 'Ångra',
    },
  },
} satisfies UIStrings['saved'];
