/**
 * The flow every builder shares: answers -> draft -> edit -> checks -> copy, with several saved
 * drafts. Renders only; the logic is in drafts.ts, message.ts and each builder's spec.
 *
 * Until it has run in the browser it renders `children`: the page's static fallback (the lesson's
 * example to copy by hand), so the page reads well without JavaScript and nothing shows twice.
 * Storage and clock come in as props so tests can fake them.
 */
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Locale } from '../../i18n/locales.ts';
import { copyText } from '../../lib/browser.ts';
import type { StorageLike } from '../../lib/storage.ts';
import { Checklist } from './Checklist.tsx';
import {
  addDraft,
  currentDraft,
  draftStore,
  freshDrafts,
  isBlank,
  removeDraft,
  selectDraft,
  updateDraft,
  type Drafts,
} from './drafts.ts';
import { Field, fieldTarget } from './Field.tsx';
import { checksSummary, countedText, counter, fill, mailto, missing, verdicts, withSubject } from './message.ts';
import { isEmail, isRequired, type BuilderSpec, type BuilderStrings, type Inputs, type Message } from './types.ts';
import './builders.css';

interface Props<Data> {
  locale: Locale;
  /** This locale's data: the checks' phrase lists, labels, the register hint (see Island.tsx). */
  data: Data;
  /** Loads this locale's writer, the code that words the message; called early, awaited on "Write". */
  writer: () => Promise<Partial<Data>>;
  strings: BuilderStrings;
  storage?: StorageLike;
  now?: () => number;
  children?: ReactNode;
  spec: BuilderSpec<Data>;
  /** Answers asked for by the link that opened the page (e.g. the quiz's decision). */
  preset?: () => Inputs | undefined;
}

/** Announcements wait until typing pauses, so a screen reader is not interrupted at every key. */
const quiet = 500;

