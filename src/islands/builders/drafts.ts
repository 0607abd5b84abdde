/**
 * Saved drafts, several per builder: one record each (the format is in src/lib/storage.ts), kind
 * `draft-<builder>`, `data` version 1:
 *
 *   connector:record:draft-reconnect:m3x9k2-a81f ->
 *   { "kind": "draft-reconnect", "id": "m3x9k2-a81f", "version": 1, "changed": "2026-11-22T10:05:00.000Z",
 *     "data": { "created": "2026-11-22T10:00:00.000Z",
 *               "inputs": { "theirName": "Margaret", ... },   // the answers, always text
 *               "text": { "subject": "...", "body": "..." },  // null until written
 *               "edited": true } }                            // the reader changed the text
 *
 * Life cycle: a visit opens the draft this tab had open, or the most recently changed one, or a
 * blank one that is written only once the reader types. Every answer and every edit is written as
 * typed. "New draft" adds one while there are fewer than `maxDrafts` (the page says how many there
 * are of how many): the limit is never applied to what is already saved. "Delete this draft" and
 * "Clear all drafts" leave tombstones, and can be undone. Which draft is open belongs to the tab
 * (sessionStorage, `connector:tab:draft-<builder>`).
 *
 * Before records (until 2026-12), a builder kept `{ "current": "2", "drafts": [ ... ] }` under
 * `connector:builders:<builder>`, each draft with an `updated` time in milliseconds; `legacy`
 * moves every draft into a record: an id that is a number becomes text, a repeated id gets a new
 * one, a part that cannot be read is set aside.
 */
import { createCollection, covers, type Collection, type Item, type Kind } from '../../lib/collection.ts';
import {
  isRecord,
  isoTime,
  readText,
  tabStorage,
  write,
  type Aside,
  type Problem,
  type StorageLike,
} from '../../lib/storage.ts';
import type { BuilderId, Inputs, Message } from './types.ts';

export interface DraftData {
  created: string;
  inputs: Inputs;
  text: Message | null;
  edited: boolean;
}

/** A draft as the builder shows it. */
export interface Draft extends DraftData {
  id: string;
  /** When it last changed, in milliseconds. */
  updated: number;
}

export const maxDrafts = 20;

export const draftKindName = (builder: BuilderId) => `draft-${builder}`;
export const legacyKey = (builder: BuilderId) => `connector:builders:${builder}`;

const isString = (v: unknown): v is string => typeof v === 'string';

/** One draft's data, every part that fits kept; undefined when it is not a draft at all. */
export function parseDraftData(raw: unknown): DraftData | undefined {
  if (!isRecord(raw) || !isRecord(raw.inputs)) return undefined;
  const inputs = Object.fromEntries(Object.entries(raw.inputs).filter((e): e is [string, string] => isString(e[1])));
  const text =
    isRecord(raw.text) && isString(raw.text.subject) && isString(raw.text.body)
      ? { subject: raw.text.subject, body: raw.text.body }
      : null;
  return {
    created: isoTime(raw.created) ?? new Date(0).toISOString(),
    inputs,
    text,
    edited: raw.edited === true && text !== null,
  };
}

export function draftKind(builder: BuilderId): Kind<DraftData> {
  return {
    kind: draftKindName(builder),
    version: 1,
    read: (data, version) => (version === 1 ? parseDraftData(data) : undefined),
    legacy: {
      matches: (key) => key === legacyKey(builder),
      migrate(_key, raw, now) {
        if (!isRecord(raw) || !Array.isArray(raw.drafts)) return undefined;
        const list: unknown[] = raw.drafts;
        const records: Array<Item<DraftData>> = [];
        const aside: Array<{ text: string; reason: 'damaged' | 'partial' }> = [];
        let extra = 0;
        list.forEach((item, index) => {
          const given = isRecord(item) ? item.id : undefined;
          const known = (isString(given) && given) || (typeof given === 'number' && Number.isFinite(given));
          const updated = isRecord(item) ? isoTime(item.updated) : undefined;
          // The old drafts had no creation time: their order in the list stands in for it.
          const created = updated ?? new Date(now - list.length + index).toISOString();
          const data = known ? parseDraftData({ ...(item as object), created }) : undefined;
          if (!data) {
            aside.push({ text: JSON.stringify(item), reason: 'damaged' });
            return;
          }
          let id = String(given);
          while (records.some((record) => record.id === id)) id = `${String(given)}-${++extra}`;
          const { id: _id, updated: _updated, ...rest } = item as Record<string, unknown>;
          if (!covers(rest, data) || (rest.edited === true && !data.edited))
            aside.push({ text: JSON.stringify(item), reason: 'partial' });
          records.push({ id, changed: updated ?? new Date(now).toISOString(), data });
        });
        return { records, aside };
      },
    },
  };
}

