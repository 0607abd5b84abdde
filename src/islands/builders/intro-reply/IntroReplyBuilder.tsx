/**
 * The intro-reply builder island (lesson 1): the shared flow with this builder's questions. The
 * rest loads when the reader heads for "Write" (see ../Island.tsx): this locale's writer, a chunk
 * of its own, and the rest of the builder (intro-reply.ts: writing the reply and its checks). The
 * intro-decision quiz links here with `?decision=…`, which preselects the decision.
 */
import { islandFor } from '../Island.tsx';
import { presetFromLink } from './preset.ts';
import { introReplyQuestions } from './questions.ts';

export default islandFor(
  introReplyQuestions,
  {
    en: () => import('./locales/en.ts').then((m) => m.default),
    de: () => import('./locales/de.ts').then((m) => m.default),
    fi: () => import('./locales/fi.ts').then((m) => m.default),
    sv: () => import('./locales/sv.ts').then((m) => m.default),
  },
  { spec: () => import('./intro-reply.ts').then((m) => m.introReplyBuilder), preset: presetFromLink },
);
