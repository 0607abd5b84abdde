/**
 * The contact-request builder island (lesson 4): the shared flow with this builder's spec. Each locale's writer
 * is a chunk of its own, loaded when the reader starts answering.
 */
import { islandFor } from '../Island.tsx';
import { contactRequestBuilder } from './contact-request.ts';

export default islandFor(contactRequestBuilder, {
  en: () => import('./locales/en.ts').then((m) => m.default),
  de: () => import('./locales/de.ts').then((m) => m.default),
  fi: () => import('./locales/fi.ts').then((m) => m.default),
  sv: () => import('./locales/sv.ts').then((m) => m.default),
});
