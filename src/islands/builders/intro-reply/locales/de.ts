/**
 * Die Antwort auf ein Vorstellungsangebot auf Deutsch: der Schreiber und die Wendungen, auf die die
 * Prüfungen achten. *Du* oder *Sie* folgt der Anrede der Person, die vorstellen möchte (Herr, Frau
 * oder ein Titel heißt *Sie*); die vorgestellte Person steht, wo nötig, im Dativ („Herrn Dr.
 * Berger“) und wird nie mit „er“ oder „sie“ aufgenommen.
 */
import { closing, own, parts, typed, type Letter } from '../../letter.ts';
import { dative, dear, inWeeks, isFormalName, onDay } from '../../grammar/de.ts';
import type { IntroReplyAnswers, IntroReplyWriter } from '../intro-reply.ts';

const later = (a: IntroReplyAnswers) => ('day' in a.later ? onDay(a.later.day) : inWeeks(a.later.weeks));

const signOffs = {
  warm: {
    'accept-now': 'Viele Grüße',
    'accept-later': 'Nochmals danke und viele Grüße',
    decline: 'Nochmals vielen Dank und viele Grüße',
  },
  formal: {
    'accept-now': 'Herzliche Grüße',
    'accept-later': 'Nochmals vielen Dank und herzliche Grüße',
    decline: 'Nochmals vielen Dank und herzliche Grüße',
  },
} as const;

function compose(a: IntroReplyAnswers): Letter {
  const du = a.tone === 'warm';
  const detail = typed(
    a.detail,
    'de',
    a.decision === 'accept-now' ? 'availability' : a.decision === 'accept-later' ? 'constraint' : 'reason',
  );
  const decided = a.change === 'decided';
  // The first sentence after "Hallo …," is always ours, so that it can begin in lower case.
  const thanks = own(
    du
      ? `danke, dass du mich ${dative(a.contact)} vorstellen möchtest. Ich freue mich sehr, dass du an mich gedacht hast.`
      : `vielen Dank, dass Sie mich ${dative(a.contact)} vorstellen möchten. Ich freue mich sehr, dass Sie an mich gedacht haben.`,
    'thanks',
  );
  const paragraphs =
    a.decision === 'accept-now'
      ? [
          parts(thanks, own('Das Angebot nehme ich gern an.')),
          parts(
            detail,
            own(
              du
                ? 'Gib meine E-Mail-Adresse ruhig weiter; ich richte mich ganz nach dem Termin, der am besten passt.'
                : 'Meine E-Mail-Adresse können Sie gern weitergeben; ich richte mich ganz nach dem Termin, der am besten passt.',
              'availability',
            ),
          ),
        ]
      : a.decision === 'accept-later'
        ? [
            parts(
              thanks,
              own(
                'Das Angebot nehme ich gern an, und ich möchte dem Gespräch die Aufmerksamkeit geben, die es verdient.',
              ),
            ),
            detail
              ? parts(
                  own('Im Moment passt es zeitlich allerdings schlecht.', 'constraint'),
                  detail,
                  own(
                    `Darf ich mich ${later(a)} wieder bei ${du ? 'dir' : 'Ihnen'} melden, wenn das geschafft ist?`,
                    'concrete',
                  ),
                )
              : parts(
                  own(
                    `Darf ich mich ${later(a)} wieder bei ${du ? 'dir' : 'Ihnen'} melden, um einen Termin zu finden?`,
                    'concrete',
                  ),
                ),
          ]
        : [
            parts(
              thanks,
              own(`Das ist ein großzügiges Angebot, und ich möchte ${du ? 'dir' : 'Ihnen'} offen antworten.`),
            ),
            parts(
              own(
                decided
                  ? 'Ich stehe vor einem beruflichen Wechsel.'
                  : 'Ich denke gerade über einen beruflichen Wechsel nach.',
                'reason',
              ),
              detail,
              own(
                decided
                  ? `Ich weiß, wie viel ${a.contact} zu tun hat – ein Treffen würde jetzt nur Zeit kosten, da ich gerade eine andere Richtung einschlage.`
                  : `Ich weiß, wie viel ${a.contact} zu tun hat – ein Treffen würde jetzt nur Zeit kosten, solange noch offen ist, wohin es mich beruflich zieht.`,
                'respect',
              ),
            ),
            parts(
              own(
                decided
                  ? `Ich erzähle ${du ? 'dir' : 'Ihnen'} gern, wie es weitergeht.`
                  : du
                    ? 'Sobald ich klarer sehe, erzähle ich es dir.'
                    : 'Sobald ich klarer sehe, melde ich mich bei Ihnen.',
                'posted',
              ),
            ),
          ];
  return {
    greeting: du ? `Hallo ${a.introducer},` : (dear(a.introducer) ?? `Hallo ${a.introducer},`),
    paragraphs,
    closing: closing(signOffs[a.tone][a.decision], a.name),
    closingMove: 'thanks',
    layout: 'email',
  };
}

