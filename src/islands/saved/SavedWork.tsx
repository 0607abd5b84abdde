/**
 * "Your saved work": what this browser holds (Holdings.tsx), a backup to download, a backup to
 * bring back (ImportBackup.tsx), and deleting everything with undo. The logic is in backup.ts (and
 * actions.ts, which the store loads when the reader first backs up, brings back or deletes);
 * this file reads it through `useSyncExternalStore`, so a change in another tab shows here too.
 * Until the browser has read its storage (and without JavaScript) the page's own text stands in.
 */
import { useState, useSyncExternalStore } from 'react';
import { plural } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { UIStrings } from '../../i18n/ui/en/index.ts';
import type { StorageLike } from '../../lib/storage.ts';
import type { QuizShape } from '../quiz/progress.ts';
import { AsideNotice, type AsideStrings } from '../shared/AsideNotice.tsx';
import { ConfirmClear } from '../shared/ConfirmClear.tsx';
import { Undone, type Done } from '../shared/Undo.tsx';
import { useStatus } from '../shared/useStatus.ts';
import { createSavedStore } from './backup.ts';
import { Holdings } from './Holdings.tsx';
import { ImportBackup } from './ImportBackup.tsx';
import { savedKinds } from './kinds.ts';
import './saved.css';

export type SavedStrings = UIStrings['saved']['island'];

/** How the page shows the records of one kind. */
export interface KindView {
  /** The heading of its group: "Worksheets", "Drafts: Reconnection email builder". */
  title: string;
  /** Where a set-aside entry of this kind is said to come from. */
  origin: string;
  /** Where its records are worked on (a quiz's progress links to its quiz: `quizzes`). */
  href?: string;
  /** For drafts: the answer that names a draft, as the builder names it (kinds.ts). */
  titleField?: string;
}

export interface SavedPageProps {
  locale: Locale;
  t: SavedStrings;
  notice: AsideStrings;
  /** Every quiz of the site, in this locale: its title, where it is taken, its shape. */
  quizzes: Array<{ id: string; title: string; href: string; shape: QuizShape }>;
  /** How each kind of record is shown, by kind (the page words them: kinds.ts has the kinds). */
  kinds: Record<string, KindView>;
  storage?: StorageLike;
  now?: () => number;
}

const nothingYet = () => undefined;

export default function SavedWork(props: SavedPageProps) {
  const { locale, t, notice, quizzes, storage, now } = props;
  const [store] = useState(() =>
    createSavedStore(savedKinds(quizzes.map((quiz) => quiz.shape)), {
      ...(storage ? { storage } : {}),
      ...(now ? { now } : {}),
    }),
  );
  const state = useSyncExternalStore(store.subscribe, store.getSnapshot, nothingYet);
  const [done, setDone] = useState<Done | null>(null);
  const [exported, say] = useStatus();
  if (!state) return <div className="saved" />;

  const items = state.kinds.reduce((sum, { snapshot }) => sum + snapshot.items.length, 0) + state.aside.length;
  // Backing up and deleting load their code when first asked for; offline, the page says so.
  const failed = () => say(notice.loadFailed);
  const download = () => {
    const day = new Date((now ?? Date.now)()).toISOString().slice(0, 10);
    store.download(`${t.export.file}-${day}.json`).then(() => say(t.export.done), failed);
  };
  const clearAll = () => {
    store.removeAll().then(
      (cleared) =>
        setDone({
          text: t.clear.done,
          undo: () => void store.restore(cleared).then(() => setDone({ text: t.clear.restored })),
        }),
      () => setDone({ text: notice.loadFailed }),
    );
  };

  return (
    <div className="saved" data-ready="">
      {state.problem === 'full' && <p className="notice">{t.full}</p>}
      <Holdings {...props} state={state} />
      <AsideNotice aside={state.aside} strings={notice} discard={store.discardAside} restore={store.restoreAside} />

      <section className="saved-section" aria-labelledby="saved-export">
        <h2 id="saved-export">{t.export.title}</h2>
        <p>{t.export.lead}</p>
        <button
          type="button"
          className="button button--primary"
          onClick={download}
          disabled={state.problem === 'unavailable'}
        >
          {t.export.button}
        </button>
        <p role="status">{exported}</p>
      </section>

      {state.problem !== 'unavailable' && <ImportBackup {...props} store={store} />}

      <section className="saved-section" aria-labelledby="saved-clear">
        <h2 id="saved-clear">{t.clear.title}</h2>
        <p>{t.clear.lead}</p>
        <ConfirmClear
          label={t.clear.button}
          question={() => plural(locale, t.clear.question, items)}
          yes={t.clear.yes}
          no={t.clear.no}
          disabled={!items}
          onConfirm={clearAll}
        />
        <Undone done={done} undoLabel={t.clear.undo} />
      </section>
    </div>
  );
}
