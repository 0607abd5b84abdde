/** The reply to an offered introduction in English: wording and the phrases its checks look for. */
import type { IntroReplyData, IntroReplyWording } from '../intro-reply.ts';

/** The reply's wording; the quiz reads only this, so it gets no phrase lists. */
export const wording = {
  greeting: 'Hi {introducer},',
  thanks: 'Thank you for offering to introduce me to {contact}. I really appreciate you thinking of me.',
  acceptNow: 'I’d be very glad to take you up on it.',
  free: 'I’m free {when} and happy to work around their diary. Please feel free to pass on my email address.',
  freeDefault: 'Please feel free to pass on my email address, and I’ll fit in with whatever suits them.',
  acceptLater: 'I’d love to take you up on it, and I want to give the conversation proper attention.',
  constraint: 'The timing is tricky: {constraint}',
  constraintDefault: 'The timing is tricky this week.',
  propose: 'Could I get back to you {later}, once that’s behind me? That way the conversation gets the time it deserves.',
  laterDefault: 'in two weeks',
  decline: 'It’s a generous offer, and I want to answer it honestly.',
  reason: 'The truth is that I’m considering a change of career: {reason}',
  reasonDefault: 'The truth is that I’m considering a change of career.',
  respect: 'I know how busy {contact} must be, and I don’t want to take up their time while I’m heading somewhere else.',
  posted: 'I’ll keep you posted on where I land.',
  signOff: { 'accept-now': 'Best wishes,', 'accept-later': 'Thanks again,', decline: 'Thank you again,' },
} satisfies IntroReplyWording;

/** What the checks look for. */
export const phrases = {
  thanks: ['thank*', 'thanks', 'grateful', 'appreciate*', 'kind of you', 'means a lot', 'good of you'],
  busy: [
    'too busy', 'swamped', 'snowed under', 'no time', 'don’t have time', 'do not have time', 'don’t have the time',
    'haven’t got time', 'maybe later', 'some other time', 'another time', 'at some point', 'later in the year', 'sometime',
    'when things calm down', 'when I’m less busy',
  ],
  availability: [
    'free', 'available', 'availability', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
    'sunday', 'pass on my', 'email address', 'my number', 'diary', 'calendar',
    'whenever suits', 'fit in', 'work around', 'any time', 'next week', 'this week',
  ],
  constraint: [
    'travel*', 'trip', 'fly*', 'flight', 'deadline', 'release', 'launch*', 'moving', 'move house', 'conference', 'workshop',
    'exam*', 'holiday', 'leave', 'away', 'until', 'tender', 'presentation', 'audit', 'trade fair',
  ],
  concrete: [
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
    'april', 'in may', 'of may', 'may #', '# may', 'june', 'july', 'august',
    'september', 'october', 'november', 'december', 'next week', 'next month', 'in a week', 'in # week*', 'in # day*',
    'two weeks', 'three weeks', 'four weeks', 'ten days', 'fortnight', '# weeks', '#th', '#st', '#nd', '#rd', '#/#', '#.#',
    'end of the month', 'start of next month',
  ],
  reason: [
    'career', 'changing field*', 'new field', 'moving into', 'moving away', 'away from', 'leaving', 'retrain*',
    'training to', 'training as', 'switch*', 'somewhere else', 'new direction', 'different direction', 'different path',
    'step away',
  ],
  respect: ['their time', 'her time', 'his time', 'your time', 'take up', 'waste', 'busy', 'time is precious'],
  posted: [
    'keep you posted', 'keep you updated', 'keep you in the loop', 'let you know', 'tell you where', 'update you',
    'be in touch', 'fill you in', 'report back',
  ],
} satisfies IntroReplyData['phrases'];

export default { wording, phrases } satisfies IntroReplyData;
