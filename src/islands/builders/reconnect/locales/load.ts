/** Each locale's writer as a chunk of its own: the island imports this, and loads one. */
import type { Locale } from '../../../../i18n/locales.ts';
import type { ReconnectWriter } from '../reconnect.ts';

export const loadReconnect: Record<Locale, () => Promise<ReconnectWriter>> = {
  en: () => import('./en.ts').then((m) => m.default),
  de: () => import('./de.ts').then((m) => m.default),
  fi: () => import('./fi.ts').then((m) => m.default),
  sv: () => import('./sv.ts').then((m) => m.default),
};
