/**
 * The reconnect builder island (lesson 3): the shared flow with this builder's questions. The rest
 * loads when the reader heads for "Write" (see ../Island.tsx): this locale's writer, a chunk of
 * its own, and the rest of the builder (reconnect.ts: writing the email and its checks).
 */
import { islandFor } from '../Island.tsx';
import { reconnectQuestions } from './questions.ts';

export default islandFor(
  reconnectQuestions,
  {
    en: () => import('./locales/en.ts').then((m) => m.default),
    de: () => import('./locales/de.ts').then((m) => m.default),
    fi: () => import('./locales/fi.ts').then((m) => m.default),
    sv: () => import('./locales/sv.ts').then((m) => m.default),
  },
  { spec: () => import('./reconnect.ts').then((m) => m.reconnectBuilder) },
);
