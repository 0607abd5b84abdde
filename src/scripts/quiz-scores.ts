/**
 * The quizzes page: shows the reader's best score beside each quiz, read strictly from saved
 * progress (src/islands/quiz/quiz.ts): the quiz's record, or its older key when the quiz has not
 * been opened since records came in. Nothing saved, unreadable or blocked storage: the line simply
 * stays hidden, and the list reads as it does without JavaScript. It only reads; the quiz itself
 * sets aside what it cannot read. The quizzes page loads it as a script of its own, which runs
 * when it is loaded.
 */
import { format } from '../i18n/format.ts';
import { browserStorage, readKey, readText, type StorageLike } from '../lib/storage.ts';
import { legacyPrefix, parseProgress, storageKey, type Progress, type QuizShape } from '../islands/quiz/progress.ts';

function savedProgress(storage: StorageLike | undefined, quiz: QuizShape): Progress | undefined {
  const stored = readKey(storage, storageKey(quiz.id), 'quiz', quiz.id);
  if (stored.status === 'ok')
    return stored.envelope.deleted || stored.envelope.version !== 1
      ? undefined
      : parseProgress(stored.envelope.data, quiz);
  if (stored.status !== 'empty') return undefined;
  try {
    return parseProgress(JSON.parse(readText(storage, legacyPrefix + quiz.id) ?? 'null'), quiz);
  } catch {
    return undefined;
  }
}

export function showBestScores(): void {
  const storage = browserStorage();
  for (const line of document.querySelectorAll<HTMLElement>('[data-quiz-best]')) {
    let shape: QuizShape;
    try {
      shape = JSON.parse(line.dataset.quizBest ?? '') as QuizShape;
    } catch {
      continue;
    }
    const best = savedProgress(storage, shape)?.best;
    if (best === null || best === undefined) continue;
    const values: Record<string, number> = { score: best, total: shape.questions.length };
    line.textContent = format(line.dataset.template ?? '', values);
    line.hidden = false;
  }
}

showBestScores();
