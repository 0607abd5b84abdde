/** The reconnection email in English: its wording and the phrases its checks look for. */
import type { ReconnectData } from '../reconnect.ts';

export default {
  wording: {
    subjectLabel: 'Subject',
    years: ['a year', 'two years', 'three years', 'four years', 'five years', 'six years', 'seven years', 'eight years', 'nine years', 'ten years', 'eleven years', 'twelve years'],
    manyYears: '{count} years',
    tones: {
      warm: {
        subject: '{Years} since we last spoke, and a question',
        greeting: 'Hi {name},',
        silence: 'It’s been {years} since we last spoke, which is far too long – and that’s on both of us.',
        hope: 'I hope things are good with you.',
        update: 'A quick update from me: {news}',
        ask: 'There’s one thing I’d really value your advice on: {advice} Would you have twenty minutes for a call or a coffee in the next few weeks?',
        out: 'I know how full your days are, so if now isn’t a good time, no worries at all.',
        offer: 'And if I can return the favour, I’d be glad to offer {offer}. Just say the word.',
        offerDefault: 'And if I can ever return the favour, just say the word.',
        signOff: 'Warm wishes,',
      },
      formal: {
        subject: 'Getting back in touch after {years}, with a question',
        greeting: 'Dear {name},',
        silence: 'It has been {years} since we were last in touch, far longer than I meant to let pass.',
        hope: 'I hope all is well with you.',
        update: 'To bring you briefly up to date: {news}',
        ask: 'There is one question on which I would greatly value your advice: {advice} Might you have twenty minutes for a call in the coming weeks?',
        out: 'I know how busy you are, so please do not worry if now is not a good time; I would completely understand.',
        offer: 'In return, I would be glad to offer {offer} whenever it might be useful.',
        offerDefault: 'In return, I would be glad to help in any way I can.',
        signOff: 'Kind regards,',
      },
    },
  },
  phrases: {
    silence: [
      'years', 'a year', 'over a year', 'months', 'long time', 'a while', 'ages', 'since we last', 'last spoke', 'last talked',
      'last saw', 'back in touch', 'lost touch', 'out of touch', 'long silence', 'too long', 'so long', 'long overdue',
      'since your leaving', 'since you left', 'since I left', 'long time no',
    ],
    personal: [
      'remember', 'I still think', 'think of you', 'thought of you', 'hope you', 'hope things', 'hope all', 'hope this finds',
      'hope life', 'how are you', 'how have you been', 'how’s', 'how is life', 'miss', 'whenever', 'those days', 'back when',
      'when we', 'we used to', 'our time', 'your team', 'together', 'still use', 'taught me', 'memories', 'fond*',
    ],
    update: [
      'update', 'up to date', 'my news', 'news', 'these days', 'since then', 'since you left', 'since I left', 'I’m now', 'I am now', 'I now',
      'I’ve been', 'I have been', 'I moved', 'I’ve moved', 'I joined', 'I stayed', 'I’m still', 'I am still', 'I work',
      'I’m working', 'I am working', 'I started', 'I’ve started', 'I lead', 'I run', 'I left', 'I’ve just', 'recently',
      'currently', 'at the moment', 'last year', 'this year', 'new job', 'new role',
    ],
    advice: [
      'advice', 'advise', 'your view', 'your views', 'your thoughts', 'your opinion', 'your perspective', 'your take',
      'your experience', 'pick your brain', 'learn from you', 'hear how', 'hear what', 'hear about', 'what you think',
      'what you’d do', 'would you have', 'could I ask', 'may I ask', 'I’d value', 'I would value', 'I’d love to hear',
      'tips', 'pointers', 'what helped', 'what worked', 'your input', 'guidance', 'insight*',
    ],
    pressure: [
      'urgent*', 'asap', 'as soon as possible', 'desperate*', 'the only one who', 'the only person who', 'you’re the only one',
      'you are the only one', 'only you can', 'I really need', 'I badly need', 'I need your help', 'I need you to',
      'please help', 'help me out', 'I beg', 'begging', 'you have to help', 'you need to help', 'immediately', 'right away',
      'emergency', 'can’t do this without you', 'cannot do this without you', 'counting on you', 'don’t let me down',
      'last hope', 'only hope', 'last resort', 'save me', 'save my', 'I’m stuck', 'disaster', 'by tomorrow',
      'by the end of the week', 'by end of day', 'by Monday', 'by Tuesday', 'by Wednesday', 'by Thursday', 'by Friday',
      'no later than', 'reply soon', 'need an answer', '!!',
    ],
    out: [
      'no worries', 'don’t worry', 'do not worry', 'no pressure', 'no problem', 'no obligation', 'completely understand',
      'totally understand', 'fully understand', 'I’ll understand', 'I will understand', 'I’d understand', 'I would understand',
      'understand if', 'if now isn’t', 'if now is not', 'not a good time', 'not a good moment', 'if you’re too busy',
      'if you are too busy', 'if you don’t have time', 'if you do not have time', 'if you can’t', 'if you cannot',
      'if things are hectic', 'if it doesn’t suit', 'feel free to say no', 'fine to say no', 'absolutely fine',
      'totally fine', 'perfectly fine',
    ],
    offer: [
      'return the favour', 'return the favor', 'in return', 'if I can ever', 'if I can help', 'if I can be', 'happy to help',
      'glad to help', 'happy to offer', 'glad to offer', 'anything I can do', 'let me know if I can', 'consider me',
      'count on me', 'just say', 'just ask', 'help you with', 'be of use', 'be useful to you', 'owe you one',
    ],
  },
  maxWords: 200,
} satisfies ReconnectData;
