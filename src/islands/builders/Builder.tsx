/**
 * The flow every builder shares: answers -> draft -> edit -> checks -> copy, with several saved
 * drafts. Renders only; the logic is in drafts.ts, message.ts and each builder's spec, the drafts'
 * controls in DraftsPanel.tsx, the written draft with its checks and copying in Draft.tsx.
 *
 * Until it has read this browser's drafts it renders `children`: the page's static fallback (the
 * lesson's example to copy by hand), so the page reads well without JavaScript and nothing shows
 * twice. The questions come with the island; the rest (the locale's writer, and the draft's view
 * with its checks and the ways to send it) starts to load as the reader heads for "Write" (pointer
 * or focus on it) and is awaited there. When the open draft already has a text, its view loads at
 * once and the fallback stays until it has come, so that nothing moves. Storage and clock come in
 * as props so tests can fake them.
 */
import { useEffect, useRef, useState, type ComponentType, type ReactNode } from 'react';
import type { Locale } from '../../i18n/locales.ts';
import type { StorageLike } from '../../lib/storage.ts';
import type { AsideStrings } from '../shared/AsideNotice.tsx';
import { ErrorSummary, loadErrorSummary } from '../shared/ErrorSummary.tsx';
import { useStatus } from '../shared/useStatus.ts';
import type { DraftProps } from './Draft.tsx';
import { DraftsPanel } from './DraftsPanel.tsx';
import { Field, fieldTarget } from './Field.tsx';
import {
  isRequired,
  missing,
  type BuilderQuestions,
  type BuilderSpec,
  type BuilderStrings,
  type Inputs,
} from './types.ts';
import { useDrafts } from './useDrafts.ts';
import './builders.css';

/** What the island loads when a draft is written or shown: the whole spec, and the draft's view. */
export interface DraftPart<Data> {
  spec: BuilderSpec<Data>;
  View: ComponentType<DraftProps<Data>>;
}

interface Props<Data> {
  locale: Locale;
  /** This locale's data: the checks' phrase lists, labels, the register hint (see Island.tsx). */
  data: Data;
  /** Loads this locale's writer, the code that words the message: on the way to "Write", awaited on it. */
  writer: () => Promise<Partial<Data>>;
  /** Loads the rest of the builder: once, when a draft is first written or shown. */
  draftPart: () => Promise<DraftPart<Data>>;
  strings: BuilderStrings;
  /** The notice for saved drafts that could not be read (and what to say when a part cannot load). */
  notice: AsideStrings;
  storage?: StorageLike;
  now?: () => number;
  children?: ReactNode;
  spec: BuilderQuestions<Data>;
  /** Answers asked for by the link that opened the page (e.g. the quiz's decision). */
  preset?: () => Inputs | undefined;
}

export function Builder<Data>(props: Props<Data>) {
  const { spec, data, writer, draftPart, locale, strings, notice, storage, now, preset, children } = props;
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
  /** The rest of the builder, once loaded; `failed` when it could not be (offline). */
  const [part, setPart] = useState<DraftPart<Data> | 'failed' | null>(null);
  const focus = useRef<string | null>(null);

  useEffect(() => {
    if (!focus.current) return;
    document.getElementById(focus.current)?.focus();
    focus.current = null;
  });

  const draft = state?.current;
  const text = draft?.text;
  const load = () =>
    draftPart().then(
      (loaded) => {
        setPart(loaded);
        return loaded;
      },
      (error: unknown) => {
        setPart('failed');
        throw error;
      },
    );
  // A draft with a text is open: its view loads, and until it is there the fallback stays.
  useEffect(() => {
    if (text && !part) load().catch(() => undefined);
  });

  if (!state || !draft || (text && !part)) return <>{children}</>;

  const setInput = (name: string, value: string) => {
    const changed = { ...draft.inputs, [name]: value };
    store.change({ inputs: spec.follow?.(draft.inputs, changed, data) ?? changed });
    if (value.trim()) setErrors(errors.filter((e) => e !== name));
  };
  // On the way to "Write" (pointer over it, or focus on it), the code it may need starts to come.
  const prefetch = () => {
    for (const load of [writer, draftPart, loadErrorSummary]) load().catch(() => undefined);
  };
  const write = (event: { preventDefault(): void }) => {
    event.preventDefault();
    const empty = missing(spec.fields, draft.inputs);
    setErrors(empty);
    if (empty.length) {
      setSent((n) => n + 1);
      return;
    }
    Promise.all([writer(), load()]).then(
      ([words, loaded]) => {
        store.change({ text: loaded.spec.write(draft.inputs, { ...data, ...words }), edited: false });
        say(c.written);
        focus.current = 'b-draft';
      },
      () => say(c.writerFailed),
    );
  };

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
          loadFailed={notice.loadFailed}
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
          onPointerEnter={prefetch}
          onFocus={prefetch}
        >
          {text ? c.rewrite : c.write}
        </button>
      </form>

      {text &&
        (part && part !== 'failed' ? (
          <part.View
            spec={part.spec}
            data={data}
            locale={locale}
            strings={strings}
            draft={{ ...draft, text }}
            edit={(changed) => store.change({ text: changed, edited: true })}
            announce={setAnnounced}
          />
        ) : (
          <p className="notice">{notice.loadFailed}</p>
        ))}
    </div>
  );
}
