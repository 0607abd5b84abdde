/**
 * Svaret på ett erbjudande om introduktion på svenska: skribenten och de fraser som kontrollerna
 * letar efter. Båda tonerna säger du. Personen som ska introduceras nämns vid namn och aldrig med
 * ett pronomen som "hen"; läsarens egna meningar står kvar hela.
 */
import { closing, own, parts, typed, type Letter } from '../../letter.ts';
import { inWeeks, onDay } from '../../grammar/sv.ts';
import { sentence } from '../../../../lib/text.ts';
import type { IntroReplyAnswers, IntroReplyCompose } from '../intro-reply.ts';

const later = (a: IntroReplyAnswers) => ('day' in a.later ? onDay(a.later.day) : inWeeks(a.later.weeks));

const signOffs = {
  warm: {
    'accept-now': 'Varma hälsningar',
    'accept-later': 'Tack igen och varma hälsningar',
    decline: 'Tack igen och varma hälsningar',
  },
  formal: {
    'accept-now': 'Vänliga hälsningar',
    'accept-later': 'Tack igen och vänliga hälsningar',
    decline: 'Tack igen och vänliga hälsningar',
  },
} as const;

function compose(a: IntroReplyAnswers): Letter {
  const warm = a.tone === 'warm';
  const detail = typed(
    a.detail,
    'sv',
    a.decision === 'accept-now' ? 'availability' : a.decision === 'accept-later' ? 'constraint' : 'reason',
  );
  const decided = a.change === 'decided';
  // A decline's reason the reader began in lower case follows the change after a colon ("byta
  // bana: jag har kommit in på …"), as they typed it; one begun with a capital is a sentence of its own.
  const afterColon = a.decision === 'decline' && /^\p{Ll}/u.test((a.detail ?? '').trim());
  const reason = afterColon
    ? ({ text: sentence(a.detail ?? ''), move: 'reason', typed: true } as const)
    : a.decision === 'decline'
      ? detail
      : undefined;
  const thanks = own(
    warm
      ? `Tack för att du vill introducera mig för ${a.contact}. Jag uppskattar verkligen att du tänkte på mig.`
      : `Tack för att du erbjuder dig att introducera mig för ${a.contact}. Det uppskattar jag verkligen.`,
    'thanks',
  );
  const paragraphs =
    a.decision === 'accept-now'
      ? [
          parts(thanks, own(warm ? 'Ja, mycket gärna!' : 'Jag ser gärna att det blir av.')),
          parts(detail, own('Skicka gärna min mejladress vidare, så bestämmer vi en tid som passar.', 'availability')),
        ]
      : a.decision === 'accept-later'
        ? [
            parts(thanks, own('Jag vill gärna att det blir av, men helst när jag kan ge samtalet ordentligt med tid.')),
            detail
              ? parts(
                  own(
                    warm ? 'Just nu passar det tyvärr dåligt.' : 'Tyvärr är tidpunkten inte den bästa just nu.',
                    'constraint',
                  ),
                  detail,
                  own(`Går det bra att jag hör av mig igen ${later(a)}, när det har lugnat sig?`, 'concrete'),
                )
              : parts(own(`Går det bra att jag hör av mig igen ${later(a)}, så bestämmer vi en tid då?`, 'concrete')),
          ]
        : [
            parts(thanks, own('Det är ett generöst erbjudande, och jag vill ge dig ett ärligt svar.')),
            parts(
              own(
                `${decided ? 'Jag håller på att byta bana' : 'Jag funderar på att byta bana'}${afterColon ? ':' : '.'}`,
                'reason',
              ),
              reason,
              own(
                decided
                  ? `Jag vet hur mycket ${a.contact} har att göra och vill inte be om ett möte när jag ändå är på väg mot något annat.`
                  : `Jag vet hur mycket ${a.contact} har att göra och vill inte be om ett möte när jag kanske är på väg mot något annat.`,
                'respect',
              ),
            ),
            parts(
              own(decided ? 'Jag berättar gärna hur det går.' : 'Jag hör av mig när jag vet vart det bär.', 'posted'),
            ),
          ];
  return {
    greeting: warm ? `Hej ${a.introducer}!` : `Hej ${a.introducer},`,
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
