/**
 * The quiz's logic, with no React and no DOM: the order of the choices (seeded, so a reload shows
 * the same order), answering, scoring and retrying.
 *
 * Saved progress (its record, reading it strictly) is in progress.ts.
 */
import { progressVersion, type Progress, type QuizShape } from './progress.ts';

export type { Answer, Progress, QuizShape } from './progress.ts';

/** A 32-bit seed from a text (FNV-1a), e.g. the quiz id for the first attempt. */
export function seedFrom(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: a small seeded generator of numbers in [0, 1); the same seed gives the same run. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A shuffled copy (Fisher-Yates) drawing from `random`. */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j]!, result[i]!];
  }
  return result;
}

/** The choice ids of every question in the order a seed gives them. */
export function choiceOrder(quiz: QuizShape, seed: number): string[][] {
  const random = mulberry32(seed);
  return quiz.questions.map((question) =>
    shuffle(
      question.choices.map((choice) => choice.id),
      random,
    ),
  );
}

/**
 * A seed for a retry whose order differs from the last attempt's in at least one question, so the
 * reader sees the choices move. `random` returns numbers in [0, 1) (Math.random in the page).
 */
export function newSeed(quiz: QuizShape, previous: number, random: () => number): number {
  const before = JSON.stringify(choiceOrder(quiz, previous));
  let seed = previous;
  for (let tries = 0; tries < 20; tries++) {
    seed = Math.floor(random() * 4294967296) >>> 0;
    if (seed !== previous && JSON.stringify(choiceOrder(quiz, seed)) !== before) return seed;
  }
  return seed;
}

/** A first attempt, with the order seeded by the quiz id. */
export function startProgress(quiz: QuizShape): Progress {
  return { version: progressVersion, quiz: quiz.id, seed: seedFrom(quiz.id), answers: [], best: null };
}

/** The index of the question to answer next, or `undefined` when the attempt is finished. */
export function currentIndex(quiz: QuizShape, progress: Progress): number | undefined {
  return progress.answers.length < quiz.questions.length ? progress.answers.length : undefined;
}

export function isFinished(quiz: QuizShape, progress: Progress): boolean {
  return progress.answers.length === quiz.questions.length;
}

/** How many answers so far are the best choice. */
export function score(quiz: QuizShape, progress: Progress): number {
  return progress.answers.filter((answer, index) => quiz.questions[index]?.best === answer.choice).length;
}

/**
 * Records the choice for the current question; the attempt's score becomes the best when it beats
 * it on the last answer. Throws on a choice the question does not have (a bug, not reader input).
 */
export function answer(quiz: QuizShape, progress: Progress, choice: string): Progress {
  const index = currentIndex(quiz, progress);
  if (index === undefined) throw new Error(`Quiz "${quiz.id}" is already finished.`);
  const question = quiz.questions[index]!;
  if (!question.choices.some((c) => c.id === choice)) {
    throw new Error(`Question "${question.id}" has no choice "${choice}".`);
  }
  const next: Progress = { ...progress, answers: [...progress.answers, { question: question.id, choice }] };
  if (isFinished(quiz, next)) next.best = Math.max(progress.best ?? 0, score(quiz, next));
  return next;
}

/** A new attempt with a new order; the best score stays. */
export function retry(progress: Progress, seed: number): Progress {
  return { ...progress, seed: seed >>> 0, answers: [] };
}

/** The quiz as the island receives it: the data of one locale, with each section resolved to a link. */
export interface IslandQuiz extends QuizShape {
  questions: Array<{
    id: string;
    scenario: string;
    prompt?: string | undefined;
    choices: Array<{ id: string; label: string; feedback: string }>;
    best: string;
    /** The lesson section the feedback draws on: `/<locale>/lessons/<lesson>/#<section>` and its heading. */
    section: { href: string; title: string };
  }>;
}

/** One ready-to-send reply at the end of the intro-decision quiz. */
export interface IslandReply {
  decision: string;
  label: string;
  text: string;
  /** The decision that is the last situation's best answer (its reply carries the detail). */
  fits: boolean;
  /** The reply builder, preset to this decision, once that tool exists. */
  builder?: string | undefined;
}
