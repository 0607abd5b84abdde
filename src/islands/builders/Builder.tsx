/**
 * The flow every builder shares: answers -> draft -> edit -> checks -> copy, with several saved
 * drafts. Renders only; the logic is in drafts.ts, message.ts and each builder's spec, the drafts'
 * controls in DraftsPanel.tsx, copying in Send.tsx.
 *
 * Until it has read this browser's drafts it renders `children`: the page's static fallback (the
 * lesson's example to copy by hand), so the page reads well without JavaScript and nothing shows
 * twice. Storage and clock come in as props so tests can fake them.
 */
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Locale } from '../../i18n/locales.ts';
import type { StorageLike } from '../../lib/storage.ts';
import type { AsideStrings } from '../shared/AsideNotice.tsx';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { useStatus } from '../shared/useStatus.ts';
import { Checklist } from './Checklist.tsx';
import { DraftsPanel } from './DraftsPanel.tsx';
import { Field, fieldTarget } from './Field.tsx';
import { checksSummary, countedText, counter, missing, verdicts } from './message.ts';
import { Send } from './Send.tsx';
import { isEmail, isRequired, type BuilderSpec, type BuilderStrings, type Inputs, type Message } from './types.ts';
import { useDrafts } from './useDrafts.ts';
import './builders.css';

interface Props<Data> {
  locale: Locale;
  /** This locale's data: the checks' phrase lists, labels, the register hint (see Island.tsx). */
  data: Data;
  /** Loads this locale's writer, the code that words the message; called early, awaited on "Write". */
  writer: () => Promise<Partial<Data>>;
  strings: BuilderStrings;
  /** The notice for saved drafts that could not be read. */
  notice: AsideStrings;
  storage?: StorageLike;
  now?: () => number;
  children?: ReactNode;
  spec: BuilderSpec<Data>;
  /** Answers asked for by the link that opened the page (e.g. the quiz's decision). */
  preset?: () => Inputs | undefined;
}

/** Announcements wait until typing pauses, so a screen reader is not interrupted at every key. */
const quiet = 500;

export function Builder<Data>(props: Props<Data>) {
  const { spec, data, writer, locale, strings, notice, storage, now, preset, children } = props;
  const c = strings.common;
  const { state, store } = useDrafts({
    builder: spec.id,
    defaults: spec.defaults,
    ...(preset ? { preset } : {}),
    ...(storage ? { storage } : {}),
    ...(now ? { now } : {}),
  });
  const [errors, setErrors] = useState<string[]>([]);
  const [sent, setSent] = useState(0);
  const [status, say] = useStatus();
  const [announced, setAnnounced] = useState('');
  const focus = useRef<string | null>(null);

  useEffect(() => {
    if (!focus.current) return;
    document.getElementById(focus.current)?.focus();
    focus.current = null;
  });

  const draft = state?.current;
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

  const setInput = (name: string, value: string) => {
    // The reader has started: fetch the writer now, so that it is there when they ask for a draft.
    writer().catch(() => undefined);
    const changed = { ...draft.inputs, [name]: value };
    store.change({ inputs: spec.follow?.(draft.inputs, changed, data) ?? changed });
    if (value.trim()) setErrors(errors.filter((e) => e !== name));
  };
  const setText = (part: keyof Message, value: string) =>
    store.change({ text: { ...text!, [part]: value }, edited: true });
  const write = (event: { preventDefault(): void }) => {
    event.preventDefault();
    const empty = missing(spec.fields, draft.inputs);
    setErrors(empty);
    if (empty.length) {
      setSent((n) => n + 1);
      return;
    }
    writer().then(
      (words) => {
        store.change({ text: spec.write(draft.inputs, { ...data, ...words }), edited: false });
        say(c.written);
        focus.current = 'b-draft';
      },
      () => say(c.writerFailed),
    );
  };

  const email = isEmail(spec, draft.inputs);
  const shown = spec.fields.filter((f) => !f.when || f.when(draft.inputs));
  const fieldStrings = (name: string) => strings.fields[name] ?? { label: name };
  const labelOf = (f: (typeof shown)[number]) => fieldStrings(f.variant?.(draft.inputs) ?? f.name);

  return (
    <div className="builder">
      <p role="status" className="visually-hidden">
        {status}
      </p>
      <p aria-live="polite" className="visually-hidden">
        {announced}
      </p>

      <DraftsPanel
        locale={locale}
        spec={spec}
        strings={strings}
        notice={notice}
        state={state}
        store={store}
        say={say}
        onOpen={() => setErrors([])}
      />

      <form className="builder__form" noValidate onSubmit={write} aria-labelledby="b-answers">
        <h2 id="b-answers">{c.answers}</h2>
        <ErrorSummary
          title={c.errorTitle}
          level={3}
          sent={sent}
          errors={shown
            .filter((f) => errors.includes(f.name))
            .map((f) => ({ target: fieldTarget(f), message: labelOf(f).error ?? labelOf(f).label }))}
        />
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

          <Send spec={spec} data={data} strings={strings} text={text} email={email} />
        </>
      )}
    </div>
  );
}
