/**
 * A builder's drafts as its island uses them: the records of drafts.ts (whose comment documents
 * the stored shape and the life cycle) kept in step with storage and other tabs by
 * src/lib/collection.ts, the open draft (the tab's own, in sessionStorage), and the changes the
 * builder makes: start, open, change, delete one or all (with undo).
 */
import { createCollection, type Collection, type Item, type StoreAdapters } from '../../lib/collection.ts';
import { readText, tabStorage, write, type Aside, type Problem } from '../../lib/storage.ts';
import { draftKind, draftKindName, maxDrafts, type Draft, type DraftData } from './drafts.ts';
import type { BuilderId, Inputs } from './types.ts';

/** A short id, unique across tabs: the time and a few random characters. */
export function draftId(now: number, random: () => number): string {
  return `${now.toString(36)}-${Math.floor(random() * 36 ** 5)
    .toString(36)
    .padStart(5, '0')}`;
}

const dataOf = ({ id: _id, updated: _updated, ...data }: Draft): DraftData => data;

export const toDraft = (item: Item<DraftData>): Draft => ({
  ...item.data,
  id: item.id,
  updated: Date.parse(item.changed),
});

/** True when the reader has typed nothing into the draft beyond the given defaults. */
export function isBlank(draft: Pick<Draft, 'inputs' | 'text'>, defaults: Inputs = {}): boolean {
  return !draft.text && Object.entries(draft.inputs).every(([k, v]) => !v.trim() || v === defaults[k]);
}

export interface DraftsState {
  /** In the order they were started; the open one among them. */
  drafts: Draft[];
  current: Draft;
  problem: Problem | null;
  aside: readonly Aside[];
  deletedElsewhere: Draft[];
}

export interface DraftStoreOptions extends StoreAdapters {
  builder: BuilderId;
  /** Answers a new draft starts with. */
  defaults?: Inputs;
  /** Answers asked for by the link that opened the page, applied once when the drafts are read. */
  preset?: () => Inputs | undefined;
}

export interface DraftStore {
  subscribe(listener: () => void): () => void;
  /** Undefined while an older layout is being read (see collection.ts). */
  getSnapshot(): DraftsState | undefined;
  ready(): Promise<void>;
  select(id: string): void;
  /** Starts a new draft and opens it; false at the limit. */
  add(inputs?: Inputs): boolean;
  /** Changes the open draft. */
  change(patch: Partial<Pick<DraftData, 'inputs' | 'text' | 'edited'>>): void;
  remove(): Draft[];
  removeAll(): Draft[];
  /** Puts deleted drafts back, and opens the first of them. */
  restore(drafts: readonly Draft[]): void;
  discardAside(key: string): Aside | undefined;
  restoreAside(aside: Aside): void;
}

export function createDraftStore(options: DraftStoreOptions): DraftStore {
  const { builder, defaults = {}, preset } = options;
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const session = 'session' in options ? options.session : tabStorage();
  const collection: Collection<DraftData> = createCollection(draftKind(builder), options);
  const tabKey = `connector:tab:${draftKindName(builder)}`;
  let open = readText(session, tabKey) ?? null;
  let blank: Draft | null = null;
  let presetDone = !preset;
  let cache: { from: unknown; open: string | null; blank: Draft | null; state: DraftsState } | null = null;
  const listeners = new Set<() => void>();

  const setOpen = (id: string) => {
    open = id;
    write(session, tabKey, id);
  };
  const emit = () => listeners.forEach((listener) => listener());
  const fresh = (inputs: Inputs = defaults): Draft => {
    const time = now();
    let id = draftId(time, random);
    while (collection.get(id)) id = draftId(time, random);
    return {
      id,
      created: new Date(time).toISOString(),
      inputs: { ...inputs },
      text: null,
      edited: false,
      updated: time,
    };
  };

  function getSnapshot(): DraftsState | undefined {
    const from = collection.getSnapshot();
    if (!from.ready) return undefined;
    if (!presetDone) {
      presetDone = true;
      applyPreset();
      return getSnapshot();
    }
    if (cache && cache.from === from && cache.open === open && cache.blank === blank) return cache.state;
    const stored = from.items
      .map(toDraft)
      .sort((a, b) => a.created.localeCompare(b.created) || a.id.localeCompare(b.id));
    let current = stored.find((draft) => draft.id === open);
    if (current) blank = null;
    else if (blank && blank.id === open) current = blank;
    else {
      // The open draft was deleted in another tab: a new one opens, never another draft, so that
      // what the reader types next cannot land in a draft they did not choose.
      const gone = from.deletedElsewhere.some((item) => item.id === open);
      current = gone
        ? undefined
        : stored.reduce<Draft | undefined>((a, b) => (!a || b.updated > a.updated ? b : a), undefined);
      if (!current) current = blank = fresh();
      setOpen(current.id);
    }
    const state: DraftsState = {
      drafts: current === blank ? [...stored, blank] : stored,
      current,
      problem: from.problem,
      aside: from.aside,
      deletedElsewhere: from.deletedElsewhere.map(toDraft),
    };
    cache = { from, open, blank, state };
    return state;
  }

  /** The state, for the changes below: the builder makes them only once it has one to show. */
  const current = () => getSnapshot()!;

  function change(patch: Partial<Pick<DraftData, 'inputs' | 'text' | 'edited'>>) {
    const draft = current().current;
    collection.update(draft.id, (data) => ({ ...(data ?? dataOf(draft)), ...patch }));
    if (blank?.id === draft.id) blank = null;
  }

  function add(inputs: Inputs = defaults): boolean {
    if (current().drafts.filter((draft) => draft !== blank).length >= maxDrafts) return false;
    blank = fresh(inputs);
    setOpen(blank.id);
    emit();
    return true;
  }

  /** A blank draft takes the link's answers; a draft in progress is kept and a new one started. */
  function applyPreset() {
    const wanted = preset?.();
    if (!wanted) return;
    const draft = current().current;
    if (!Object.entries(wanted).some(([key, value]) => draft.inputs[key] !== value)) return;
    if (isBlank(draft, defaults)) change({ inputs: { ...draft.inputs, ...wanted } });
    else if (add({ ...defaults, ...wanted })) change({ inputs: { ...defaults, ...wanted } });
  }

  /** Deletes drafts, and gives back those that were saved, for undo. */
  function removeDrafts(drafts: readonly Draft[]): Draft[] {
    const unsaved = blank;
    const saved = drafts.filter((draft) => draft !== unsaved);
    for (const draft of saved) collection.remove(draft.id);
    blank = null;
    open = null;
    emit();
    return saved;
  }

  return {
    subscribe(listener) {
      listeners.add(listener);
      const detach = collection.subscribe(listener);
      return () => {
        listeners.delete(listener);
        detach();
      };
    },
    getSnapshot,
    ready: () => collection.ready(),
    select(id) {
      if (!current().drafts.some((draft) => draft.id === id)) return;
      setOpen(id);
      emit();
    },
    add,
    change,
    remove: () => removeDrafts([current().current]),
    removeAll: () => removeDrafts(current().drafts),
    restore(drafts) {
      collection.restore(
        drafts.map((draft) => ({ id: draft.id, changed: new Date(draft.updated).toISOString(), data: dataOf(draft) })),
      );
      const first = drafts[0];
      if (first && current().drafts.some((draft) => draft.id === first.id)) {
        if (blank && isBlank(blank, defaults)) blank = null;
        setOpen(first.id);
      }
      emit();
    },
    discardAside: (key) => collection.discardAside(key),
    restoreAside: (aside) => collection.restoreAside(aside),
  };
}
