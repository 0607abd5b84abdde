/**
 * A scenario quiz, one question at a time: choose, check, read why, go on; then the result, a
 * review of every answer, a retry with the choices in a new order, and (intro-decision quiz) the
 * replies ready to copy. The logic is in quiz.ts; this file only renders and wires the browser in.
 *
 * The server renders question 1 in the order seeded by the quiz id, with its controls disabled;
 * the first render in the browser is the same, then saved progress is read and the controls come
 * alive. Without JavaScript QuizBlock.astro shows the whole quiz as static text instead.
 */
import { useEffect, useId, useMemo, useRef, useState, type SubmitEvent } from 'react';
import type { UIStrings } from '../../i18n/ui/en/index.ts';
import { format } from '../../i18n/format.ts';
import { copyText } from '../../lib/browser.ts';
import { browserStorage, createStore, type Store } from '../../lib/storage.ts';
import {
  answer,
  choiceOrder,
  currentIndex,
  isFinished,
  newSeed,
  parseProgress,
  retry,
  score,
  startProgress,
  storageKey,
  type IslandQuiz,
  type IslandReply,
  type Progress,
} from './quiz.ts';

export type QuizStrings = UIStrings['quiz']['island'];

interface Props {
  quiz: IslandQuiz;
  strings: QuizStrings;
  replies?: IslandReply[];
  /** The level of the quiz's own headings: 2 on a quiz page, 3 inside a lesson. */
  level?: 2 | 3;
}

type Focus = 'question' | 'next' | 'result' | 'choice';

export default function Quiz({ quiz, strings, replies = [], level = 2 }: Props) {
  const [ready, setReady] = useState(false);
  const [progress, setProgress] = useState<Progress>(() => startProgress(quiz));
  /** The question whose feedback is showing, between "check" and "next". */
  const [showing, setShowing] = useState<number | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  const [notice, setNotice] = useState('');
  const store = useRef<Store<Progress> | null>(null);
  const focus = useRef<Focus | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const id = useId();
  const H = `h${level}` as const;
  const Sub = `h${level + 1}` as 'h3' | 'h4';

  useEffect(() => {
    const saved = createStore(storageKey(quiz.id), (raw) => parseProgress(raw, quiz), browserStorage());
    store.current = saved;
    const loaded = saved.load();
    // eslint-disable-next-line react-hooks/set-state-in-effect -- state comes from browser storage, which the server render cannot read; it is set once, after hydration
    if (loaded.status === 'ok') setProgress(loaded.value);
    else if (loaded.status === 'corrupt') setNotice(strings.storageCorrupt);
    else if (loaded.status === 'unavailable') setNotice(strings.storageUnavailable);
    setReady(true);
  }, [quiz, strings]);

  // Focus follows the reader: the next button after checking, the new question, the result.
  useEffect(() => {
    const target = focus.current;
    if (!target) return;
    focus.current = null;
    const selector = {
      question: '[data-focus="question"]',
      next: '[data-focus="next"]',
      result: '[data-focus="result"]',
      choice: 'input[type="radio"]',
    }[target];
    root.current?.querySelector<HTMLElement>(selector)?.focus();
  });

  const order = useMemo(() => choiceOrder(quiz, progress.seed), [quiz, progress.seed]);
  const total = quiz.questions.length;

  function commit(next: Progress) {
    setProgress(next);
    if (store.current && !store.current.save(next) && !notice) setNotice(strings.storageUnavailable);
  }

  function check(event: SubmitEvent) {
    event.preventDefault();
    const index = currentIndex(quiz, progress);
    if (index === undefined) return;
    if (!selected) {
      setMissing(true);
      focus.current = 'choice';
      return;
    }
    commit(answer(quiz, progress, selected));
    setShowing(index);
    setSelected(null);
    setMissing(false);
    focus.current = 'next';
  }

  function next() {
    setShowing(null);
    focus.current = isFinished(quiz, progress) ? 'result' : 'question';
  }

  function again() {
    commit(retry(progress, newSeed(quiz, progress.seed, Math.random)));
    setShowing(null);
    setSelected(null);
    focus.current = 'question';
  }

  const index = showing ?? currentIndex(quiz, progress);

  return (
    <div className="quiz quiz--live" ref={root}>
      {notice && (
        <p className="quiz__notice" role="status">
          {notice}
        </p>
      )}
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
            {quiz.questions.map((question, i) => {
              const chosen = progress.answers[i]?.choice;
              return (
                <li key={question.id}>
                  <p className="quiz__review-scenario">{question.scenario}</p>
                  <Explanation question={question} chosen={chosen} strings={strings} />
                </li>
              );
            })}
          </ol>
          {replies.length > 0 && <Replies replies={replies} strings={strings} level={level} />}
        </div>
      ) : (
        <Question
          key={`${progress.seed}-${index}`}
          id={`${id}-${index}`}
          number={index + 1}
          total={total}
          question={quiz.questions[index]!}
          order={order[index]!}
          answered={progress.answers[index]?.choice}
          selected={selected}
          missing={missing}
          ready={ready}
          strings={strings}
          Heading={H}
          onSelect={(choice) => {
            setSelected(choice);
            setMissing(false);
          }}
          onCheck={check}
          onNext={next}
          last={index === total - 1}
        />
      )}
    </div>
  );
}

type Question = IslandQuiz['questions'][number];

