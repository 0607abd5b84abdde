/**
 * The contact-request builder island (lesson 4): the shared flow with this builder's questions.
 * The rest loads when the reader heads for "Write" (see ../Island.tsx): this locale's writer, a
 * chunk of its own, and the rest of the builder (contact-request.ts: writing the request and its
 * checks).
 */
import { islandFor } from '../Island.tsx';
import { contactRequestQuestions } from './questions.ts';

export default islandFor(
  contactRequestQuestions,
  {
    en: () => import('./locales/en.ts').then((m) => m.default),
    de: () => import('./locales/de.ts').then((m) => m.default),
    fi: () => import('./locales/fi.ts').then((m) => m.default),
    sv: () => import('./locales/sv.ts').then((m) => m.default),
  },
  { spec: () => import('./contact-request.ts').then((m) => m.contactRequestBuilder) },
);