export default {
  compose,
  registerFor: (name: string) => (isFormalName(name) ? 'formal' : 'warm'),
  phrases: {
    thanks: [
      'dank*',
      'freue mich',
      'freut mich',
      'schön, dass',
      'lieb von dir',
      'nett von dir',
      'weiß ich zu schätzen',
      'bedeutet mir',
    ],
    busy: [
      'zu beschäftigt',
      'zu viel zu tun',
      'keine zeit',
      'zu wenig zeit',
      'im stress',
      'vielleicht später',
      'irgendwann',
      'ein andermal',
      'später im jahr',
      'wenn es ruhiger wird',
      'land unter',
    ],
    availability: [
      'zeit habe ich',
      'habe ich zeit',
      'flexibel',
      'passt mir',
      'passt',
      'montag*',
      'dienstag*',
      'mittwoch*',
      'donnerstag*',
      'freitag*',
      'samstag*',
      'sonntag*',
      'e-mail-adresse',
      'mailadresse',
      'kalender',
      'nummer',
      'weitergeben',
      'weiter',
      'richte mich',
      'nächste woche',
      'nächsten woche',
    ],
    constraint: [
      'reise*',
      'dienstreise',
      'fliege',
      'flug',
      'messe',
      'deadline',
      'abgabe*',
      'release',
      'launch',
      'umzug',
      'ziehe um',
      'ziehen um',
      'konferenz',
      'workshop',
      'prüfung*',
      'urlaub',
      'unterwegs',
      'projektende',
      'abschluss',
      'bis ende',
      'bis zum',
    ],
    concrete: [
      'montag*',
      'dienstag*',
      'mittwoch*',
      'donnerstag*',
      'freitag*',
      'samstag*',
      'sonntag*',
      'übernächste*',
      'januar',
      'februar',
      'märz',
      'april',
      'mai',
      'juni',
      'juli',
      'august',
      'september',
      'oktober',
      'november',
      'dezember',
      'nächste woche',
      'nächsten woche',
      'nächsten monat',
      'in zwei wochen',
      'in drei wochen',
      'in vier wochen',
      'in # wochen',
      'in # tagen',
      'in einer woche',
      'in zehn tagen',
      'in vierzehn tagen',
      '#.#',
      'ende des monats',
      'anfang nächsten monats',
    ],
    reason: [
      'beruflich* neu',
      'neu orientier*',
      'orientiere mich',
      'umorientier*',
      'wechsle',
      'wechseln',
      'wechsel',
      'branche',
      'umschul*',
      'weg von',
      'woandershin',
      'woanders hin',
      'ausstieg',
      'aussteigen',
      'neue richtung',
      'anderen weg',
    ],
    respect: [
      'zeit stehlen',
      'seine zeit',
      'ihre zeit',
      'deine zeit',
      'zu tun hat',
      'um die ohren',
      'beanspruchen',
      'verschwenden',
      'kostbar',
      'zeit kosten',
    ],
    posted: [
      'auf dem laufenden',
      'halte dich',
      'melde mich',
      'erzähle dir',
      'gebe dir bescheid',
      'sage dir bescheid',
      'sag dir bescheid',
      'berichte dir',
      'erzähle ich',
      'erzähle ihnen',
      'melde ich mich',
    ],
  },
} satisfies IntroReplyWriter;
