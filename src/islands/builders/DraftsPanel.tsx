/**
 * A builder's drafts: which one is open, how many there are of how many it keeps, a new one,
 * deleting this one or all of them (the shared confirm-and-undo control), and the notices about
 * storage (full or blocked, data set aside, a draft deleted in another tab). Renders only.
 */
import { changedAt } from '../../lib/days.ts';
import { useState } from 'react';
import type { Locale } from '../../i18n/locales.ts';
import { AsideNotice, type AsideStrings } from '../shared/AsideNotice.tsx';
import { ConfirmClear } from '../shared/ConfirmClear.tsx';
import { Undone, type Done } from '../shared/Undo.tsx';
import { maxDrafts } from './drafts.ts';
import type { DraftsState, DraftStore } from './draftStore.ts';
import { format as fill } from '../../i18n/format.ts';
import { countedText } from './counted.ts';
import type { BuilderQuestions, BuilderStrings } from './types.ts';

interface Props<Data> {
  locale: Locale;
  spec: BuilderQuestions<Data>;
  strings: BuilderStrings;
  notice: AsideStrings;
  state: DraftsState;
  store: DraftStore;
  /** Says something in the builder's status region. */
  say: (message: string) => void;
  /** Called when another draft opens, so the form can drop the errors of the one before. */
  onOpen: () => void;
}

export function DraftsPanel<Data>({ locale, spec, strings, notice, state, store, say, onOpen }: Props<Data>) {
  const c = strings.common;
  const [done, setDone] = useState<Done | null>(null);
  const count = state.drafts.length;
  // The picker dates the drafts to tell them apart, so a lone draft goes by its title. A first visit
  // then formats no date, which would be the page's first (see changedAt) just as the builder appears.
  const dated = count > 1;
  const gone = state.deletedElsewhere[0];
  const problem = state.problem && (state.problem === 'full' ? c.saveFull : c.storageUnavailable);

  const opened = (message: string) => {
    onOpen();
    setDone(null);
    say(message);
  };
  const deleted = (text: string, drafts: ReturnType<DraftStore['remove']>) => {
    onOpen();
    const undo = () => {
      store.restore(drafts);
      setDone({ text: c.restored });
    };
    setDone(drafts.length ? { text, undo } : { text });
  };

  return (
    <section className="builder__drafts" aria-labelledby="b-drafts-title">
      <h2 id="b-drafts-title">{c.drafts}</h2>
      {problem && <p className="notice builder__notice">{problem}</p>}
      <AsideNotice aside={state.aside} strings={notice} discard={store.discardAside} restore={store.restoreAside} />
      {gone && (
        <Undone
          focus={false}
          undoLabel={c.undo}
          done={{
            text: fill(c.deletedElsewhere, { name: spec.title(gone.inputs).trim() || c.untitled }),
            undo: () => store.restore([gone]),
          }}
        />
      )}
      <p className="field__hint">
        {c.savedHint} {fill(c.limit, { count: String(count), max: String(maxDrafts) })}
      </p>
      <div className="builder__row">
        <label htmlFor="b-picker">{c.draftPicker}</label>
        <select
          id="b-picker"
          value={state.current.id}
          onChange={(e) => {
            store.select(e.target.value);
            opened(c.opened);
          }}
        >
          {state.drafts.map((d) => {
            const title = spec.title(d.inputs).trim() || c.untitled;
            return (
              <option key={d.id} value={d.id}>
                {dated ? `${title} · ${changedAt(locale, d.updated)}` : title}
              </option>
            );
          })}
        </select>
      </div>
      <div className="builder__row">
        <button
          type="button"
          className="button"
          onClick={() => (store.add() ? opened(c.created) : say(fill(c.full, { count: String(count) })))}
        >
          {c.newDraft}
        </button>
        <button type="button" className="button" onClick={() => deleted(c.deleted, store.remove())}>
          {c.deleteDraft}
        </button>
        <ConfirmClear
          label={c.clearAll}
          question={() => countedText(locale, c.clearConfirmUndo, count)}
          yes={c.clearYes}
          no={c.clearNo}
          onConfirm={() => deleted(c.cleared, store.removeAll())}
        />
      </div>
      <Undone done={done} undoLabel={c.undo} />
    </section>
  );
}