interface QuestionProps {
  id: string;
  number: number;
  total: number;
  question: Question;
  order: string[];
  answered: string | undefined;
  selected: string | null;
  missing: boolean;
  ready: boolean;
  strings: QuizStrings;
  Heading: 'h2' | 'h3';
  onSelect: (choice: string) => void;
  onCheck: (event: SubmitEvent) => void;
  onNext: () => void;
  last: boolean;
}

function Question(props: QuestionProps) {
  const { id, question, answered, strings, Heading } = props;
  const byId = new Map(question.choices.map((choice) => [choice.id, choice]));
  return (
    <div className="quiz__question">
      <Heading className="quiz__progress" tabIndex={-1} data-focus="question">
        {format(strings.progress, { n: props.number, total: props.total })}
      </Heading>
      <form onSubmit={props.onCheck}>
        <fieldset
          disabled={!props.ready || answered !== undefined}
          aria-describedby={props.missing ? `${id}-error` : undefined}
        >
          <legend>
            <span className="quiz__scenario">{question.scenario}</span>
            {question.prompt && <span className="quiz__prompt">{question.prompt}</span>}
          </legend>
          {props.missing && (
            <p className="quiz__error" id={`${id}-error`}>
              {strings.chooseFirst}
            </p>
          )}
          <div className="quiz__choices">
            {props.order.map((choiceId) => {
              const choice = byId.get(choiceId)!;
              const state =
                answered === undefined
                  ? ''
                  : choiceId === question.best
                    ? ' quiz__choice--best'
                    : choiceId === answered
                      ? ' quiz__choice--wrong'
                      : '';
              return (
                <div className={`quiz__choice${state}`} key={choiceId}>
                  <input
                    type="radio"
                    id={`${id}-${choiceId}`}
                    name={id}
                    value={choiceId}
                    checked={(answered ?? props.selected) === choiceId}
                    onChange={() => props.onSelect(choiceId)}
                  />
                  <label htmlFor={`${id}-${choiceId}`}>
                    {choice.label}
                    {state && (
                      <span className="quiz__tag" aria-hidden="true">
                        {choiceId === question.best ? ' ✓' : ' ✗'}
                      </span>
                    )}
                  </label>
                </div>
              );
            })}
          </div>
        </fieldset>
        <div className="quiz__feedback" aria-live="polite">
          {answered !== undefined && <Explanation question={question} chosen={answered} strings={strings} />}
        </div>
        <div className="quiz__actions">
          {answered === undefined ? (
            <button type="submit" className="button button--primary" disabled={!props.ready}>
              {strings.check}
            </button>
          ) : (
            <button type="button" className="button button--primary" data-focus="next" onClick={props.onNext}>
              {props.last ? strings.finish : strings.next}
            </button>
          )}
        </div>
      </form>
    </div>
  );
}

/** Why the chosen answer fits or not, the best answer when it was another, and the lesson section. */
function Explanation({
  question,
  chosen,
  strings,
}: {
  question: Question;
  chosen: string | undefined;
  strings: QuizStrings;
}) {
  const pick = question.choices.find((choice) => choice.id === chosen);
  const best = question.choices.find((choice) => choice.id === question.best)!;
  const right = chosen === question.best;
  return (
    <div className={`quiz__explanation ${right ? 'quiz__explanation--best' : 'quiz__explanation--not'}`}>
      {pick && (
        <>
          <p className="quiz__verdict">
            <strong>{right ? strings.best : strings.notBest}</strong>{' '}
            {format(strings.yourAnswer, { label: pick.label })}
          </p>
          <p>{pick.feedback}</p>
        </>
      )}
      {!right && (
        <>
          <p className="quiz__verdict">
            <strong>{format(strings.bestAnswer, { label: best.label })}</strong>
          </p>
          <p>{best.feedback}</p>
        </>
      )}
      <p className="quiz__more">
        <a href={question.section.href}>{format(strings.readMore, { section: question.section.title })}</a>
      </p>
    </div>
  );
}

function Replies({ replies, strings, level }: { replies: IslandReply[]; strings: QuizStrings; level: 2 | 3 }) {
  const Sub = `h${level + 1}` as 'h3' | 'h4';
  const SubSub = `h${level + 2}` as 'h4' | 'h5';
  return (
    <section className="quiz__replies">
      <Sub>{strings.repliesTitle}</Sub>
      <p>{strings.repliesLead}</p>
      {replies.map((reply) => (
        <Reply key={reply.decision} reply={reply} strings={strings} Heading={SubSub} />
      ))}
    </section>
  );
}

function Reply({ reply, strings, Heading }: { reply: IslandReply; strings: QuizStrings; Heading: 'h4' | 'h5' }) {
  const [status, setStatus] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  async function copy() {
    setStatus((await copyText(reply.text)) ? strings.copied : strings.copyFailed);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setStatus(''), 4000);
  }
  return (
    <div className={`quiz__reply${reply.fits ? ' quiz__reply--fits' : ''}`} data-decision={reply.decision}>
      <Heading>
        {reply.label}
        {reply.fits && <span className="quiz__badge"> · {strings.fitsLast}</span>}
      </Heading>
      <div className="quiz__reply-text" data-reply-text>
        {reply.text}
      </div>
      <div className="quiz__reply-actions">
        <button type="button" className="button" onClick={copy}>
          {strings.copy}
          <span className="visually-hidden">: {reply.label}</span>
        </button>
        {reply.builder && <a href={reply.builder}>{strings.builder}</a>}
        <span role="status" className="quiz__status">
          {status}
        </span>
      </div>
    </div>
  );
}
