/** Svaret på ett erbjudande om introduktion på svenska: formuleringar och de fraser som kontrollerna letar efter. */
import type { IntroReplyData, IntroReplyWording } from '../intro-reply.ts';

/** The reply's wording; the quiz reads only this, so it gets no phrase lists. */
export const wording = {
  greeting: 'Hej {introducer}!',
  thanks: 'Tack för att du vill introducera mig för {contact}. Jag uppskattar verkligen att du tänkte på mig.',
  acceptNow: 'Jag tackar gärna ja.',
  free: 'Jag har tid {when} och anpassar mig gärna efter den andras kalender. Skicka gärna vidare min mejladress.',
  freeDefault: 'Skicka gärna vidare min mejladress, så anpassar jag mig efter det som passar den andra.',
  acceptLater: 'Jag tackar gärna ja och vill kunna ge samtalet ordentligt med tid.',
  constraint: 'Tajmingen är dock svår just nu: {constraint}',
  constraintDefault: 'Tajmingen är dock svår just nu.',
  propose: 'Går det bra att jag hör av mig {later}, när det är avklarat? Då får samtalet den tid det förtjänar.',
  laterDefault: 'om två veckor',
  decline: 'Det är ett generöst erbjudande, och jag vill svara ärligt.',
  reason: 'Sanningen är att jag funderar på att byta bana: {reason}',
  reasonDefault: 'Sanningen är att jag funderar på att byta bana.',
  respect: 'Jag vet hur upptagen {contact} måste vara, och jag vill inte ta hens tid när jag är på väg åt ett annat håll.',
  posted: 'Jag håller dig uppdaterad om var jag landar.',
  signOff: { 'accept-now': 'Vänliga hälsningar', 'accept-later': 'Tack igen och vänliga hälsningar', decline: 'Tack igen och vänliga hälsningar' },
} satisfies IntroReplyWording;

/** What the checks look for. */
export const phrases = {
  thanks: ['tack*', 'uppskattar', 'tacksam', 'roligt att du', 'snällt', 'det värmer', 'betyder mycket'],
  busy: [
    'för upptagen', 'för mycket att göra', 'har inte tid', 'ingen tid', 'hinner inte', 'kanske senare', 'någon annan gång',
    'vid tillfälle', 'längre fram', 'senare i år', 'när det lugnat sig', 'fullt upp',
  ],
  availability: [
    'har tid', 'passar', 'fungera', 'fungerar', 'måndag*', 'tisdag*', 'onsdag*', 'torsdag*', 'fredag*', 'lördag*',
    'söndag*', 'mejladress*', 'e-postadress*', 'kalender', 'nummer',
    'vidare', 'anpassar mig', 'nästa vecka',
  ],
  constraint: [
    'resa', 'reser', 'resan', 'flyger', 'deadline', 'lansering*', 'släpp*', 'flytt*', 'mässa*', 'konferens*', 'tenta*',
    'semester*', 'bortrest', 'lämnar in', 'inlämning*', 'projekt*', 'tävlingsförslag', 'fram till',
  ],
  concrete: [
    'måndag*', 'tisdag*', 'onsdag*', 'torsdag*', 'fredag*', 'lördag*', 'söndag*', 'januari', 'februari', 'mars',
    'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober',
    'november', 'december', 'nästa vecka', 'nästa månad', 'om två veckor', 'om tre veckor', 'om fyra veckor',
    'om # veckor', 'om # dagar', 'om en vecka', 'om tio dagar', 'den #', '#/#', 'i slutet av månaden',
  ],
  reason: [
    'byta bana', 'byter bana', 'byta bransch', 'byter bransch', 'byta yrke', 'byter yrke', 'lämna', 'lämnar', 'omskol*',
    'nytt yrke', 'annat håll', 'ny riktning', 'utbildar mig', 'studerar till', 'börja om',
  ],
  respect: ['hens tid', 'hennes tid', 'hans tid', 'upptagen', 'fulltecknad', 'slösa'],
  posted: ['håller dig uppdaterad', 'håller dig informerad', 'hör av mig', 'berättar', 'låter dig veta', 'meddelar'],
} satisfies IntroReplyData['phrases'];

export default { wording, phrases } satisfies IntroReplyData;
