/**
 * The one-file backup of everything saved in this browser, and the store of the "your saved work"
 * page: every kind of record at once (src/lib/collection.ts), what was set aside, exporting,
 * importing with a preview, and deleting everything with undo. No React, no DOM.
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
  asideKey,
  browserStorage,
  listAside,
  remove,
  writeAside,
  type Aside,
  type AsideReason,
  type Problem,
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
  ready(): Promise<void>;
  /** The backup of everything here, as the text of the file. */
  backup(): string;
  /** Reads a backup's text (loading the code that reads it): its preview, or why it is refused. */
  read(text: string): Promise<{ preview: Preview } | { refused: RefusedBecause }>;
  /** Takes in what a preview said would be added or updated; gives back how many were written and how many not. */
  merge(preview: Preview): { written: number; failed: number };
  removeAll(): Cleared;
  restore(cleared: Cleared): void;
  discardAside(key: string): Aside | undefined;
  restoreAside(aside: Aside): void;
}

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
  const collectionOf = (kind: string) => collections[kinds.findIndex((known) => known.kind === kind)];

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
    ready: async () => void (await Promise.all(collections.map((collection) => collection.ready()))),

    backup() {
      const state = current();
      const records: BackupRecord[] = state.kinds.flatMap(({ kind, snapshot }) =>
        snapshot.items.map((item) => ({
          kind,
          id: item.id,
          version: kinds.find((known) => known.kind === kind)!.version,
          changed: item.changed,
          data: item.data,
        })),
      );
      const aside = state.aside.map(({ from, kind, found, reason, text }) => ({
        key: from,
        kind,
        found,
        reason,
        text,
      }));
      const file: Backup = {
        format: backupFormat,
        version: backupVersion,
        exported: new Date(now()).toISOString(),
        records,
        aside,
      };
      return `${JSON.stringify(file, null, 2)}\n`;
    },

    async read(text) {
      const { readBackup, changeOf } = await import('./read-backup.ts');
      const read = readBackup(text, kinds);
      if ('refused' in read) return read;
      const state = current();
      const records = read.backup.records.map(({ kind, item }) => ({
        kind,
        item,
        change: changeOf(item, collectionOf(kind)?.get(item.id)),
      }));
      const aside = read.backup.aside.filter(
        (entry) => !state.aside.some((held) => held.from === entry.key && held.text === entry.text),
      );
      return { preview: { records, aside } };
    },

    merge(preview) {
      let written = 0;
      let wanted = 0;
      for (const collection of collections) {
        const index = collections.indexOf(collection);
        const items = preview.records
          .filter(
            (record) =>
              record.kind === kinds[index]!.kind && (record.change === 'added' || record.change === 'updated'),
          )
          .map((record) => record.item);
        wanted += items.length;
        written += collection.restore(items).length;
      }
      for (const entry of preview.aside) {
        wanted++;
        const aside: Aside = { ...entry, from: entry.key, key: asideKey(storage, now()) };
        if (writeAside(storage, aside) === 'ok') written++;
      }
      emit();
      const problem = current().problem;
      return { written, failed: problem ? wanted - written : 0 };
    },

    removeAll() {
      const state = current();
      const records = state.kinds.map(({ kind, snapshot }) => ({
        kind,
        items: snapshot.items.filter((item) => collectionOf(kind)!.remove(item.id)),
      }));
      const aside = state.aside.filter((entry) => remove(storage, entry.key) === 'ok');
      emit();
      return { records, aside };
    },

    restore(cleared) {
      for (const { kind, items } of cleared.records) collectionOf(kind)?.restore(items);
      for (const entry of cleared.aside) writeAside(storage, entry);
      emit();
    },

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
