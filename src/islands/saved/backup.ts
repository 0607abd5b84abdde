/**
 * The one-file backup of everything saved in this browser, and the store of the "your saved work"
 * page: every kind of record at once (src/lib/collection.ts), what was set aside, exporting,
 * importing with a preview, and deleting everything with undo. No React, no DOM. What the page
 * shows is read here; what changes or writes a file (backup, merge, delete all, undo) is in
 * actions.ts, and reading a file in read-backup.ts, both loaded when the reader first asks.
 *
 * The file is JSON (its schema, for people: docs/saved-work.md):
 *
 * ```json
 * { "format": "connector-saved-work", "version": 1, "exported": "2026-12-01T10:00:00.000Z",
 *   "records": [ { "kind": "worksheet", "id": "m3x9k2-a81f", "version": 1,
 *                  "changed": "2026-11-22T10:05:00.000Z", "data": { ... } }, ... ],
 *   "aside": [ { "key": "connector:worksheet", "kind": "worksheet", "found": "...",
 *                "reason": "damaged", "text": "..." } ] }
 * ```
 *
 * `records` are the records exactly as stored (tombstones excepted: a deletion is not work);
 * `aside` is what was set aside, each with the text as found. Reading a file checks all of it
 * before anything changes: not JSON or not this format, another format version, or one record
 * that cannot be read, and the whole file is refused with a reason. Merging a file never
 * overwrites a record with an older one and deletes nothing: a record absent here (or deleted
 * here) is added, a newer one replaces what is here, an older one is left out.
 */
import {
  createCollection,
  type Collection,
  type CollectionOptions,
  type Item,
  type Kind,
  type Snapshot,
} from '../../lib/collection.ts';
import {
  browserStorage,
  listAside,
  remove,
  writeAside,
  type Aside,
  type AsideReason,
  type Problem,
  type StorageLike,
} from '../../lib/storage.ts';

export const backupFormat = 'connector-saved-work';
export const backupVersion = 1;

export interface BackupRecord {
  kind: string;
  id: string;
  version: number;
  changed: string;
  data: unknown;
}

export interface BackupAside {
  key: string;
  kind: string;
  found: string;
  reason: AsideReason;
  text: string;
}

export interface Backup {
  format: typeof backupFormat;
  version: typeof backupVersion;
  exported: string;
  records: BackupRecord[];
  aside: BackupAside[];
}

/** Why a file cannot be taken in. */
export type RefusedBecause = 'unrelated' | 'damaged' | 'newer';

/** What taking a record from a backup would do here. */
export type Change = 'added' | 'updated' | 'kept' | 'same';

export interface Preview {
  records: Array<{ kind: string; item: Item<unknown>; change: Change }>;
  /** Set-aside entries of the file that this browser does not hold yet. */
  aside: BackupAside[];
}

// ---- The page's store ---------------------------------------------------------------------------

export interface SavedState {
  /** Each kind's collection as it stands, in the order of the kinds given. */
  kinds: ReadonlyArray<{ kind: string; snapshot: Snapshot<unknown> }>;
  /** Everything set aside, of any kind. */
  aside: readonly Aside[];
  problem: Problem | null;
}

/** What deleting everything took away, to put back on undo. */
export interface Cleared {
  records: Array<{ kind: string; items: Array<Item<unknown>> }>;
  aside: Aside[];
}

export interface SavedStore {
  subscribe(listener: () => void): () => void;
  /** Undefined while an older layout is being read (see collection.ts). */
  getSnapshot(): SavedState | undefined;
  /** The backup of everything here, as the text of the file. */
  backup(): Promise<string>;
  /** Offers the backup as a file download named `filename`. */
  download(filename: string): Promise<void>;
  /** Reads a backup's text (loading the code that reads it): its preview, or why it is refused. */
  read(text: string): Promise<{ preview: Preview } | { refused: RefusedBecause }>;
  /** Takes in what a preview said would be added or updated; gives back how many were written and how many not. */
  merge(preview: Preview): Promise<{ written: number; failed: number }>;
  removeAll(): Promise<Cleared>;
  restore(cleared: Cleared): Promise<void>;
  discardAside(key: string): Aside | undefined;
  restoreAside(aside: Aside): void;
}

/** What actions.ts works on: the page's store from the inside. */
export interface SavedContext {
  kinds: ReadonlyArray<Kind<unknown>>;
  collections: ReadonlyArray<Collection<unknown>>;
  storage: StorageLike | undefined;
  now: () => number;
  /** The state as it stands (the page acts only once it has one). */
  current(): SavedState;
  /** Tells the page that what it shows has changed. */
  emit(): void;
}

/** The code that changes things or writes a file, loaded once, when first asked for. */
let actions: Promise<typeof import('./actions.ts')> | undefined;
const loadActions = () => {
  actions ??= import('./actions.ts');
  actions.catch(() => (actions = undefined));
  return actions;
};

export function createSavedStore(
  kinds: ReadonlyArray<Kind<unknown>>,
  options: Omit<CollectionOptions, 'ids'> = {},
): SavedStore {
  const storage = 'storage' in options ? options.storage : browserStorage();
  const collections: Array<Collection<unknown>> = kinds.map((kind) => createCollection(kind, { ...options, storage }));
  const now = options.now ?? Date.now;
  const listeners = new Set<() => void>();
  let version = 0;
  let cache: { snapshots: Array<Snapshot<unknown>>; version: number; state: SavedState } | null = null;
  const emit = () => {
    version++;
    listeners.forEach((listener) => listener());
  };
  /** The state, for the actions below: the page offers them only once it has one to show. */
  const current = () => getSnapshot()!;
  const context: SavedContext = { kinds, collections, storage, now, current, emit };
  function getSnapshot(): SavedState | undefined {
    const snapshots = collections.map((collection) => collection.getSnapshot());
    if (snapshots.some((snapshot) => !snapshot.ready)) return undefined;
    if (cache && cache.version === version && cache.snapshots.every((snapshot, i) => snapshot === snapshots[i]))
      return cache.state;
    const problem = snapshots.find((snapshot) => snapshot.problem)?.problem ?? null;
    const state: SavedState = {
      kinds: kinds.map((kind, i) => ({ kind: kind.kind, snapshot: snapshots[i]! })),
      aside: problem === 'unavailable' ? [] : listAside(storage),
      problem,
    };
    cache = { snapshots, version, state };
    return state;
  }

  return {
    subscribe(listener) {
      listeners.add(listener);
      const detach = collections.map((collection) => collection.subscribe(listener));
      return () => {
        listeners.delete(listener);
        detach.forEach((undo) => undo());
      };
    },
    getSnapshot,
    backup: () => loadActions().then((code) => code.backup(context)),
    download: (filename) => loadActions().then((code) => code.download(context, filename)),

    async read(text) {
      // The code that merges comes along, so that confirming the preview does not wait for it.
      const [{ previewOf }] = await Promise.all([import('./read-backup.ts'), loadActions()]);
      return previewOf(context, text);
    },

    merge: (preview) => loadActions().then((code) => code.merge(context, preview)),
    removeAll: () => loadActions().then((code) => code.removeAll(context)),
    restore: (cleared) => loadActions().then((code) => code.restore(context, cleared)),

    discardAside(key) {
      const entry = current().aside.find((item) => item.key === key);
      if (!entry || remove(storage, key) !== 'ok') return undefined;
      emit();
      return entry;
    },

    restoreAside(entry) {
      writeAside(storage, entry);
      emit();
    },
  };
}