/** True when the reader has typed nothing into the draft beyond the given defaults. */
export function isBlank(draft: Pick<Draft, 'inputs' | 'text'>, defaults: Inputs = {}): boolean {
  return !draft.text && Object.entries(draft.inputs).every(([k, v]) => !v.trim() || v === defaults[k]);
}

const toDraft = (item: Item<DraftData>): Draft => ({ ...item.data, id: item.id, updated: Date.parse(item.changed) });
const dataOf = ({ id: _id, updated: _updated, ...data }: Draft): DraftData => data;

/** A short id, unique across tabs: the time and a few random characters. */
export function draftId(now: number, random: () => number): string {
  return `${now.toString(36)}-${Math.floor(random() * 36 ** 5)
    .toString(36)
    .padStart(5, '0')}`;
}

// ---- The store a builder uses -------------------------------------------------------------------

export interface DraftsState {
  /** In the order they were started; the open one among them. */
  drafts: Draft[];
  current: Draft;
  problem: Problem | null;
  aside: readonly Aside[];
  deletedElsewhere: Draft[];
}

export interface DraftStoreOptions {
  builder: BuilderId;
  /** Answers a new draft starts with. */
  defaults?: Inputs;
  /** Answers asked for by the link that opened the page, applied once when the drafts are read. */
  preset?: () => Inputs | undefined;
  storage?: StorageLike | undefined;
  session?: StorageLike | undefined;
  now?: () => number;
  random?: () => number;
  events?: (listener: (key: string | null) => void) => () => void;
}

export interface DraftStore {
  subscribe(listener: () => void): () => void;
  getSnapshot(): DraftsState;
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

  function getSnapshot(): DraftsState {
    const from = collection.getSnapshot();
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
      current = stored.reduce<Draft | undefined>((a, b) => (!a || b.updated > a.updated ? b : a), undefined);
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

  function change(patch: Partial<Pick<DraftData, 'inputs' | 'text' | 'edited'>>) {
    const draft = getSnapshot().current;
    collection.update(draft.id, (data) => ({ ...(data ?? dataOf(draft)), ...patch }));
    if (blank?.id === draft.id) blank = null;
  }

  function add(inputs: Inputs = defaults): boolean {
    if (getSnapshot().drafts.filter((draft) => draft !== blank).length >= maxDrafts) return false;
    blank = fresh(inputs);
    setOpen(blank.id);
    emit();
    return true;
  }

  /** A blank draft takes the link's answers; a draft in progress is kept and a new one started. */
  function applyPreset() {
    const wanted = preset?.();
    if (!wanted) return;
    const draft = getSnapshot().current;
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
    select(id) {
      if (!getSnapshot().drafts.some((draft) => draft.id === id)) return;
      setOpen(id);
      emit();
    },
    add,
    change,
    remove: () => removeDrafts([getSnapshot().current]),
    removeAll: () => removeDrafts(getSnapshot().drafts),
    restore(drafts) {
      collection.restore(
        drafts.map((draft) => ({ id: draft.id, changed: new Date(draft.updated).toISOString(), data: dataOf(draft) })),
      );
      const first = drafts[0];
      if (first && getSnapshot().drafts.some((draft) => draft.id === first.id)) {
        if (blank && isBlank(blank, defaults)) blank = null;
        setOpen(first.id);
      }
      emit();
    },
    discardAside: (key) => collection.discardAside(key),
    restoreAside: (aside) => collection.restoreAside(aside),
  };
}
