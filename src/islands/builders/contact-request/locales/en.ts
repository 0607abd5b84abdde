/** The contact request and first personal message in English: wording and the phrases the checks look for. */
import type { ContactData } from '../contact-request.ts';

export default {
  wording: {
    warm: {
      greeting: 'Hi {name},',
      request: {
        met: 'good to meet you {context}. I’d like to stay in touch here.',
        metOffer: 'good to meet you {context}. I’d like to stay in touch here, and I’m glad to offer {offer}.',
        notMet: 'I’m writing because {context}. I’d value staying in touch.',
        notMetOffer: 'I’m writing because {context}. I’d value staying in touch, and in return I’m glad to offer {offer}.',
      },
      message: {
        greeting: 'Hi {name},',
        met: 'It was good to meet you {context}, and I’d like to keep the conversation going.',
        notMet: 'I’m writing because {context}.',
        hope: 'I’d be glad to hear more about your work and to stay in touch.',
        offer: 'In return, I’m glad to offer {offer}.',
        later: 'If you like, we could connect here afterwards – and if now isn’t the moment, no problem at all.',
        signOff: 'Best wishes,',
      },
    },
    formal: {
      greeting: 'Hello {name},',
      request: {
        met: 'it was a pleasure to meet you {context}. I would be glad to stay in touch here.',
        metOffer: 'it was a pleasure to meet you {context}. I would be glad to stay in touch here, and I am happy to offer {offer}.',
        notMet: 'I am writing because {context}. I would value staying in touch.',
        notMetOffer: 'I am writing because {context}. I would value staying in touch, and in return I am happy to offer {offer}.',
      },
      message: {
        greeting: 'Dear {name},',
        met: 'It was a pleasure to meet you {context}, and I would like to continue our conversation.',
        notMet: 'I am writing because {context}.',
        hope: 'I would be glad to learn more about your work and to stay in touch.',
        offer: 'In return, I am happy to offer {offer}.',
        later: 'If you agree, we could connect here afterwards; and if the timing is not right, I will fully understand.',
        signOff: 'Kind regards,',
      },
    },
  },
  phrases: {
    reason: [
      'because', 'since', 'as I', 'meet', 'met', 'meeting', 'our chat', 'our talk', 'our conversation', 'we spoke', 'we talked',
      'talking', 'your talk', 'your article', 'your post', 'your work', 'your book', 'your research', 'your paper',
      'your presentation', 'your team', 'I read', 'I saw', 'I heard', 'I follow', 'I’ve followed', 'I’ve been following',
      'enjoyed', 'interested in', 'I’m working on', 'I work on', 'I’m building', 'we both', 'we share', 'recommended',
      'suggested', 'fellow', 'lunch', 'workshop', 'conference', 'chat*', 'meetup', 'event', 'panel', 'webinar', 'podcast*',
      'I listened',
    ],
    vague: [
      'win-win', 'win win', 'mutual benefit', 'mutually beneficial', 'benefit us both', 'benefit both', 'both benefit',
      'benefit each other', 'benefits for both', 'both sides', 'synerg*', 'grow our network*', 'grow my network',
      'expand my network', 'expand our network*', 'add you to my professional network', 'join my network',
      'great opportunit*', 'exciting opportunit*', 'business opportunit*', 'value for both', 'leverage',
      'explore opportunities', 'potential collaboration',
    ],
    offer: [
      'in return', 'glad to offer', 'happy to offer', 'I could offer', 'I can offer', 'glad to share', 'happy to share',
      'I could share', 'I can share', 'I’ll send', 'I can send', 'happy to help', 'glad to help', 'let me know if I can',
      'return the favour', 'return the favor',
    ],
  },
  messageMaxWords: 150,
} satisfies ContactData;
