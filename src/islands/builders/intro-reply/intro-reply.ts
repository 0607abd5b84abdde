/**
 * The reply to an offered introduction, in the spirit of lesson 1: always grateful; "accept now"
 * says yes and offers times; "accept later" says yes, names the constraint and proposes a concrete
 * later moment (never "too busy"); "decline" thanks, names the career change, respects the
 * contact's time and promises to keep the introducer posted. Used by the introduction-reply
 * builder and at the end of the intro-decision quiz. Pure: no React, no DOM.
 */
import type { Locale } from '../../../i18n/locales.ts';

export const decisions = ['accept-now', 'accept-later', 'decline'] as const;
export type Decision = (typeof decisions)[number];

export interface IntroReplyInput {
  /** Who offered the introduction, e.g. "James". */
  introducer: string;
  /** The person offered, e.g. "Helen Marsh". */
  contact: string;
  decision: Decision;
  /**
   * accept-now: when you are free ("Tuesday or Thursday afternoon"); accept-later: the constraint
   * ("I fly to a client workshop tomorrow and we ship a release on Friday"); decline: the reason
   * ("I am moving from software into teaching"). Optional: the reply reads well without it.
   */
  detail?: string;
  /** accept-later only: when you will write again ("in two weeks"). */
  later?: string;
  /** Your name, for the signature. */
  name?: string;
}

interface Wording {
  greeting: (introducer: string) => string;
  thanks: (contact: string) => string;
  acceptNow: (contact: string) => string;
  free: (detail: string) => string;
  freeDefault: string;
  acceptLater: (contact: string) => string;
  constraint: (detail: string) => string;
  constraintDefault: string;
  propose: (later: string) => string;
  laterDefault: string;
  decline: string;
  reason: (detail: string) => string;
  reasonDefault: string;
  respect: (contact: string) => string;
  posted: string;
  signOff: Record<Decision, string>;
}

/** Ends a sentence fragment the reader typed, without doubling their punctuation. */
function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

