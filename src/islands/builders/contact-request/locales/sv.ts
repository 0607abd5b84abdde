/**
 * Kontaktförfrågan och det första personliga meddelandet på svenska: formuleringar och de fraser
 * som kontrollerna letar efter. Den formellare tonen är artigare men behåller du.
 */
import type { ContactRequestData } from '../contact-request.ts';

export default {
  wording: {
    warm: {
      greeting: 'Hej {name}!',
      request: {
        met: 'Trevligt att ses {context}. Jag lägger gärna till dig här så att vi håller kontakten.',
        metOffer:
          'Trevligt att ses {context}. Jag lägger gärna till dig här så att vi håller kontakten, och jag erbjuder gärna {offer}.',
        notMet: 'Jag hör av mig eftersom {context}. Jag skulle gärna vilja hålla kontakten.',
        notMetOffer:
          'Jag hör av mig eftersom {context}. Jag skulle gärna vilja hålla kontakten och kan i gengäld erbjuda {offer}.',
      },
      message: {
        greeting: 'Hej {name}!',
        met: 'Trevligt att ses {context} – jag skulle gärna fortsätta samtalet.',
        notMet: 'Jag hör av mig eftersom {context}.',
        hope: 'Jag skulle gärna höra mer om ditt arbete och hålla kontakten.',
        offer: 'I gengäld erbjuder jag gärna {offer}.',
        later: 'Om du vill kan vi lägga till varandra här efteråt – och passar det inte just nu är det helt okej.',
        signOff: 'Hälsningar',
      },
    },
    formal: {
      greeting: 'Hej {name},',
      request: {
        met: 'tack för ett givande möte {context}. Jag skulle uppskatta att hålla kontakten här.',
        metOffer:
          'tack för ett givande möte {context}. Jag skulle uppskatta att hålla kontakten här, och jag erbjuder gärna {offer}.',
        notMet: 'jag hör av mig eftersom {context}. Jag skulle uppskatta att hålla kontakten.',
        notMetOffer:
          'jag hör av mig eftersom {context}. Jag skulle uppskatta att hålla kontakten och kan i gengäld erbjuda {offer}.',
      },
      message: {
        greeting: 'Hej {name},',
        met: 'Tack för ett givande möte {context}. Jag skulle gärna fortsätta vårt samtal.',
        notMet: 'Jag hör av mig eftersom {context}.',
        hope: 'Jag skulle gärna veta mer om ditt arbete och hålla kontakten.',
        offer: 'I gengäld erbjuder jag gärna {offer}.',
        later:
          'Om det passar dig kan vi lägga till varandra här efteråt. Passar det inte nu är det helt i sin ordning.',
        signOff: 'Vänliga hälsningar',
      },
    },
  },
  phrases: {
    reason: [
      'eftersom',
      'för att',
      'då jag',
      'träffades',
      'träffas',
      'träffade',
      'träff*',
      'ses',
      'möte',
      'mötet',
      'pratade',
      'prata',
      'samtal*',
      'seminari*',
      'föredrag*',
      'artikel*',
      'inlägg*',
      'bok',
      'läste',
      'hörde',
      'såg',
      'följt',
      'följer',
      'intresse*',
      'intresserad',
      'jobbar med',
      'arbetar med',
      'tipsade',
      'rekommender*',
      'mässa*',
      'konferens*',
      'workshop',
      'mingel*',
      'webbinari*',
      'podd*',
      'rapport*',
    ],
    vague: [
      'win-win',
      'ömsesidig* nytta',
      'ömsesidigt',
      'nytta för oss båda',
      'nytta för båda',
      'båda parter',
      'båda sidor',
      'synergi*',
      'utöka mitt nätverk',
      'bredda mitt nätverk',
      'växa mitt nätverk',
      'växa våra nätverk',
      'spännande möjlighet*',
      'fantastisk möjlighet',
      'affärsmöjlighet*',
    ],
    offer: [
      'i gengäld',
      'erbjuda',
      'erbjuder',
      'dela',
      'delar',
      'skicka',
      'skickar',
      'hjälpa',
      'hjälper',
      'säg till',
      'ställer upp',
      'till nytta',
    ],
  },
  messageMaxWords: 150,
} satisfies ContactRequestData;
