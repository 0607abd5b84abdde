/**
 * The flow every builder shares: answers -> draft -> edit -> checks -> copy, with several saved
 * drafts. Renders only; the logic is in drafts.ts, message.ts and each builder's spec, the drafts'
 * controls in DraftsPanel.tsx, the written draft with its checks and copying in Draft.tsx.
 *
 * The server renders the form as a new draft with the defaults, nothing saved (the page's
 * fallback, the lesson's examples, shows instead without JavaScript: builders.css). The island
 * hydrates on the reader's first use, or at once when there are drafts to show
 * (src/scripts/use-props.ts); until it has read this browser's drafts it shows that same form,
 * marked `data-pending`, and takes into the open draft whatever was typed into it before it ran.
 * The questions come with the island; the rest (the locale's writer, and the draft's view with its
 * checks and the ways to send it) starts to load as the reader heads for "Write" (pointer or focus
 * on it) and is awaited there; when the open draft already has a text, its view loads at once,
 * below the form. Storage and clock come in as props so tests can fake them.
 */
import { useEffect, useRef, useState, type ComponentType } from 'react';
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
import type { DraftsState } from './draftStore.ts';
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
  spec: BuilderQuestions<Data>;
  /** Answers asked for by the link that opened the page (e.g. the quiz's decision). */
  preset?: () => Inputs | undefined;
}

/** What the server renders, and the island until it has read the drafts: a new draft, nothing saved. */
const unread = (
  inputs: Inputs = {},
  draft = { id: '', created: '', inputs, text: null, edited: false, updated: 0 },
): DraftsState => ({
  drafts: [draft],
  current: draft,
  problem: null,
  aside: [],
  deletedElsewhere: [],
});

export function Builder<Data>(props: Props<Data>) {
  const { spec, data, writer, draftPart, locale, strings, notice, storage, now, preset } = props;
  const c = strings.common;
  const { state: read, store } = useDrafts({
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
  const [first] = useState(() => unread(spec.defaults));
  const state = read ?? first;
  // What the reader typed into the server's form before the island ran: React keeps it in the
  // fields as it hydrates, and as it attaches the form (this ref, once) the typing joins the open
  // draft, before React reads the drafts (useDrafts.ts) and renders them.
  const [takeTyped] = useState(() => (form: HTMLFormElement | null) => {
    const open = form && store.getSnapshot()?.current;
    let typed: Inputs | undefined;
    if (open)
      for (const [name, value] of new FormData(form))
        if (value !== (spec.defaults?.[name] ?? '')) (typed ??= { ...open.inputs })[name] = value as string;
    if (typed) store.change({ inputs: typed });
  });

  useEffect(() => {
    if (!focus.current) return;
    document.getElementById(focus.current)?.focus();
    focus.current = null;
  });

  const draft = state.current;
  const text = draft.text;
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
  // A draft with a text is open: its view loads at once.
  useEffect(() => {
    if (text && !part) load().catch(() => undefined);
  });

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
    <div className="builder" data-pending={read ? undefined : ''}>
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

      <form ref={takeTyped} className="builder__form" noValidate onSubmit={write} aria-labelledby="b-answers">
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
        part &&
        (part !== 'failed' ? (
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
