/**
 * The meeting goal worksheet: the saving status, the list of worksheets (WorksheetList.tsx), the
 * steps and their questions (Questions.tsx, fields.tsx), and the results (Result.tsx). What it
 * shows comes from the worksheet store (store.ts, through useWorksheetStore); what it computes
 * from worksheet.ts. This file holds only what is on the screen: errors, focus, the steps.
 *
 * The server renders an empty shell: what to show depends on this browser's saved work, so the
 * worksheet appears once it has been read (`data-ready`), and until then, or without JavaScript,
 * the page's static checklist stands in for it.
 */
import { dateLocale } from '../../lib/days.ts';
import { lazy, useState, type SubmitEvent } from 'react';
import { format } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { StorageLike } from '../../lib/storage.ts';
import { AsideNotice, type AsideStrings } from '../shared/AsideNotice.tsx';
import { ErrorSummary, loadErrorSummary } from '../shared/ErrorSummary.tsx';
import { Later } from '../shared/Later.tsx';
import { Undone } from '../shared/Undo.tsx';
import { useFocusLater } from '../shared/useFocusLater.ts';
import { inputId } from './fields.tsx';
import { Questions } from './Questions.tsx';
import { useWorksheetStore } from './useWorksheetStore.ts';
import {
  allFields,
  resultStep,
  sheetName,
  stepOf,
  steps,
  validate,
  type FieldError,
  type WorksheetStrings,
} from './worksheet.ts';
import type { Patch, WorksheetState, WorksheetStore } from './store.ts';

/** The last step, with the brief, its exports and the message: loaded only when the reader gets there. */
const Result = lazy(() => import('./Result.tsx'));
/** The list of worksheets, in a disclosure that starts closed: loaded when first opened. */
const WorksheetList = lazy(() => import('./WorksheetList.tsx'));

interface Props {
  locale: Locale;
  t: WorksheetStrings;
  /** The notice for saved data that could not be read. */
  notice: AsideStrings;
  storage?: StorageLike;
  now?: () => number;
}

export default function Worksheet({ locale, t, notice, storage, now }: Props) {
  const { state, store } = useWorksheetStore({ ...(storage ? { storage } : {}), ...(now ? { now } : {}) });
  if (!state) return <div className="ws" />;
  return <Ready locale={locale} t={t} notice={notice} state={state} store={store} />;
}

interface ReadyProps {
  locale: Locale;
  t: WorksheetStrings;
  notice: AsideStrings;
  state: WorksheetState;
  store: WorksheetStore;
}

function Ready({ locale, t, notice, state, store }: ReadyProps) {
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [sent, setSent] = useState(0);
  const [listOpened, setListOpened] = useState(false);
  const focusLater = useFocusLater();
  const sheet = state.active;
  // A brief is shown only for a worksheet that checks out (another tab may have emptied a field).
  const step = state.step === resultStep && validate(sheet, t, locale).length ? 0 : state.step;
  const change = (patch: Patch | ((current: typeof sheet) => Patch)) => store.change(patch);

  const goTo = (next: number) => {
    store.goTo(next);
    focusLater('ws-step-title');
  };

  /** Checks the step's fields (all of them before the brief) and moves on, or lists what is wrong. */
  const submit = (event?: SubmitEvent, toResult = step === resultStep - 1) => {
    event?.preventDefault();
    const found = validate(sheet, t, locale, toResult ? allFields : steps[step]!.fields);
    setErrors(found);
    if (found.length) setSent((n) => n + 1);
    else goTo(toResult ? resultStep : step + 1);
  };

  /** On the way to "Next" (pointer or focus on it): the summary it shows when answers are missing. */
  const preload = () => void loadErrorSummary().catch(() => undefined);

  /** From the list of steps: any step of questions, or the brief once everything checks out. */
  const jump = (index: number) => {
    if (index === resultStep) return submit(undefined, true);
    setErrors([]);
    goTo(index);
  };

  const problem = state.problem && (state.problem === 'full' ? t.saving.full : t.saving.unavailable);
  const time =
    state.savedAt && new Intl.DateTimeFormat(dateLocale(locale), { timeStyle: 'short' }).format(state.savedAt);
  const gone = state.deletedElsewhere[0];

  const title = (
    <h2 id="ws-step-title" tabIndex={-1}>
      <span className="ws-step-of">{format(t.stepOf, { n: step + 1, total: steps.length })}</span>{' '}
      {t.steps[steps[step]!.id]}
    </h2>
  );

  return (
    <div className="ws" data-ready="">
      <p className={problem ? 'notice ws-saved' : 'ws-saved'} role="status">
        {problem || (time && format(t.saving.saved, { time }))}
      </p>
      <AsideNotice aside={state.aside} strings={notice} discard={store.discardAside} restore={store.restoreAside} />
      {gone && (
        <Undone
          focus={false}
          undoLabel={t.actions.undo}
          done={{
            text: format(t.saving.deletedElsewhere, { name: sheetName(gone, t, locale) }),
            undo: () => store.restore({ sheets: [gone] }),
          }}
        />
      )}
      <details className="ws-list" onToggle={(event) => event.currentTarget.open && setListOpened(true)}>
        <summary id="ws-list-title">{format(t.list.title, { count: state.sheets.length })}</summary>
        {listOpened && (
          <Later failed={notice.loadFailed}>
            <WorksheetList
              locale={locale}
              t={t}
              state={state}
              store={store}
              focusLater={focusLater}
              onOpen={() => setErrors([])}
            />
          </Later>
        )}
      </details>
      <nav className="ws-steps" aria-label={t.progress}>
        <ol>
          {steps.map((item, index) => (
            <li key={item.id}>
              <button type="button" aria-current={index === step ? 'step' : undefined} onClick={() => jump(index)}>
                <span className="ws-steps__n" aria-hidden="true">
                  {index + 1}
                </span>{' '}
                {t.steps[item.id]}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      {step < resultStep ? (
        <form className="ws-form" noValidate onSubmit={submit}>
          <ErrorSummary
            loadFailed={notice.loadFailed}
            title={t.errors.title}
            sent={sent}
            errors={errors.map((error) => ({ target: inputId(error.field), message: error.message }))}
            onSelect={(target) => {
              const error = errors.find((item) => inputId(item.field) === target);
              if (error) store.goTo(stepOf(error.field));
            }}
          />
          {title}
          <Questions step={step} sheet={sheet} t={t} errors={errors} change={change} />
          <div className="ws-buttons ws-buttons--nav">
            <button type="submit" className="button button--primary" onPointerEnter={preload} onFocus={preload}>
              {step === resultStep - 1 ? t.actions.create : t.actions.next}
            </button>
            {step > 0 && (
              <button
                type="button"
                className="button"
                onClick={() => {
                  setErrors([]);
                  goTo(step - 1);
                }}
              >
                {t.actions.back}
              </button>
            )}
          </div>
        </form>
      ) : (
        <section className="ws-result" aria-labelledby="ws-step-title">
          {title}
          <Later failed={notice.loadFailed}>
            <Result sheet={sheet} t={t} locale={locale} change={change} focusLater={focusLater} edit={() => goTo(0)} />
          </Later>
        </section>
      )}
    </div>
  );
}
