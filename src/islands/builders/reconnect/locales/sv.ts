/**
 * Mejlet för att återknyta kontakten på svenska: formuleringar och de fraser som kontrollerna letar
 * efter. Den formellare tonen är artigare men behåller du.
 */
import type { ReconnectData } from '../reconnect.ts';

export default {
  wording: {
    subjectLabel: 'Ämne',
    years: ['ett år', 'två år', 'tre år', 'fyra år', 'fem år', 'sex år', 'sju år', 'åtta år', 'nio år', 'tio år', 'elva år', 'tolv år'],
    manyYears: '{count} år',
    tones: {
      warm: {
        subject: '{Years} sedan sist – och en fråga',
        greeting: 'Hej {name}!',
        silence: 'Det har gått {years} sedan vi hördes sist, alldeles för länge – och det ligger på oss båda.',
        hope: 'Jag hoppas att allt är bra med dig.',
        update: 'Kort om mig: {news}',
        ask: 'Det finns en sak som jag gärna skulle vilja ha ditt råd om: {advice} Har du tid för ett kort samtal eller en fika de närmaste veckorna?',
        out: 'Jag vet att du har mycket att göra, så passar det inte just nu är det helt okej.',
        offer: 'Och i gengäld erbjuder jag gärna {offer} – säg bara till.',
        offerDefault: 'Och kan jag hjälpa dig någon gång, så säg bara till.',
        signOff: 'Varma hälsningar',
      },
      formal: {
        subject: 'En hälsning efter {years} – och en fråga',
        greeting: 'Hej {name},',
        silence: 'Det är länge sedan vi hördes – hela {years} har gått sedan sist.',
        hope: 'Jag hoppas att allt står väl till.',
        update: 'Kort om vad jag gör i dag: {news}',
        ask: 'Jag skulle sätta stort värde på ditt råd i en fråga: {advice} Skulle du ha en halvtimme för ett samtal under de kommande veckorna?',
        out: 'Jag förstår att din kalender är full, så passar det inte nu är det helt i sin ordning.',
        offer: 'I gengäld erbjuder jag gärna {offer}, om det kan vara till nytta.',
        offerDefault: 'Kan jag på något sätt vara till hjälp i gengäld, så säg gärna till.',
        signOff: 'Vänliga hälsningar',
      },
    },
  },
  phrases: {
    silence: [
      'år', 'året', 'åren', 'månader', 'länge sedan', 'länge', 'sedan sist', 'hördes', 'sedan vi sågs', 'tystnad*', 'en evighet', 'evigheter', 'senast vi',
      'var senast',
    ],
    personal: [
      'minns', 'kommer ihåg', 'tänker fortfarande', 'tänker ofta', 'tänkte på dig', 'hoppas att', 'hoppas allt', 'hoppas du', 'hur mår du',
      'hur har du det', 'hur har det', 'saknar', 'tillsammans', 'vår tid', 'på den tiden', 'då vi', 'när vi',
    ],
    update: [
      'kort om mig', 'nytt från mig', 'nyheter', 'numera', 'nu för tiden', 'sedan dess', 'jobbar', 'jobbat', 'arbetar', 'arbetat', 'blev jag',
      'är jag', 'har jag', 'startar', 'startade', 'leder', 'ansvarar', 'flyttade', 'bytte', 'ny tjänst', 'nytt jobb',
      'i dag',
    ],
    advice: [
      'råd', 'rådet', 'tips', 'tipsen', 'synpunkt*', 'åsikt*', 'erfarenhet*', 'höra hur', 'höra vad', 'höra om',
      'skulle du ha', 'har du tid', 'har du lust', 'får jag fråga', 'kan jag fråga', 'lära av dig', 'vad du tycker', 'hur du',
    ],
    pressure: [
      'akut', 'brådskande', 'snarast', 'omedelbart', 'genast', 'asap', 'så snart som möjligt', 'så fort som möjligt',
      'desperat*', 'behöver verkligen', 'behöver din hjälp', 'du måste', 'du är den enda', 'bara du kan', 'sista hoppet',
      'enda hoppet', 'snälla hjälp', 'hjälp mig', 'nödläge', 'senast i morgon', 'senast imorgon', 'senast på', 'till i morgon',
      '!!',
    ],
    out: [
      'helt okej', 'helt ok', 'helt i sin ordning', 'inga problem', 'ingen fara', 'ingen press', 'känn ingen press',
      'förstår om', 'förstår helt', 'passar det inte', 'om det inte passar', 'om du inte hinner', 'har du för mycket',
      'säg bara nej', 'det är lugnt',
    ],
    offer: [
      'i gengäld', 'hjälpa dig', 'till nytta', 'till hjälp', 'ställer gärna upp', 'ställer upp', 'säg bara till', 'säg till',
      'erbjuda', 'erbjuder', 'gentjänst',
    ],
  },
  maxWords: 200,
} satisfies ReconnectData;
