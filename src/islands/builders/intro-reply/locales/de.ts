/** Die Antwort auf ein Vorstellungsangebot auf Deutsch: Wortlaut und die Wendungen, auf die die Prüfungen achten. */
import type { IntroReplyData, IntroReplyWording } from '../intro-reply.ts';

/** The reply's wording; the quiz reads only this, so it gets no phrase lists. */
export const wording = {
  greeting: 'Hallo {introducer},',
  thanks: 'danke, dass du mich {contact} vorstellen möchtest. Ich freue mich sehr, dass du an mich gedacht hast.',
  acceptNow: 'Das Angebot nehme ich sehr gern an.',
  free: 'Zeit habe ich {when}, und ich richte mich gern nach dem Kalender der anderen Seite. Gib meine E-Mail-Adresse gern weiter.',
  freeDefault: 'Gib meine E-Mail-Adresse gern weiter; ich richte mich ganz nach dem, was der anderen Seite passt.',
  acceptLater: 'Das Angebot nehme ich sehr gern an, und ich möchte mir für das Gespräch richtig Zeit nehmen.',
  constraint: 'Gerade ist das Timing allerdings schwierig: {constraint}',
  constraintDefault: 'Gerade ist das Timing allerdings schwierig.',
  propose: 'Darf ich mich {later} wieder bei dir melden, wenn das hinter mir liegt? Dann bekommt das Gespräch die Aufmerksamkeit, die es verdient.',
  laterDefault: 'in zwei Wochen',
  decline: 'Das ist ein großzügiges Angebot, und ich möchte dir ehrlich antworten.',
  reason: 'Ehrlich gesagt denke ich gerade über einen beruflichen Wechsel nach: {reason}',
  reasonDefault: 'Ehrlich gesagt denke ich gerade über einen beruflichen Wechsel nach.',
  respect: 'Ich weiß, wie viel {contact} zu tun hat, und möchte die Zeit nicht beanspruchen, solange ich beruflich woanders hinwill.',
  posted: 'Ich halte dich auf dem Laufenden, wo ich lande.',
  capitalAfterColon: true,
  signOff: { 'accept-now': 'Viele Grüße', 'accept-later': 'Nochmals danke und viele Grüße', decline: 'Nochmals vielen Dank und viele Grüße' },
} satisfies IntroReplyWording;

/** What the checks look for. */
export const phrases = {
  thanks: ['dank*', 'freue mich', 'freut mich', 'schön, dass', 'lieb von dir', 'nett von dir', 'weiß ich zu schätzen', 'bedeutet mir'],
  busy: [
    'zu beschäftigt', 'zu viel zu tun', 'keine zeit', 'zu wenig zeit', 'im stress', 'vielleicht später', 'irgendwann',
    'ein andermal', 'später im jahr', 'wenn es ruhiger wird', 'land unter',
  ],
  availability: [
    'zeit habe ich', 'habe ich zeit', 'flexibel', 'passt mir', 'passt', 'montag*', 'dienstag*', 'mittwoch*',
    'donnerstag*', 'freitag*', 'samstag*', 'sonntag*', 'e-mail-adresse', 'mailadresse',
    'kalender', 'nummer', 'weitergeben', 'weiter', 'richte mich', 'nächste woche', 'nächsten woche',
  ],
  constraint: [
    'reise*', 'dienstreise', 'fliege', 'flug', 'messe', 'deadline', 'abgabe*', 'release', 'launch', 'umzug', 'ziehe um',
    'ziehen um', 'konferenz', 'workshop', 'prüfung*', 'urlaub', 'unterwegs', 'projektende', 'abschluss', 'bis ende', 'bis zum',
  ],
  concrete: [
    'montag*', 'dienstag*', 'mittwoch*', 'donnerstag*', 'freitag*', 'samstag*', 'sonntag*', 'übernächste*', 'januar',
    'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september',
    'oktober', 'november', 'dezember', 'nächste woche', 'nächsten woche', 'nächsten monat', 'in zwei wochen',
    'in drei wochen', 'in vier wochen', 'in # wochen', 'in # tagen', 'in einer woche', 'in zehn tagen',
    'in vierzehn tagen', '#.#', 'ende des monats', 'anfang nächsten monats',
  ],
  reason: [
    'beruflich* neu', 'neu orientier*', 'orientiere mich', 'umorientier*', 'wechsle', 'wechseln', 'wechsel', 'branche',
    'umschul*', 'weg von', 'woandershin', 'woanders hin', 'ausstieg', 'aussteigen', 'neue richtung', 'anderen weg',
  ],
  respect: ['zeit stehlen', 'seine zeit', 'ihre zeit', 'deine zeit', 'zu tun hat', 'um die ohren', 'beanspruchen', 'verschwenden', 'kostbar'],
  posted: ['auf dem laufenden', 'halte dich', 'melde mich', 'erzähle dir', 'gebe dir bescheid', 'sage dir bescheid', 'sag dir bescheid', 'berichte dir'],
} satisfies IntroReplyData['phrases'];

export default { wording, phrases } satisfies IntroReplyData;
