/**
 * A quiz's saved progress for the island, read through `useSyncExternalStore` from its record
 * (quiz.ts, src/lib/collection.ts): another tab's answers show here as they are given. Before the
 * browser has read anything (the server's render, hydration) it is the first attempt.
 */
import { useState, useSyncExternalStore } from 'react';
import { createCollection, type Snapshot } from '../../lib/collection.ts';
import type { Aside, StorageLike } from '../../lib/storage.ts';
import { startProgress } from './quiz.ts';
import { quizKind, type Progress, type QuizShape } from './progress.ts';

const nothingYet = () => undefined;

export interface QuizProgress {
  progress: Progress;
  /** Undefined until the browser has read what is saved. */
  saved: Snapshot<Progress> | undefined;
  save(next: Progress): void;
  discardAside(key: string): Aside | undefined;
  restoreAside(aside: Aside): void;
}

export function useQuizProgress(quiz: QuizShape, storage?: StorageLike): QuizProgress {
  const [collection] = useState(() =>
    createCollection(quizKind([quiz]), { ids: [quiz.id], ...(storage ? { storage } : {}) }),
  );
  const snapshot = useSyncExternalStore(collection.subscribe, collection.getSnapshot, nothingYet);
  const saved = snapshot?.ready ? snapshot : undefined;
  const [first] = useState(() => startProgress(quiz));
  return {
    progress: saved?.items[0]?.data ?? first,
    saved,
    save: (next) => collection.update(quiz.id, () => next),
    discardAside: collection.discardAside,
    restoreAside: collection.restoreAside,
  };
}
