/**
 * The meeting goal worksheet: renders the steps, the list of saved worksheets and the results.
 * Everything it computes comes from worksheet.ts and store.ts; this file holds only React state,
 * focus and saving. The last step, the results, is Result.tsx.
 *
 * The server renders an empty shell: what to show depends on this browser's saved work, so the
 * worksheet appears once it has been read (`data-ready`), and until then, or without JavaScript,
 * the page's static checklist stands in for it.
 */
import { useEffect, useRef, useState, type ChangeEvent, type SubmitEvent } from 'react';
import { format, plural, type Locale } from '../../i18n/index.ts';
import type { Store } from '../../lib/storage.ts';
import {
  allFields,
  isDay,
  kinds,
  resultStep,
  sheetName,
  stepOf,
  steps,
  validate,
  type FieldError,
  type FieldId,
  type TextField,
  type Worksheet as Sheet,
  type WorksheetStrings,
} from './worksheet.ts';
import {
  active,
  addSheet,
  byChange,
  createId,
  duplicateSheet,
  mergeSaved,
  openSheet,
  parseSaved,
  removeSheet,
  restoreSheet,
  storageKey,
  updateActive,
  worksheetStore,
  type Patch,
  type Saved,
} from './store.ts';
import { Result, type Flash } from './Result.tsx';

interface Props {
  locale: Locale;
  t: WorksheetStrings;
}

type Problem = 'unavailable' | 'failed' | 'corrupt';

const clock = () => new Date();
const newId = () => createId(clock(), Math.random);
/** The element a field's error links to: the input, or a group's first option. */
const inputId = (field: FieldId) =>
  field === 'askedBy' ? 'ws-askedBy-me' : field === 'goalKind' ? `ws-goalKind-${kinds[0]}` : `ws-${field}`;

