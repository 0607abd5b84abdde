/**
 * The intro-reply builder island (lesson 1): the shared flow with this builder's spec. Each locale's writer
 * is a chunk of its own, loaded when the reader starts answering. The intro-decision quiz links here with `?decision=…`, which preselects the decision.
 */
import { islandFor } from '../Island.tsx';
import { introReplyBuilder } from './intro-reply.ts';
import { presetFromLink } from './preset.ts';

export default islandFor(
  introReplyBuilder,
  {
    en: () => import('./locales/en.ts').then((m) => m.default),
    de: () => import('./locales/de.ts').then((m) => m.default),
    fi: () => import('./locales/fi.ts').then((m) => m.default),
    sv: () => import('./locales/sv.ts').then((m) => m.default),
  },
  { preset: presetFromLink },
);