const wording: Record<Locale, Wording> = {
  en: {
    greeting: (i) => `Hi ${i},`,
    thanks: (c) => `Thank you for offering to introduce me to ${c}. I really appreciate you thinking of me.`,
    acceptNow: () => 'I’d be very glad to take you up on it.',
    free: (d) => `I’m free ${d} and happy to work around their diary. Please feel free to pass on my email address.`,
    freeDefault: 'Please feel free to pass on my email address, and I’ll fit in with whatever suits them.',
    acceptLater: () => 'I’d love to take you up on it, and I want to give the conversation proper attention.',
    constraint: (d) => `The timing is tricky: ${sentence(d)}`,
    constraintDefault: 'The timing is tricky this week.',
    propose: (l) => `Could I get back to you ${l}, once that’s behind me? That way the conversation gets the time it deserves.`,
    laterDefault: 'in two weeks',
    decline: 'It means a lot that you thought of me.',
    reason: (d) => `The truth is that I’m considering a change of career: ${sentence(d)}`,
    reasonDefault: 'The truth is that I’m considering a change of career.',
    respect: (c) => `I know how busy ${c} must be, and I don’t want to take up their time while I’m heading somewhere else.`,
    posted: 'I’ll keep you posted on where I land.',
    signOff: { 'accept-now': 'Best wishes,', 'accept-later': 'Thanks again,', decline: 'Thank you again,' },
  },
  de: {
    greeting: (i) => `Hallo ${i},`,
    thanks: (c) => `danke, dass du mich ${c} vorstellen möchtest. Ich freue mich sehr, dass du an mich gedacht hast.`,
    acceptNow: () => 'Das Angebot nehme ich sehr gern an.',
    free: (d) => `Zeit habe ich ${d}, und ich richte mich gern nach dem Kalender der anderen Seite. Gib meine E-Mail-Adresse gern weiter.`,
    freeDefault: 'Gib meine E-Mail-Adresse gern weiter; ich richte mich ganz nach dem, was der anderen Seite passt.',
    acceptLater: () => 'Das Angebot nehme ich sehr gern an, und ich möchte mir für das Gespräch richtig Zeit nehmen.',
    constraint: (d) => `Gerade ist das Timing allerdings schwierig: ${sentence(d)}`,
    constraintDefault: 'Gerade ist das Timing allerdings schwierig.',
    propose: (l) => `Darf ich mich ${l} wieder bei dir melden, wenn das hinter mir liegt? Dann bekommt das Gespräch die Aufmerksamkeit, die es verdient.`,
    laterDefault: 'in zwei Wochen',
    decline: 'Es bedeutet mir viel, dass du an mich gedacht hast.',
    reason: (d) => `Ehrlich gesagt denke ich gerade über einen beruflichen Wechsel nach: ${sentence(d)}`,
    reasonDefault: 'Ehrlich gesagt denke ich gerade über einen beruflichen Wechsel nach.',
    respect: (c) => `Ich weiß, wie viel ${c} zu tun hat, und möchte die Zeit nicht beanspruchen, solange ich beruflich woanders hinwill.`,
    posted: 'Ich halte dich auf dem Laufenden, wo ich lande.',
    signOff: { 'accept-now': 'Viele Grüße', 'accept-later': 'Nochmals danke und viele Grüße', decline: 'Nochmals vielen Dank und viele Grüße' },
  },
  fi: {
    greeting: (i) => `Hei ${i},`,
    // Finnish inflects names; the wording keeps the contact's name in the nominative.
    thanks: () => 'kiitos, että tarjouduit esittelemään minut eteenpäin. Arvostan todella, että ajattelit minua.',
    acceptNow: (c) => `${c} on juuri sellainen ihminen, jonka tapaisin mielelläni.`,
    free: (d) => `Minulle sopisi ${d}, ja joustan mielelläni toisen aikataulun mukaan. Voit hyvin antaa sähköpostiosoitteeni eteenpäin.`,
    freeDefault: 'Voit hyvin antaa sähköpostiosoitteeni eteenpäin, ja sovitan aikatauluni toisen mukaan.',
    acceptLater: (c) => `${c} on ihminen, jonka haluan ehdottomasti tavata, ja haluan antaa tapaamiselle kunnolla aikaa.`,
    constraint: (d) => `Ajoitus on vain hankala: ${sentence(d)}`,
    constraintDefault: 'Ajoitus on vain juuri nyt hankala.',
    propose: (l) => `Sopisiko, että palaan asiaan ${l}, kun tämä on takanapäin? Silloin keskustelu saa ansaitsemansa huomion.`,
    laterDefault: 'parin viikon päästä',
    decline: 'On hienoa, että ajattelit minua.',
    reason: (d) => `Totuus on, että harkitsen alan vaihtoa: ${sentence(d)}`,
    reasonDefault: 'Totuus on, että harkitsen alan vaihtoa.',
    respect: (c) => `Tiedän, miten kiireinen ${c} on, enkä halua viedä hänen aikaansa, kun olen itse suuntaamassa muualle.`,
    posted: 'Kerron sinulle, mihin päädyn.',
    signOff: { 'accept-now': 'Terveisin', 'accept-later': 'Kiitos vielä, terveisin', decline: 'Kiitos vielä, terveisin' },
  },
  sv: {
    greeting: (i) => `Hej ${i}!`,
    thanks: (c) => `Tack för att du vill introducera mig för ${c}. Jag uppskattar verkligen att du tänkte på mig.`,
    acceptNow: () => 'Jag tackar gärna ja.',
    free: (d) => `Jag har tid ${d} och anpassar mig gärna efter den andras kalender. Skicka gärna vidare min mejladress.`,
    freeDefault: 'Skicka gärna vidare min mejladress, så anpassar jag mig efter det som passar den andra.',
    acceptLater: () => 'Jag tackar gärna ja och vill kunna ge samtalet ordentligt med tid.',
    constraint: (d) => `Tajmingen är dock svår just nu: ${sentence(d)}`,
    constraintDefault: 'Tajmingen är dock svår just nu.',
    propose: (l) => `Går det bra att jag hör av mig ${l}, när det är avklarat? Då får samtalet den tid det förtjänar.`,
    laterDefault: 'om två veckor',
    decline: 'Det betyder mycket att du tänkte på mig.',
    reason: (d) => `Sanningen är att jag funderar på att byta bana: ${sentence(d)}`,
    reasonDefault: 'Sanningen är att jag funderar på att byta bana.',
    respect: (c) => `Jag vet hur upptagen ${c} måste vara, och jag vill inte ta hens tid när jag är på väg åt ett annat håll.`,
    posted: 'Jag håller dig uppdaterad om var jag landar.',
    signOff: { 'accept-now': 'Vänliga hälsningar', 'accept-later': 'Tack igen och vänliga hälsningar', decline: 'Tack igen och vänliga hälsningar' },
  },
};

/** The reply as plain text, paragraphs separated by a blank line, ready to paste into an email. */
export function introReply(locale: Locale, input: IntroReplyInput): string {
  const w = wording[locale];
  const introducer = input.introducer.trim();
  const contact = input.contact.trim();
  const detail = input.detail?.trim() ?? '';
  const paragraphs: string[] = [w.greeting(introducer)];
  if (input.decision === 'accept-now') {
    paragraphs.push(`${w.thanks(contact)} ${w.acceptNow(contact)}`, detail ? w.free(detail) : w.freeDefault);
  } else if (input.decision === 'accept-later') {
    const later = input.later?.trim() || w.laterDefault;
    paragraphs.push(`${w.thanks(contact)} ${w.acceptLater(contact)}`, `${detail ? w.constraint(detail) : w.constraintDefault} ${w.propose(later)}`);
  } else {
    paragraphs.push(`${w.thanks(contact)} ${w.decline}`, `${detail ? w.reason(detail) : w.reasonDefault} ${w.respect(contact)}`, w.posted);
  }
  const name = input.name?.trim();
  paragraphs.push(name ? `${w.signOff[input.decision]}\n${name}` : w.signOff[input.decision]);
  return paragraphs.join('\n\n');
}
