/**
 * Die Mail zum Wiederaufnehmen eines Kontakts auf Deutsch: der Schreiber und die Wendungen, auf die
 * die Prüfungen achten. *Du* oder *Sie* folgt der Anrede, bis die Leserin es ändert (Herr, Frau
 * oder ein Titel heißt *Sie*); die Anrede und der Gruß passen zur Beziehung: der früheren Chefin
 * schreibt man nicht wie einer Fremden. Der erste Satz nach „Hallo …,“ ist immer unserer und
 * beginnt klein; die Sätze der Leserin stehen ganz und unverändert.
 */
import { closing, own, parts, typed, type Letter } from '../../letter.ts';
import { capital, dear, isFormalName, years, yearsDative } from '../../grammar/de.ts';
import type { ReconnectAnswers, ReconnectWriter } from '../reconnect.ts';

function compose(a: ReconnectAnswers): Letter {
  const du = a.tone === 'warm';
  const known = a.relationship !== 'other';
  const t = (text: string, move: string) => typed(text, 'de', move);
  const greeting = du ? `Hallo ${a.name},` : known ? (dear(a.name) ?? `Hallo ${a.name},`) : `Guten Tag ${a.name},`;
  return {
    subject: du
      ? `${capital(years(a.years))} später – ein Hallo und eine Frage`
      : `Nach ${yearsDative(a.years)}: ein Gruß und eine Frage`,
    greeting,
    paragraphs: [
      parts(
        own(
          du
            ? `es ist schon ${years(a.years)} her, dass wir zuletzt voneinander gehört haben – viel zu lange.`
            : `es ist schon ${years(a.years)} her, dass wir zuletzt voneinander gehört haben – viel länger, als ich es wollte.`,
          'silence',
        ),
        t(a.memory, 'personal'),
        own(du ? 'Ich hoffe, dir geht es gut.' : 'Ich hoffe, es geht Ihnen gut.', 'personal'),
      ),
      parts(t(a.news, 'update')),
      parts(
        own(
          du
            ? 'Bei einer Sache würde ich mich sehr über deinen Rat freuen.'
            : 'In einer Frage wäre mir Ihr Rat sehr wertvoll.',
          'advice',
        ),
        t(a.advice, 'advice'),
        own(
          du
            ? 'Hättest du in den nächsten Wochen Zeit für ein kurzes Telefonat oder einen Kaffee?'
            : 'Hätten Sie in den nächsten Wochen vielleicht zwanzig Minuten für ein Telefonat?',
          'advice',
        ),
      ),
      parts(
        own(
          du
            ? 'Ich weiß, wie voll dein Kalender ist. Wenn es gerade nicht passt, ist das völlig in Ordnung.'
            : 'Ich weiß, wie voll Ihr Kalender ist. Wenn es gerade nicht passt, verstehe ich das selbstverständlich.',
          'out',
        ),
      ),
      a.offer
        ? parts(
            own(du ? 'Ich revanchiere mich auch gern.' : 'Im Gegenzug helfe ich Ihnen gern.', 'offer'),
            t(a.offer, 'offer'),
          )
        : parts(
            own(
              du
                ? 'Und falls ich dir einmal helfen kann, sag einfach Bescheid.'
                : 'Und falls ich Ihnen einmal behilflich sein kann, melden Sie sich jederzeit gern.',
              'offer',
            ),
          ),
    ],
    closing: closing(known ? 'Herzliche Grüße' : 'Viele Grüße', a.yourName),
    layout: 'email',
  };
}

export default {
  compose,
  registerFor: (name: string) => (isFormalName(name) ? 'formal' : 'warm'),
  subjectLabel: 'Betreff',
  phrases: {
    silence: [
      'jahre',
      'jahren',
      'ein jahr',
      'einem jahr',
      'monate*',
      'lange her',
      'lange nicht',
      'lange nichts',
      'viel zu lange',
      'so lange',
      'funkstille',
      'ewig*',
      'zuletzt',
      'letzten mal',
      'lebenszeichen',
      'aus den augen',
      'lange pause',
    ],
    personal: [
      'erinnere',
      'erinnerung*',
      'denke oft',
      'denke noch',
      'denke gern',
      'hoffe, dir',
      'hoffe dir',
      'hoffe, es',
      'hoffe es',
      'hoffe, ihnen',
      'hoffe, bei dir',
      'geht es dir',
      'geht es ihnen',
      'wie geht’s',
      'wie läuft',
      'vermisse',
      'damals',
      'gemeinsam*',
      'zusammen',
      'deinem team',
      'ihrem team',
      'unsere zeit',
      'unserer zeit',
      'noch gut',
      'immer noch',
    ],
    update: [
      'kurz zu mir',
      'neues von mir',
      'neuigkeit*',
      'inzwischen',
      'mittlerweile',
      'seitdem',
      'seither',
      'gelandet',
      'arbeite',
      'leite',
      'verantworte',
      'bin jetzt',
      'bin noch',
      'bin seit',
      'gewechselt',
      'angefangen',
      'update',
      'neue stelle',
      'neuen stelle',
      'selbstständig',
      'zurzeit',
      'derzeit',
      'momentan',
    ],
    advice: [
      'rat',
      'ratschl*',
      'einschätzung',
      'meinung',
      'deine sicht',
      'ihre sicht',
      'deiner sicht',
      'ihrer sicht',
      'erfahrung*',
      'tipp*',
      'hinweis*',
      'was dir',
      'was ihnen',
      'wie du',
      'wie sie',
      'hättest du',
      'hätten sie',
      'darf ich dich fragen',
      'darf ich sie fragen',
      'interessieren',
      'erzählen',
      'von dir lernen',
      'von ihnen lernen',
      'perspektive',
      'deinen blick',
      'ihren blick',
    ],
    pressure: [
      'dringend*',
      'bitte sofort',
      'umgehend',
      'asap',
      'so schnell wie möglich',
      'schnellstmöglich',
      'verzweifelt',
      'unbedingt',
      'ich brauche deine hilfe',
      'ich brauche ihre hilfe',
      'bitte hilf mir',
      'bitte helfen sie mir',
      'du bist der einzige',
      'du bist die einzige',
      'sie sind der einzige',
      'sie sind die einzige',
      'nur du kannst',
      'nur sie können',
      'letzte hoffnung',
      'notfall',
      'es brennt',
      'brennt es',
      'bis morgen',
      'bis montag',
      'bis dienstag',
      'bis mittwoch',
      'bis donnerstag',
      'bis freitag',
      'spätestens',
      'musst du',
      'müssen sie',
      'ohne dich schaffe ich',
      'ich flehe',
      '!!',
    ],
    out: [
      'wenn es gerade nicht passt',
      'wenn es nicht passt',
      'falls es nicht passt',
      'falls es gerade nicht passt',
      'nicht passt',
      'völlig in ordnung',
      'vollkommen in ordnung',
      'ganz in ordnung',
      'kein problem',
      'verstehe ich',
      'verstehe das',
      'kein druck',
      'ohne druck',
      'ohne verpflichtung',
      'unverbindlich',
      'sag ruhig nein',
      'sag einfach ab',
      'wenn du keine zeit',
      'wenn sie keine zeit',
      'zu viel ist',
    ],
    offer: [
      'im gegenzug',
      'revanchier*',
      'helfen kann',
      'behilflich',
      'weiterhelfen',
      'biete ich',
      'biete dir',
      'biete ihnen',
      'jederzeit',
      'unterstütz*',
      'zur verfügung',
    ],
  },
  maxWords: 180,
} satisfies ReconnectWriter;
