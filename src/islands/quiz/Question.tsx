/**
 * One question of a quiz: the situation, its choices as a radio group, the check button, and after
 * checking the explanation. The radios are plain, uncontrolled form controls, enabled from the
 * server's render on: a keyboard user reaches them by Tab before the island has hydrated, a choice
 * made then is kept, and the form (method="dialog", which does nothing outside a dialog) goes
 * nowhere until the island reads it.
 */
import type { SubmitEvent } from 'react';
import { format } from '../../i18n/format.ts';
import type { IslandQuiz } from './quiz.ts';
import type { QuizStrings } from './Quiz.tsx';

type Question = IslandQuiz['questions'][number];

interface QuestionProps {
  id: string;
  number: number;
  total: number;
  question: Question;
  order: string[];
  answered: string | undefined;
  missing: boolean;
  strings: QuizStrings;
  Heading: 'h2' | 'h3';
  onSelect: () => void;
  onCheck: (choice: string | null) => void;
  onNext: () => void;
  last: boolean;
}

export function QuestionView(props: QuestionProps) {
  const { id, question, answered, strings, Heading } = props;
  const byId = new Map(question.choices.map((choice) => [choice.id, choice]));
  const check = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const choice = new FormData(event.currentTarget).get(id);
    props.onCheck(typeof choice === 'string' ? choice : null);
  };
  return (
    <div className="quiz__question">
      <Heading className="quiz__progress" tabIndex={-1} data-focus="question">
        {format(strings.progress, { n: props.number, total: props.total })}
      </Heading>
      <form method="dialog" onSubmit={check}>
        <fieldset disabled={answered !== undefined} aria-describedby={props.missing ? `${id}-error` : undefined}>
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
                    defaultChecked={answered === choiceId}
                    onChange={props.onSelect}
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
            <button type="submit" className="button button--primary">
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
export function Explanation({
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
