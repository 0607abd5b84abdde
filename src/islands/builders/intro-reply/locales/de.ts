/**
 * Die Antwort auf ein Vorstellungsangebot auf Deutsch: der Schreiber und die Wendungen, auf die die
 * Prüfungen achten. *Du* oder *Sie* folgt der Anrede der Person, die vorstellen möchte (Herr, Frau
 * oder ein Titel heißt *Sie*); die vorgestellte Person steht, wo nötig, im Dativ („Herrn Dr.
 * Berger“) und wird nie mit „er“ oder „sie“ aufgenommen.
 */
import { closing, own, parts, typed, type Letter } from '../../letter.ts';
import { dative, dear } from '../../grammar/de.ts';
import { inWeeks, onDay } from '../../grammar/de-time.ts';
import type { IntroReplyAnswers, IntroReplyCompose } from '../intro-reply.ts';

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
                ? `Gib meine E-Mail-Adresse ruhig weiter, dann stimme ich mich direkt mit ${dative(a.contact)} ab.`
                : `Meine E-Mail-Adresse können Sie gern weitergeben, dann stimme ich mich direkt mit ${dative(a.contact)} ab.`,
              'availability',
            ),
          ),
        ]
      : a.decision === 'accept-later'
        ? [
            parts(
              thanks,
              own('Das Angebot nehme ich gern an – und ich möchte mir für das Gespräch richtig Zeit nehmen.'),
            ),
            detail
              ? parts(
                  own('Gerade ist es bei mir allerdings eng.', 'constraint'),
                  detail,
                  own(
                    `Darf ich mich ${later(a)} noch einmal bei ${du ? 'dir' : 'Ihnen'} melden, wenn es bei mir wieder ruhiger ist?`,
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
              own(
                `Das ist ein sehr ${du ? 'nettes' : 'freundliches'} Angebot, und ich möchte ${du ? 'dir' : 'Ihnen'} offen antworten.`,
              ),
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
                  ? `Ich weiß, wie viel ${a.contact} zu tun hat, und es wäre schade um die Zeit, da ich ohnehin eine andere Richtung einschlage.`
                  : `Ich weiß, wie viel ${a.contact} zu tun hat, und es wäre schade um die Zeit, solange noch offen ist, wohin es mich beruflich zieht.`,
                'respect',
              ),
            ),
            parts(
              own(
                decided
                  ? `Ich erzähle ${du ? 'dir' : 'Ihnen'} gern, wie es weitergeht.`
                  : du
                    ? 'Sobald ich klarer sehe, melde ich mich bei dir.'
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

/** The writer: the JavaScript the island loads for this locale, once the reader heads for "Write". */
export default {
  compose,
} satisfies IntroReplyCompose;
