/**
 * Die Kontaktanfrage und die erste persönliche Nachricht auf Deutsch: Wortlaut und die Wendungen,
 * auf die die Prüfungen achten. Der warme Ton duzt, der förmliche siezt.
 */
import type { ContactData } from '../contact-request.ts';

export default {
  wording: {
    warm: {
      greeting: 'Hallo {name},',
      request: {
        met: 'schön, dass wir uns {context} getroffen haben! Ich würde gern in Kontakt bleiben.',
        metOffer: 'schön, dass wir uns {context} getroffen haben! Ich würde gern in Kontakt bleiben. Was ich dir bieten kann: {offer}.',
        notMet: 'ich melde mich, denn {context}. Ich würde mich freuen, in Kontakt zu bleiben.',
        notMetOffer: 'ich melde mich, denn {context}. Ich würde mich freuen, in Kontakt zu bleiben. Was ich dir im Gegenzug bieten kann: {offer}.',
      },
      message: {
        greeting: 'Hallo {name},',
        met: 'schön, dass wir uns {context} getroffen haben – ich würde das Gespräch gern fortsetzen.',
        notMet: 'ich melde mich bei dir, denn {context}.',
        hope: 'Ich würde gern mehr über deine Arbeit erfahren und in Kontakt bleiben.',
        offer: 'Was ich dir im Gegenzug bieten kann: {offer}.',
        later: 'Wenn du magst, können wir uns danach auch hier vernetzen – und wenn es gerade nicht passt, ist das völlig in Ordnung.',
        signOff: 'Viele Grüße',
      },
    },
    formal: {
      greeting: 'Guten Tag {name},',
      request: {
        met: 'es hat mich gefreut, dass wir uns {context} getroffen haben. Ich würde gern in Kontakt bleiben.',
        metOffer: 'es hat mich gefreut, dass wir uns {context} getroffen haben. Ich würde gern in Kontakt bleiben. Was ich Ihnen bieten kann: {offer}.',
        notMet: 'ich melde mich bei Ihnen, denn {context}. Ich würde mich freuen, in Kontakt zu bleiben.',
        notMetOffer: 'ich melde mich bei Ihnen, denn {context}. Ich würde mich freuen, in Kontakt zu bleiben. Was ich Ihnen im Gegenzug bieten kann: {offer}.',
      },
      message: {
        greeting: 'Guten Tag {name},',
        met: 'es hat mich gefreut, dass wir uns {context} getroffen haben, und ich würde das Gespräch gern fortsetzen.',
        notMet: 'ich melde mich bei Ihnen, denn {context}.',
        hope: 'Ich würde gern mehr über Ihre Arbeit erfahren und mit Ihnen in Kontakt bleiben.',
        offer: 'Was ich Ihnen im Gegenzug bieten kann: {offer}.',
        later: 'Wenn Sie möchten, können wir uns danach auch hier vernetzen; und wenn es gerade nicht passt, verstehe ich das selbstverständlich.',
        signOff: 'Freundliche Grüße',
      },
    },
  },
  phrases: {
    reason: [
      'weil', 'denn', 'da ich', 'getroffen', 'kennengelernt', 'treffen', 'unterhalten', 'gespräch*', 'beitrag*', 'vortrag*',
      'artikel*', 'buch', 'studie*', 'gelesen', 'gehört', 'gesehen', 'verfolge', 'interessier*', 'arbeite an',
      'beschäftig*', 'gemeinsam*', 'angesprochen', 'empfohlen', 'veranstaltung', 'konferenz', 'messe', 'workshop', 'plaudern', 'geplaudert', 'austausch', 'webinar', 'podcast*',
      'fachtagung', 'tagung',
    ],
    vague: [
      'win-win*', 'gegenseitig* nutzen', 'gegenseitig* vorteil*', 'beiderseitig*', 'für beide seiten', 'beide seiten',
      'nutzen für beide', 'vorteile für beide', 'vorteil für beide', 'beide profitieren', 'profitieren beide', 'synergie*',
      'netzwerk erweitern', 'netzwerk vergrößern', 'netzwerk ausbauen', 'spannende möglichkeit*', 'interessante möglichkeit*',
      'geschäftsmöglichkeit*',
    ],
    offer: [
      'im gegenzug', 'bieten kann', 'biete', 'anbieten', 'erzähle gern', 'teile gern', 'schicke', 'sende', 'helfe',
      'helfen kann', 'unterstütz*', 'melde dich', 'melden sie sich', 'zur verfügung',
    ],
  },
  messageMaxWords: 140,
} satisfies ContactData;