export default function Worksheet({ locale, t }: Props) {
  const [saved, setSaved] = useState<Saved | null>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [listFlash, setListFlash] = useState<Flash | null>(null);
  const [resultFlash, setResultFlash] = useState<Flash | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [focusId, setFocusId] = useState<string | null>(null);
  const store = useRef<Store<Saved> | null>(null);
  const latest = useRef<Saved | null>(null);
  const dirty = useRef(false);
  // eslint-disable-next-line react-hooks/refs -- the ref mirrors the latest state for the pagehide and storage listeners
  latest.current = saved;

  /** Writes the worksheets now; says so, or says quietly why not and keeps them in memory. */
  const flush = () => {
    if (!dirty.current || !latest.current || !store.current) return;
    dirty.current = false;
    if (store.current.save(latest.current)) {
      setSavedAt(clock());
      setProblem(null);
    } else setProblem((was) => (was === 'unavailable' ? was : 'failed'));
  };

  // Read the saved worksheets once, in the browser; save what changed when the page is hidden.
  useEffect(() => {
    store.current = worksheetStore();
    const loaded = store.current.load();
    let start = loaded.status === 'ok' ? loaded.value : { activeId: '', sheets: [] };
    if (!active(start)) start = addSheet(start, newId(), clock());
    const open = active(start)!;
    if (open.step === resultStep && validate(open, t, locale).length)
      start = updateActive(start, { step: 0 }, new Date(open.changed));
    setSaved(start);
    if (loaded.status === 'corrupt' || loaded.status === 'unavailable') setProblem(loaded.status);
    const onHide = () => flush();
    // Another tab saved: take in its worksheets, so that neither tab's next save drops the other's.
    const onStorage = (event: StorageEvent) => {
      if (event.key !== storageKey || !event.newValue) return;
      try {
        const remote = parseSaved(JSON.parse(event.newValue));
        if (remote) setSaved((current) => current && mergeSaved(current, remote));
      } catch {
        // Unreadable: keep what this tab has.
      }
    };
    addEventListener('pagehide', onHide);
    addEventListener('storage', onStorage);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      removeEventListener('pagehide', onHide);
      removeEventListener('storage', onStorage);
      document.removeEventListener('visibilitychange', onHide);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs once, on mount, with the props the page rendered
  }, []);

  // Save about 300 ms after the last change.
  useEffect(() => {
    if (!dirty.current) return;
    const timer = setTimeout(flush, 300);
    return () => clearTimeout(timer);
  }, [saved]);

  // Move focus once the element it goes to has been rendered: after every render, since the target may appear later.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- deliberately without a dependency list (see above)
  useEffect(() => {
    if (!focusId) return;
    const target = document.getElementById(focusId);
    if (target) {
      target.focus();
      // eslint-disable-next-line react-hooks/set-state-in-effect -- focus has moved; clearing the request ends the loop
      setFocusId(null);
    }
  });

  if (!saved) return <div className="ws" />;
  const sheet = active(saved)!;
  const step = sheet.step;

  const commit = (next: Saved | ((current: Saved) => Saved)) => {
    dirty.current = true;
    setSaved((current) => (typeof next !== 'function' ? next : current && next(current)));
  };
  const change = (patch: Patch | ((current: Sheet) => Patch)) =>
    commit((current) => updateActive(current, typeof patch === 'function' ? patch(active(current)!) : patch, clock()));

  const goTo = (next: number) => {
    change({ step: next });
    setFocusId('ws-step-title');
  };

  /** Checks the step's fields (all of them before the brief) and moves on, or lists what is wrong. */
  const submit = (event?: SubmitEvent, toResult = step === resultStep - 1) => {
    event?.preventDefault();
    const found = validate(sheet, t, locale, toResult ? allFields : steps[step]!.fields);
    setErrors(found);
    if (found.length) setFocusId('ws-errors');
    else goTo(toResult ? resultStep : step + 1);
  };

  /** From the list of steps: any step of questions, or the brief once everything checks out. */
  const jump = (index: number) => {
    if (index === resultStep) return submit(undefined, true);
    setErrors([]);
    goTo(index);
  };

  const errorOf = (field: FieldId) => errors.find((error) => error.field === field)?.message;

  const describe = (id: string, error?: string) => `${id}-hint${error ? ` ${id}-error` : ''}`;

  const errorText = (id: string, error?: string) =>
    error && (
      <p className="ws-error" id={`${id}-error`}>
        <span className="visually-hidden">{t.errors.prefix} </span>
        {error}
      </p>
    );

  const field = (
    name: TextField,
    options: { area?: number; date?: boolean; required?: boolean; min?: string } = {},
  ) => {
    const id = `ws-${name}`;
    const error = errorOf(name);
    const props = {
      id,
      name,
      value: sheet[name],
      required: options.required,
      'aria-describedby': describe(id, error),
      'aria-invalid': error ? true : undefined,
      // eslint-disable-next-line react-hooks/refs -- the handler reads the refs when the reader types, not during render
      onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => change({ [name]: event.target.value }),
    };
    return (
      <div className={`ws-field${error ? ' ws-field--error' : ''}`}>
        <label htmlFor={id}>
          {t.fields[name].label}
          {!options.required && <span className="ws-optional"> {t.optional}</span>}
        </label>
        <p className="ws-hint" id={`${id}-hint`}>
          {t.fields[name].hint}
        </p>
        {errorText(id, error)}
        {options.area ? (
          <textarea rows={options.area} dir="auto" {...props} />
        ) : options.date ? (
          <input type="date" min={options.min} {...props} />
        ) : (
          <input
            type="text"
            dir="auto"
            autoComplete={name === 'yourName' ? 'name' : 'off'}
            spellCheck={false}
            {...props}
          />
        )}
      </div>
    );
  };

  const choice = <K extends 'askedBy' | 'goalKind'>(
    name: K,
    options: ReadonlyArray<readonly [Sheet[K], string]>,
    required = false,
  ) => {
    const id = `ws-${name}`;
    const error = errorOf(name);
    return (
      <fieldset
        className={`ws-field ws-choice${error ? ' ws-field--error' : ''}`}
        aria-describedby={describe(id, error)}
      >
        <legend>
          {t.fields[name].label}
          {!required && <span className="ws-optional"> {t.optional}</span>}
        </legend>
        <p className="ws-hint" id={`${id}-hint`}>
          {t.fields[name].hint}
        </p>
        {errorText(id, error)}
        {options.map(([value, label]) => (
          <div className="ws-choice__option" key={value}>
            <input
              type="radio"
              id={`${id}-${value}`}
              name={name}
              value={value}
              checked={sheet[name] === value}
              required={required}
              onChange={() => change({ [name]: value })}
            />
            <label htmlFor={`${id}-${value}`}>{label}</label>
          </div>
        ))}
      </fieldset>
    );
  };

  // ---- The list of worksheets ----

  const nameOf = (item: Sheet) => sheetName(item, t, locale);
  const when = (stamp: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(stamp));

  const open = (id: string) => {
    commit(openSheet(saved, id));
    setErrors([]);
    setListFlash(null);
    setFocusId('ws-step-title');
  };

  const add = () => {
    commit(addSheet(saved, newId(), clock()));
    setErrors([]);
    setListFlash({ text: t.list.added });
    setFocusId('ws-contact');
  };

  const duplicate = (item: Sheet) => {
    commit(duplicateSheet(saved, item.id, newId(), clock()));
    setListFlash({ text: format(t.list.duplicated, { name: nameOf(item) }) });
  };

  const remove = (item: Sheet) => {
    const { saved: next, removed } = removeSheet(saved, item.id, newId(), clock());
    if (!removed) return;
    commit(next);
    if (removed.wasActive) setErrors([]);
    const name = nameOf(item);
    setListFlash({
      text: format(t.list.deleted, { name }),
      undo: () => {
        commit((current) => restoreSheet(current, removed));
        setListFlash({ text: format(t.list.restored, { name }) });
        setFocusId(removed.wasActive ? 'ws-list-title' : `ws-open-${item.id}`);
      },
    });
    setFocusId('ws-list-undo');
  };

  const clearAll = () => {
    store.current?.clear();
    dirty.current = false;
    setSaved(addSheet({ activeId: '', sheets: [] }, newId(), clock()));
    setSavedAt(null);
    setErrors([]);
    setConfirming(false);
    setListFlash({ text: t.list.cleared });
    setFocusId('ws-list-title');
  };

  const flashView = (flash: Flash | null, undoId: string) => (
    <div className="ws-flash">
      <p role="status">{flash?.text}</p>
      {flash?.undo && (
        <button type="button" className="button" id={undoId} onClick={flash.undo}>
          {t.actions.undo}
        </button>
      )}
    </div>
  );

  const list = (
    <details className="ws-list">
      <summary id="ws-list-title">{format(t.list.title, { count: saved.sheets.length })}</summary>
      <ul className="ws-list__items">
        {byChange(saved).map((item) => {
          const name = nameOf(item);
          // The buttons repeat the worksheet's name for screen readers: "Delete: Kwame".
          const named = (action: string) => ({ 'aria-label': `${action}: ${name}` });
          return (
            <li key={item.id} className="ws-list__item">
              <span className="ws-list__name" dir="auto">
                {name}
              </span>
              <span className="ws-list__meta">{format(t.list.changed, { date: when(item.changed) })}</span>
              <span className="ws-list__actions">
                {item.id === saved.activeId ? (
                  <span className="ws-list__current">{t.list.current}</span>
                ) : (
                  <button
                    type="button"
                    className="button"
                    id={`ws-open-${item.id}`}
                    onClick={() => open(item.id)}
                    {...named(t.list.open)}
                  >
                    {t.list.open}
                  </button>
                )}
                <button type="button" className="button" onClick={() => duplicate(item)} {...named(t.list.duplicate)}>
                  {t.list.duplicate}
                </button>
                <button type="button" className="button" onClick={() => remove(item)} {...named(t.list.delete)}>
                  {t.list.delete}
                </button>
              </span>
            </li>
          );
        })}
      </ul>
      <div className="ws-buttons">
        <button type="button" className="button" onClick={add}>
          {t.list.untitled}
        </button>
        {!confirming && (
          <button
            type="button"
            className="button"
            onClick={() => {
              setConfirming(true);
              setFocusId('ws-confirm');
            }}
          >
            {t.list.clear}
          </button>
        )}
      </div>
      {confirming && (
        <div className="ws-confirm">
          <p id="ws-confirm" tabIndex={-1}>
            {plural(locale, t.list.confirm, saved.sheets.length)}
          </p>
          <div className="ws-buttons">
            <button type="button" className="button ws-danger" onClick={clearAll}>
              {t.list.confirmYes}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                setConfirming(false);
                setFocusId('ws-list-title');
              }}
            >
              {t.list.cancel}
            </button>
          </div>
        </div>
      )}
      {flashView(listFlash, 'ws-list-undo')}
    </details>
  );

  // ---- The steps ----

  const progress = (
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
  );

  const summary = errors.length > 0 && (
    <div className="ws-summary" id="ws-errors" role="alert" tabIndex={-1} aria-labelledby="ws-errors-title">
      <h2 id="ws-errors-title">{t.errors.title}</h2>
      <ul>
        {errors.map((error) => (
          <li key={error.field}>
            <a
              href={`#${inputId(error.field)}`}
              onClick={(event) => {
                event.preventDefault();
                if (stepOf(error.field) !== step) change({ step: stepOf(error.field) });
                setFocusId(inputId(error.field));
              }}
            >
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );

  const title = (
    <h2 id="ws-step-title" tabIndex={-1}>
      <span className="ws-step-of">{format(t.stepOf, { n: step + 1, total: steps.length })}</span>{' '}
      {t.steps[steps[step]!.id]}
    </h2>
  );

  const questions = [
    <>
      {field('contact', { required: true })}
      {field('how', { area: 2 })}
      {field('meetingDate', { date: true })}
      {choice(
        'askedBy',
        [
          ['me', t.fields.askedBy.me],
          ['them', t.fields.askedBy.them],
        ],
        true,
      )}
    </>,
    <>
      {choice(
        'goalKind',
        kinds.map((kind) => [kind, t.kinds[kind]] as const),
      )}
      {sheet.goalKind === 'know' && field('knowWhy', { area: 2 })}
      {field('goal', { area: 2, required: true })}
      {field('whyNow', { area: 2 })}
    </>,
    <>
      {field('prepareMe', { area: 3 })}
      {field('prepareThem', { area: 2 })}
      {field('questions', { area: 5 })}
    </>,
    <>
      {field('offer', { area: 2 })}
      {field('followUpDate', { date: true, ...(isDay(sheet.meetingDate) ? { min: sheet.meetingDate } : {}) })}
      {field('yourName')}
    </>,
  ];

  const status = (
    <p className={problem ? 'notice ws-saved' : 'ws-saved'} role="status">
      {problem
        ? t.saving[problem]
        : savedAt &&
          format(t.saving.saved, { time: new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(savedAt) })}
    </p>
  );

  return (
    <div className="ws" data-ready="">
      {status}
      {list}
      {progress}
      {step < resultStep ? (
        <form className="ws-form" noValidate onSubmit={submit}>
          {summary}
          {title}
          {questions[step]}
          <div className="ws-buttons ws-buttons--nav">
            <button type="submit" className="button button--primary">
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
        <Result
          sheet={sheet}
          t={t}
          locale={locale}
          title={title}
          change={change}
          flash={flashView(resultFlash, 'ws-result-undo')}
          setFlash={setResultFlash}
          setFocusId={setFocusId}
          edit={() => goTo(0)}
        />
      )}
    </div>
  );
}
