/**
 * Die Mail zum Wiederaufnehmen eines Kontakts auf Deutsch: Wortlaut und die Wendungen, auf die die
 * Prüfungen achten. Der warme Ton duzt, der förmliche siezt (die Seite selbst duzt immer).
 */
import type { ReconnectData } from '../reconnect.ts';

export default {
  wording: {
    subjectLabel: 'Betreff',
    years: ['ein Jahr', 'zwei Jahre', 'drei Jahre', 'vier Jahre', 'fünf Jahre', 'sechs Jahre', 'sieben Jahre', 'acht Jahre', 'neun Jahre', 'zehn Jahre', 'elf Jahre', 'zwölf Jahre'],
    manyYears: '{count} Jahre',
    tones: {
      warm: {
        subject: '{Years} Funkstille – Zeit für ein Hallo und eine Frage',
        greeting: 'Hallo {name},',
        silence: 'es ist schon {years} her, dass wir zuletzt voneinander gehört haben – viel zu lange, und das liegt an uns beiden.',
        hope: 'Ich hoffe, dir geht es gut.',
        update: 'Kurz zu mir: {news}',
        ask: 'Bei einer Sache würde ich mich sehr über deinen Rat freuen: {advice} Hättest du in den nächsten Wochen Zeit für ein kurzes Telefonat oder einen Kaffee?',
        out: 'Ich weiß, wie voll dein Kalender ist. Wenn es gerade nicht passt, ist das völlig in Ordnung.',
        offer: 'Was ich dir im Gegenzug bieten kann: {offer}. Sag einfach Bescheid, wenn das hilft.',
        offerDefault: 'Und falls ich dir einmal helfen kann, sag einfach Bescheid.',
        signOff: 'Viele Grüße',
      },
      formal: {
        subject: '{Years} später – ein Gruß und eine Frage',
        greeting: 'Guten Tag {name},',
        silence: 'es ist schon {years} her, dass wir zuletzt voneinander gehört haben – viel länger, als ich es wollte.',
        hope: 'Ich hoffe, es geht Ihnen gut.',
        update: 'Kurz zu mir: {news}',
        ask: 'In einer Frage würde ich mich sehr über Ihren Rat freuen: {advice} Hätten Sie in den nächsten Wochen vielleicht zwanzig Minuten für ein Telefonat?',
        out: 'Ich weiß, wie voll Ihr Kalender ist. Wenn es gerade nicht passt, verstehe ich das selbstverständlich.',
        offer: 'Was ich Ihnen im Gegenzug bieten kann: {offer}. Melden Sie sich dafür jederzeit gern.',
        offerDefault: 'Und falls ich Ihnen einmal behilflich sein kann, melden Sie sich jederzeit gern.',
        signOff: 'Freundliche Grüße',
      },
    },
  },
  phrases: {
    silence: [
      'jahre', 'jahren', 'ein jahr', 'einem jahr', 'monate*', 'lange her', 'lange nicht', 'lange nichts', 'viel zu lange',
      'so lange', 'funkstille', 'ewig*', 'zuletzt', 'letzten mal', 'lebenszeichen', 'aus den augen', 'lange pause',
    ],
    personal: [
      'erinnere', 'erinnerung*', 'denke oft', 'denke noch', 'denke gern', 'hoffe, dir', 'hoffe dir', 'hoffe, es', 'hoffe es',
      'hoffe, ihnen', 'hoffe, bei dir', 'geht es dir', 'geht es ihnen', 'wie geht’s', 'wie läuft', 'vermisse', 'damals',
      'gemeinsam*', 'zusammen', 'deinem team', 'ihrem team', 'unsere zeit', 'unserer zeit', 'noch gut', 'immer noch',
    ],
    update: [
      'kurz zu mir', 'neues von mir', 'neuigkeit*', 'inzwischen', 'mittlerweile', 'seitdem', 'seither', 'gelandet',
      'arbeite', 'leite', 'verantworte', 'bin jetzt', 'bin noch', 'bin seit', 'gewechselt', 'angefangen', 'update',
      'neue stelle', 'neuen stelle', 'selbstständig', 'zurzeit', 'derzeit', 'momentan',
    ],
    advice: [
      'rat', 'ratschl*', 'einschätzung', 'meinung', 'sicht', 'erfahrung*', 'tipp*', 'hinweis*', 'was dir', 'was ihnen',
      'wie du', 'wie sie', 'hättest du', 'hätten sie', 'darf ich dich fragen', 'darf ich sie fragen', 'interessieren',
      'erzählen', 'von dir lernen', 'von ihnen lernen', 'perspektive', 'blick',
    ],
    pressure: [
      'dringend*', 'bitte sofort', 'umgehend', 'asap', 'so schnell wie möglich', 'schnellstmöglich', 'verzweifelt', 'unbedingt',
      'ich brauche deine hilfe', 'ich brauche ihre hilfe', 'bitte hilf mir', 'bitte helfen sie mir', 'du bist der einzige',
      'du bist die einzige', 'sie sind der einzige', 'sie sind die einzige', 'nur du kannst', 'nur sie können',
      'letzte hoffnung', 'notfall', 'es brennt', 'brennt es', 'bis morgen', 'bis montag', 'bis dienstag', 'bis mittwoch',
      'bis donnerstag', 'bis freitag', 'spätestens', 'musst du', 'müssen sie', 'ohne dich schaffe ich', 'ich flehe', '!!',
    ],
    out: [
      'wenn es gerade nicht passt', 'wenn es nicht passt', 'falls es nicht passt', 'falls es gerade nicht passt',
      'nicht passt', 'völlig in ordnung', 'vollkommen in ordnung', 'ganz in ordnung', 'kein problem', 'verstehe ich',
      'verstehe das', 'kein druck', 'ohne druck', 'ohne verpflichtung', 'unverbindlich', 'sag ruhig nein', 'sag einfach ab',
      'wenn du keine zeit', 'wenn sie keine zeit', 'zu viel ist',
    ],
    offer: [
      'im gegenzug', 'revanchier*', 'helfen kann', 'behilflich', 'weiterhelfen', 'biete ich', 'biete dir', 'biete ihnen',
      'jederzeit', 'unterstütz*', 'zur verfügung',
    ],
  },
  maxWords: 180,
} satisfies ReconnectData;
