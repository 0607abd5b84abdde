/**
 * The reconnect builder island (lesson 3): the shared flow with this builder's spec. Each locale's writer
 * is a chunk of its own, loaded when the reader starts answering.
 */
import { islandFor } from '../Island.tsx';
import { reconnectBuilder } from './reconnect.ts';

export default islandFor(reconnectBuilder, {
  en: () => import('./locales/en.ts').then((m) => m.default),
  de: () => import('./locales/de.ts').then((m) => m.default),
  fi: () => import('./locales/fi.ts').then((m) => m.default),
  sv: () => import('./locales/sv.ts').then((m) => m.default),
});
