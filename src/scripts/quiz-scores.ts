/**
 * The quizzes page: shows the reader's best score beside each quiz, read strictly from saved
 * progress (src/islands/quiz/quiz.ts). Nothing saved, unreadable or blocked storage: the line
 * simply stays hidden, and the list reads as it does without JavaScript.
 */
import { format } from '../i18n/format.ts';
import { browserStorage, createStore } from '../lib/storage.ts';
import { parseProgress, storageKey, type QuizShape } from '../islands/quiz/quiz.ts';

export function showBestScores(): void {
  const storage = browserStorage();
  for (const line of document.querySelectorAll<HTMLElement>('[data-quiz-best]')) {
    let shape: QuizShape;
    try {
      shape = JSON.parse(line.dataset.quizBest ?? '') as QuizShape;
    } catch {
      continue;
    }
    const loaded = createStore(storageKey(shape.id), (raw) => parseProgress(raw, shape), storage).load();
    if (loaded.status !== 'ok' || loaded.value.best === null) continue;
    const values: Record<string, number> = { score: loaded.value.best, total: shape.questions.length };
    line.textContent = format(line.dataset.template ?? '', values);
    line.hidden = false;
  }
}
