/**
 * A scenario quiz, one question at a time: choose, check, read why, go on; then the result, a
 * review of every answer, a retry with the choices in a new order, and (intro-decision quiz) the
 * replies ready to copy. The logic is in quiz.ts, the saved progress in useQuizProgress.ts; this
 * file only renders (with Question.tsx and Replies.tsx) and moves focus.
 *
 * The server renders question 1 in the order seeded by the quiz id, its controls enabled, so that
 * Tab reaches them before the island hydrates (a lesson hydrates it only as it nears the viewport);
 * once hydrated, saved progress is read and the quiz goes on from there. Without JavaScript
 * QuizBlock.astro shows the whole quiz as static text instead.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { UIStrings } from '../../i18n/ui/en/index.ts';
import { format } from '../../i18n/format.ts';
import type { StorageLike } from '../../lib/storage.ts';
import { AsideNotice, type AsideStrings } from '../shared/AsideNotice.tsx';
import { Explanation, QuestionView } from './Question.tsx';
import { Replies } from './Replies.tsx';
import { useQuizProgress } from './useQuizProgress.ts';
import {
  answer,
  choiceOrder,
  currentIndex,
  isFinished,
  newSeed,
  retry,
  score,
  type IslandQuiz,
  type IslandReply,
} from './quiz.ts';

export type QuizStrings = UIStrings['quiz']['island'];

interface Props {
  quiz: IslandQuiz;
  strings: QuizStrings;
  /** The notice for saved progress that could not be read. */
  notice: AsideStrings;
  replies?: IslandReply[];
  /** The level of the quiz's own headings: 2 on a quiz page, 3 inside a lesson. */
  level?: 2 | 3;
  storage?: StorageLike;
}

type Focus = 'question' | 'next' | 'result' | 'choice';

export default function Quiz({ quiz, strings, notice, replies = [], level = 2, storage }: Props) {
  const { progress, saved, save, discardAside, restoreAside } = useQuizProgress(quiz, storage);
  /** The question whose feedback is showing, between "check" and "next". */
  const [showing, setShowing] = useState<number | null>(null);
  const [missing, setMissing] = useState(false);
  const focus = useRef<Focus | null>(null);
  const root = useRef<HTMLDivElement>(null);
  /** Whether focus is in the quiz, so that it stays there when saved progress replaces the question. */
  const inside = useRef(false);
  const id = useId();
  const H = `h${level}` as const;
  const Sub = `h${level + 1}` as 'h3' | 'h4';

  // The feedback shows while its answer is saved; progress reset elsewhere (another tab, the saved
  // work page) takes the quiz back to where that progress is.
  const index = showing !== null && progress.answers[showing] ? showing : currentIndex(quiz, progress);

  // Focus follows the reader: the next button after checking, the new question, the result.
  useEffect(() => {
    const target =
      focus.current ?? (inside.current && !root.current?.contains(document.activeElement) ? 'question' : null);
    if (!target) return;
    focus.current = null;
    const selector = {
      question: '[data-focus="question"], [data-focus="result"]',
      next: '[data-focus="next"]',
      result: '[data-focus="result"]',
      choice: 'input[type="radio"]',
    }[target];
    root.current?.querySelector<HTMLElement>(selector)?.focus();
  });

  const order = useMemo(() => choiceOrder(quiz, progress.seed), [quiz, progress.seed]);
  const total = quiz.questions.length;

  function check(choice: string | null) {
    if (index === undefined || showing !== null) return;
    if (!choice) {
      setMissing(true);
      focus.current = 'choice';
      return;
    }
    save(answer(quiz, progress, choice));
    setShowing(index);
    setMissing(false);
    focus.current = 'next';
  }

  function next() {
    setShowing(null);
    focus.current = isFinished(quiz, progress) ? 'result' : 'question';
  }

  function again() {
    save(retry(progress, newSeed(quiz, progress.seed, Math.random)));
    setShowing(null);
    focus.current = 'question';
  }

  const problem = saved?.problem;
  return (
    <div
      className="quiz quiz--live"
      ref={root}
      data-ready={saved ? '' : undefined}
      onFocus={() => (inside.current = true)}
      onBlur={(event) => {
        if (event.relatedTarget && !root.current?.contains(event.relatedTarget)) inside.current = false;
      }}
    >
      {problem && (
        <p className="quiz__notice" role="status">
          {problem === 'full' ? strings.storageFull : strings.storageUnavailable}
        </p>
      )}
      {saved && <AsideNotice aside={saved.aside} strings={notice} discard={discardAside} restore={restoreAside} />}
      {index === undefined ? (
        <div className="quiz__result">
          <H tabIndex={-1} data-focus="result">
            {strings.resultTitle}
          </H>
          <p className="quiz__score">{format(strings.result, { score: score(quiz, progress), total })}</p>
          {progress.best !== null && <p>{format(strings.bestSoFar, { score: progress.best, total })}</p>}
          <p>
            <button type="button" className="button button--primary" onClick={again}>
              {strings.retry}
            </button>
          </p>
          <Sub>{strings.reviewTitle}</Sub>
          <ol className="quiz__review">
            {quiz.questions.map((question, i) => (
              <li key={question.id}>
                <p className="quiz__review-scenario">{question.scenario}</p>
                <Explanation question={question} chosen={progress.answers[i]?.choice} strings={strings} />
              </li>
            ))}
          </ol>
          {replies.length > 0 && <Replies replies={replies} strings={strings} level={level} />}
        </div>
      ) : (
        <QuestionView
          key={`${progress.seed}-${index}-${progress.answers[index]?.choice ?? ''}`}
          id={`${id}-${index}`}
          number={index + 1}
          total={total}
          question={quiz.questions[index]!}
          order={order[index]!}
          answered={progress.answers[index]?.choice}
          missing={missing}
          strings={strings}
          Heading={H}
          onSelect={() => setMissing(false)}
          onCheck={check}
          onNext={next}
          last={index === total - 1}
        />
      )}
    </div>
  );
}