export function Builder<Data>({
  spec,
  data,
  writer,
  locale,
  strings,
  storage,
  now = Date.now,
  preset,
  children,
}: Props<Data>) {
  const c = strings.common;
  const store = useMemo(() => draftStore(spec.id, storage), [spec.id, storage]);
  const [state, setState] = useState<Drafts | null>(null);
  const [notice, setNotice] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  const [copied, setCopied] = useState('');
  const [announced, setAnnounced] = useState('');
  const [confirming, setConfirming] = useState(false);
  const focus = useRef<string | null>(null);
  const saving = useRef(true);

  useEffect(() => {
    const loaded = store.load();
    let next = loaded.status === 'ok' ? loaded.value : freshDrafts(now(), spec.defaults);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- state comes from browser storage, which the server render cannot read; it is set once, after hydration
    if (loaded.status === 'corrupt') setNotice(c.storageCorrupt);
    if (loaded.status === 'unavailable') {
      saving.current = false;
      setNotice(c.storageUnavailable);
    }
    const wanted = preset?.();
    const draft = currentDraft(next);
    if (wanted && Object.entries(wanted).some(([key, value]) => draft.inputs[key] !== value)) {
      // A blank draft takes the answers; a draft in progress is kept and a new one started.
      next = isBlank(draft, spec.defaults)
        ? updateDraft(next, { inputs: { ...draft.inputs, ...wanted } }, now())
        : (addDraft(next, now(), { ...spec.defaults, ...wanted }) ?? next);
    }
    setState(next);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs once, on mount, with the props the page rendered
  }, []);

  useEffect(() => {
    if (!focus.current) return;
    document.getElementById(focus.current)?.focus();
    focus.current = null;
  });

  const draft = state && currentDraft(state);
  const text = draft?.text;
  const results = useMemo(
    () => (draft && text ? spec.check(text, draft.inputs, data, locale) : []),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the checks read only the text and the answers; spec, data and locale are fixed for the page's life
    [text, draft?.inputs],
  );
  const limit = draft && text ? spec.limit?.(draft.inputs) : undefined;
  const count = limit && text ? counter(text.body, limit.max, locale) : undefined;
  const counterForms = limit?.hard ? [c.left, c.over] : [c.leftRecommended, c.overRecommended];
  const counterText =
    count && countedText(locale, counterForms[count.left < 0 ? 1 : 0]!, Math.abs(count.left), { limit: limit!.max });

  // Announced once typing pauses: a summary when a check has turned, and the counter when it has
  // crossed 50 left, 20 left or the limit. Every render restarts the wait, and the message is
  // written when it ends, so it says how things stand then.
  const verdictKey = verdicts(results);
  const band = count?.band;
  const seen = useRef<{ verdict: string; band: string | undefined }>({ verdict: '', band: undefined });
  const pending = useRef({ verdict: false, band: false });
  useEffect(() => {
    if (verdictKey !== seen.current.verdict) pending.current.verdict = results.length > 0;
    if (band !== seen.current.band && band && seen.current.band) pending.current.band = true;
    seen.current = { verdict: verdictKey, band };
    if (!pending.current.verdict && !pending.current.band) return;
    const timer = setTimeout(() => {
      const counterNews = pending.current.band && counterText ? `${counterText}. ` : '';
      setAnnounced(counterNews + (pending.current.verdict ? checksSummary(results, strings, locale) : ''));
      pending.current = { verdict: false, band: false };
    }, quiet);
    return () => clearTimeout(timer);
  });

  if (!state || !draft) return <>{children}</>;

  /** Says something in the status region, even when it is the same words as last time. */
  const say = (message: string, setter = setStatus) => {
    setter('');
    setTimeout(() => setter(message), 50);
  };
  const commit = (next: Drafts) => {
    setState(next);
    if (saving.current && !store.save(next)) setNotice(c.saveFailed);
  };
  const setInput = (name: string, value: string) => {
    // The reader has started: fetch the writer now, so that it is there when they ask for a draft.
    writer().catch(() => undefined);
    const changed = { ...draft.inputs, [name]: value };
    commit(updateDraft(state, { inputs: spec.follow?.(draft.inputs, changed, data) ?? changed }, now()));
    if (value.trim()) setErrors(errors.filter((e) => e !== name));
  };
  const setText = (part: keyof Message, value: string) =>
    commit(updateDraft(state, { text: { ...text!, [part]: value }, edited: true }, now()));
  const write = (event: { preventDefault(): void }) => {
    event.preventDefault();
    const empty = missing(spec.fields, draft.inputs);
    setErrors(empty);
    if (empty.length) {
      focus.current = 'b-errors';
      return;
    }
    writer().then(
      (words) => {
        commit(updateDraft(state, { text: spec.write(draft.inputs, { ...data, ...words }), edited: false }, now()));
        say(c.written);
        focus.current = 'b-draft';
      },
      () => setNotice(c.writerFailed),
    );
  };
  const open = (next: Drafts | undefined, message: string) => {
    if (!next) return say(fill(c.full, { count: String(state.drafts.length) }));
    commit(next);
    setErrors([]);
    setConfirming(false);
    say(message);
  };
  const clearAll = () => {
    store.clear();
    setState(freshDrafts(now(), spec.defaults));
    setErrors([]);
    setConfirming(false);
    say(c.cleared);
    focus.current = 'b-picker';
  };
  const copy = async (value: string) => say((await copyText(value)) ? c.copied : c.copyFailed, setCopied);

  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const email = isEmail(spec, draft.inputs);
  const shown = spec.fields.filter((f) => !f.when || f.when(draft.inputs));
  const fieldStrings = (name: string) => strings.fields[name] ?? { label: name };
  const labelOf = (f: (typeof shown)[number]) => fieldStrings(f.variant?.(draft.inputs) ?? f.name);

  return (
    <div className="builder">
      {notice && <p className="notice builder__notice">{notice}</p>}
      <p role="status" className="visually-hidden">
        {status}
      </p>
      <p aria-live="polite" className="visually-hidden">
        {announced}
      </p>

      <section className="builder__drafts" aria-labelledby="b-drafts-title">
        <h2 id="b-drafts-title">{c.drafts}</h2>
        <p className="field__hint">{c.savedHint}</p>
        <div className="builder__row">
          <label htmlFor="b-picker">{c.draftPicker}</label>
          <select id="b-picker" value={draft.id} onChange={(e) => open(selectDraft(state, e.target.value), c.opened)}>
            {state.drafts.map((d) => (
              <option
                key={d.id}
                value={d.id}
              >{`${spec.title(d.inputs).trim() || c.untitled} · ${dates.format(d.updated)}`}</option>
            ))}
          </select>
        </div>
        <div className="builder__row">
          <button
            type="button"
            className="button"
            onClick={() => open(addDraft(state, now(), spec.defaults), c.created)}
          >
            {c.newDraft}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => open(removeDraft(state, now(), spec.defaults), c.deleted)}
          >
            {c.deleteDraft}
          </button>
          <button
            type="button"
            className="button"
            id="b-clear"
            aria-expanded={confirming}
            onClick={() => {
              setConfirming(true);
              focus.current = 'b-confirm';
            }}
          >
            {c.clearAll}
          </button>
        </div>
        {confirming && (
          <div className="builder__confirm" role="group" aria-labelledby="b-confirm">
            <p id="b-confirm" tabIndex={-1}>
              {countedText(locale, c.clearConfirm, state.drafts.length)}
            </p>
            <button type="button" className="button" onClick={clearAll}>
              {c.clearYes}
            </button>{' '}
            <button
              type="button"
              className="button"
              onClick={() => {
                setConfirming(false);
                focus.current = 'b-clear';
              }}
            >
              {c.clearNo}
            </button>
          </div>
        )}
      </section>

      <form className="builder__form" noValidate onSubmit={write} aria-labelledby="b-answers">
        <h2 id="b-answers">{c.answers}</h2>
        {errors.length > 0 && (
          <div className="error-summary" id="b-errors" tabIndex={-1} aria-labelledby="b-errors-title">
            <h3 id="b-errors-title">{c.errorTitle}</h3>
            <ul>
              {shown
                .filter((f) => errors.includes(f.name))
                .map((f) => (
                  <li key={f.name}>
                    <a
                      href={`#${fieldTarget(f)}`}
                      onClick={(e) => {
                        e.preventDefault();
                        document.getElementById(fieldTarget(f))?.focus();
                      }}
                    >
                      {labelOf(f).error}
                    </a>
                  </li>
                ))}
            </ul>
          </div>
        )}
        {shown.map((f) => (
          <Field
            key={f.name}
            field={f}
            required={isRequired(f, draft.inputs)}
            strings={labelOf(f)}
            value={draft.inputs[f.name] ?? ''}
            error={errors.includes(f.name)}
            optional={c.optional}
            errorPrefix={c.errorPrefix}
            onChange={(value) => setInput(f.name, value)}
          />
        ))}
        {draft.edited && (
          <p id="b-rewrite" className="field__hint">
            {c.rewriteHint}
          </p>
        )}
        <button
          type="submit"
          className="button button--primary"
          aria-describedby={draft.edited ? 'b-rewrite' : undefined}
        >
          {text ? c.rewrite : c.write}
        </button>
      </form>

      {text && (
        <>
          <section aria-labelledby="b-draft">
            <h2 id="b-draft" tabIndex={-1}>
              {c.draft}
            </h2>
            <p id="b-edit-hint" className="field__hint">
              {c.editHint}
            </p>
            {email && (
              <div className="field">
                <label htmlFor="b-subject" className="field__label">
                  {c.subject}
                </label>
                <input
                  id="b-subject"
                  type="text"
                  dir="auto"
                  value={text.subject}
                  onChange={(e) => setText('subject', e.target.value)}
                />
              </div>
            )}
            <div className="field">
              <label htmlFor="b-body" className="field__label">
                {strings.body}
              </label>
              <textarea
                id="b-body"
                className="builder__body"
                dir="auto"
                rows={Math.min(24, Math.max(6, text.body.split('\n').length + 2))}
                value={text.body}
                aria-describedby={count ? 'b-edit-hint b-counter' : 'b-edit-hint'}
                onChange={(e) => setText('body', e.target.value)}
              />
              {count && (
                <p id="b-counter" className={`builder__counter builder__counter--${count.band}`}>
                  {counterText}
                </p>
              )}
            </div>
          </section>

          <section aria-labelledby="b-checks">
            <h2 id="b-checks">{c.checks}</h2>
            <p className="field__hint">{c.checksLead}</p>
            <Checklist results={results} message={text} strings={strings} locale={locale} />
          </section>

          <section aria-labelledby="b-send">
            <h2 id="b-send">{c.send}</h2>
            <div className="builder__row">
              {email && (
                <button type="button" className="button" onClick={() => copy(text.subject)}>
                  {strings.copySubject}
                </button>
              )}
              <button type="button" className="button button--primary" onClick={() => copy(text.body)}>
                {strings.copyBody}
              </button>
              {email && (
                <button
                  type="button"
                  className="button"
                  onClick={() => copy(withSubject(text, spec.subjectLabel?.(data) ?? c.subject))}
                >
                  {strings.copyBoth}
                </button>
              )}
              {email && (
                <a className="button" href={mailto(text)} aria-describedby="b-mailto-hint">
                  {strings.mailto}
                </a>
              )}
            </div>
            {email && (
              <p id="b-mailto-hint" className="field__hint">
                {strings.mailtoHint}
              </p>
            )}
            <p role="status" className="builder__copied">
              {copied}
            </p>
          </section>
        </>
      )}
    </div>
  );
}
