/** Each locale's writer as a chunk of its own: the island imports this, and loads one. */
import type { Locale } from '../../../../i18n/locales.ts';
import type { ContactRequestWriter } from '../contact-request.ts';

export const loadContactRequest: Record<Locale, () => Promise<ContactRequestWriter>> = {
  en: () => import('./en.ts').then((m) => m.default),
  de: () => import('./de.ts').then((m) => m.default),
  fi: () => import('./fi.ts').then((m) => m.default),
  sv: () => import('./sv.ts').then((m) => m.default),
};
