/**
 * A quiz's saved progress: its record, and reading it strictly.
 *
 * Saved progress is a record (the format is in src/lib/storage.ts) of kind `quiz`, one per quiz,
 * its id the quiz id, under `connector:record:quiz:<quiz id>`, shared by the four languages
 * (question and choice ids are the same in every locale, so a reader who switches language
 * mid-quiz carries on). Its `data`, version 1, is:
 *
 * ```json
 * {
 *   "version": 1,
 *   "quiz": "intro-decision",
 *   "seed": 2654435769,
 *   "answers": [
 *     { "question": "swamped-before-a-trip", "choice": "accept-later" },
 *     { "question": "retraining-as-teacher", "choice": "accept-now" }
 *   ],
 *   "best": 6
 * }
 * ```
 *
 * - `seed`: an unsigned 32-bit integer that orders the choices of the current attempt. The first
 *   attempt uses `seedFrom(quiz id)`, so the server's render and the first render in the browser
 *   agree; each retry draws a new seed.
 * - `answers`: the chosen choice of each question answered so far, in quiz order; the next question
 *   is the first one without an answer. When every question has one, the attempt is finished.
 * - `best`: the highest score of a finished attempt, or `null` before the first one ends. A retry
 *   clears `answers` and keeps `best`.
 *
 * Life cycle: written after every answer and on retry; read when the island starts and whenever
 * another tab changes it. Anything that is not exactly this shape for this quiz as it is now
 * (another version, an unknown key, a question or choice that no longer exists, answers out of
 * order) cannot be read: it is set aside, unchanged, for the reader to download or discard, and
 * the quiz starts afresh. Until 2026-12 the same object lay under `connector:quiz:<quiz id>`;
 * `quizKind` moves it into its record.
 */
import type { Kind } from '../../lib/collection.ts';
import { isRecord, recordKey } from '../../lib/storage.ts';

/** What the logic needs to know of a quiz: its questions, their choices and the best choice. */
export interface QuizShape {
  id: string;
  questions: ReadonlyArray<{ id: string; choices: ReadonlyArray<{ id: string }>; best: string }>;
}

export interface Answer {
  question: string;
  choice: string;
}

export interface Progress {
  version: 1;
  quiz: string;
  seed: number;
  answers: Answer[];
  best: number | null;
}

export const progressVersion = 1;

/** The localStorage key of a quiz's progress (its record). */
export function storageKey(quizId: string): string {
  return recordKey(quizKindName, quizId);
}

export const quizKindName = 'quiz';
/** Where progress was kept before records. */
export const legacyPrefix = 'connector:quiz:';

/**
 * Quiz progress as a kind of record, read against the quizzes given (the island gives its own,
 * the saved-work page all of them): progress of a quiz not given is read for its shape only.
 */
export function quizKind(quizzes: readonly QuizShape[]): Kind<Progress> {
  const byId = new Map(quizzes.map((quiz) => [quiz.id, quiz]));
  const read = (data: unknown, id: string) => parseProgress(data, byId.get(id) ?? looseShape(data, id));
  return {
    kind: quizKindName,
    version: 1,
    read: (data, version, id) => (version === 1 ? read(data, id) : undefined),
    legacy: {
      matches: (key) => key.startsWith(legacyPrefix),
      load: async () => (key, raw, now) => {
        const id = key.slice(legacyPrefix.length);
        const data = read(raw, id);
        return data && { records: [{ id, changed: new Date(now).toISOString(), data }], aside: [] };
      },
    },
  };
}

/** The shape progress claims for itself, for a quiz this page does not know. */
function looseShape(data: unknown, id: string): QuizShape {
  const answers = isRecord(data) && Array.isArray(data.answers) ? data.answers : [];
  const best = isRecord(data) && typeof data.best === 'number' ? data.best : 0;
  const questions: QuizShape['questions'][number][] = answers.map((item) => {
    const entry = isRecord(item) ? item : {};
    const choice = typeof entry.choice === 'string' ? entry.choice : '';
    return { id: typeof entry.question === 'string' ? entry.question : '', choices: [{ id: choice }], best: choice };
  });
  // A best score needs as many questions as it counts, answered or not (a retry clears the answers).
  while (questions.length < best) questions.push({ id: `?${questions.length}`, choices: [], best: '' });
  return { id, questions };
}

const progressKeys = ['answers', 'best', 'quiz', 'seed', 'version'];

/**
 * Saved progress if `raw` (JSON-decoded) is exactly a version-1 record for this quiz as it is now;
 * `undefined` for anything else. See the shape at the top of this file.
 */
export function parseProgress(raw: unknown, quiz: QuizShape): Progress | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const record = raw as Record<string, unknown>;
  if (Object.keys(record).sort().join() !== progressKeys.join()) return undefined;
  const { version, quiz: id, seed, answers, best } = record;
  if (version !== progressVersion || id !== quiz.id) return undefined;
  if (typeof seed !== 'number' || !Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) return undefined;
  if (!Array.isArray(answers) || answers.length > quiz.questions.length) return undefined;
  const parsed: Answer[] = [];
  for (const [index, item] of answers.entries()) {
    const question = quiz.questions[index]!;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return undefined;
    const entry = item as Record<string, unknown>;
    if (Object.keys(entry).sort().join() !== 'choice,question') return undefined;
    if (entry.question !== question.id) return undefined;
    if (typeof entry.choice !== 'string' || !question.choices.some((c) => c.id === entry.choice)) return undefined;
    parsed.push({ question: question.id, choice: entry.choice });
  }
  if (
    best !== null &&
    (typeof best !== 'number' || !Number.isInteger(best) || best < 0 || best > quiz.questions.length)
  ) {
    return undefined;
  }
  return { version: progressVersion, quiz: quiz.id, seed, answers: parsed, best };
}
