/**
 * One kind of saved work as a live collection of records (the format is in storage.ts): what this
 * tab shows, kept in step with localStorage and with the other tabs, with no React in it.
 * Components read it through `useSyncExternalStore(collection.subscribe, collection.getSnapshot)`.
 *
 * - Reading happens on the first `getSnapshot()`: whatever cannot be read is set aside before
 *   anything is written. When a key of an older layout is there, the code that reads it (`Legacy`,
 *   and `migrate` in legacy.ts, which moves it into records) is loaded first, and the snapshot says
 *   `ready: false` until it has run (once per browser).
 * - Every change is written at once, and only the record it changed: the paths this tab changed
 *   (e.g. `contact`, `message.me`) go over what is stored now, so another tab's change to another
 *   field of the same record stays. When a write fails (full or blocked storage), the change stays
 *   on the page and is tried again with the next one.
 * - Another tab's change arrives as a `storage` event: this tab shows it, with its own unsaved
 *   changes (if any) still on top, so the field being typed in is never reset.
 * - A deletion is a tombstone. When another tab deleted a record this tab shows, the record leaves
 *   the view and waits in `deletedElsewhere`, so that the reader can undo the deletion here.
 */
import {
  asidePrefix,
  browserStorage,
  isRecord,
  keysWith,
  listAside,
  nextChange,
  readRecord,
  readText,
  recordKey,
  recordPrefix,
  remove,
  setAside,
  write,
  writeAside,
  type Aside,
  type AsideReason,
  type Problem,
  type StorageLike,
} from './storage.ts';

/** A record as this tab shows it. */
export interface Item<T> {
  id: string;
  /** When it last changed, ISO 8601. */
  changed: string;
  data: T;
}

/** A kind of record: its name, the version of its data shape, and how to read any version of it. */
export interface Kind<T> {
  kind: string;
  version: number;
  /** `data` stored as `version` (1 to this kind's version), as the current shape; undefined when unreadable. */
  read(data: unknown, version: number, id: string): T | undefined;
  legacy?: Legacy<T>;
}

/** What one key of an older layout holds: its records, and the parts that cannot be read, as text. */
export type Migrated<T> = { records: Array<Item<T>>; aside: Array<{ text: string; reason: AsideReason }> };

/** A layout from before records: the keys it used, and (loaded when one is found) how to read them. */
export interface Legacy<T> {
  matches(key: string): boolean;
  /** Gives the reader of one old key's value (JSON-decoded): undefined when nothing in it can be read. */
  load(): Promise<(key: string, raw: unknown, now: number) => Migrated<T> | undefined>;
}

export type Reader<T> = Awaited<ReturnType<Legacy<T>['load']>>;

/** What moving an older layout into records (`migrate` in legacy.ts) may do to a collection. */
export interface MigrationTarget<T> {
  storage: StorageLike | undefined;
  now(): number;
  wanted(id: string): boolean;
  /** Sets text found under `key` aside (see `moveAside` below); false when that was not possible. */
  moveAside(key: string, text: string, reason: AsideReason, keepOriginal?: boolean): boolean;
  /** The record stored under `id` now, read as this kind (its time, or that it cannot be read). */
  stored(id: string): { changed?: string; blocked?: boolean };
  /** Writes a record; false when the write failed. */
  put(id: string, changed: string, data: T): boolean;
  /** Keeps a record on the page that could not be written, to be written with the next change. */
  keep(record: Item<T>): void;
}

export interface Snapshot<T> {
  /** False while the code that reads an older layout loads: nothing is shown or written yet. */
  ready: boolean;
  items: ReadonlyArray<Item<T>>;
  /** What was set aside for this kind, to download or discard. */
  aside: readonly Aside[];
  /** Why the last write did not reach storage (or why there is no storage); null once one does. */
  problem: Problem | null;
  /** When a write last succeeded. */
  savedAt: number | null;
  /** Records another tab deleted while this tab showed them, still here to undo the deletion. */
  deletedElsewhere: ReadonlyArray<Item<T>>;
}

export interface CollectionOptions {
  /** The page's localStorage unless given. */
  storage?: StorageLike | undefined;
  now?: () => number;
  /** Only these ids (a quiz's progress), instead of the whole kind. */
  ids?: readonly string[];
  /** Calls back with the key another tab changed (`null`: anything may have changed). */
  events?: (listener: (key: string | null) => void) => () => void;
}

/** What a store over a collection takes from the page (drafts, worksheets), so tests can fake each. */
export interface StoreAdapters {
  storage?: StorageLike | undefined;
  /** The tab's own storage (which item is open); the page's sessionStorage unless given. */
  session?: StorageLike | undefined;
  now?: () => number;
  random?: () => number;
  events?: (listener: (key: string | null) => void) => () => void;
}

export interface Collection<T> {
  subscribe(listener: () => void): () => void;
  getSnapshot(): Snapshot<T>;
  /** Resolves once the collection has been read (at once, unless an older layout is migrated). */
  ready(): Promise<void>;
  get(id: string): Item<T> | undefined;
  /** Changes (or creates, from `undefined`) one record and writes the change. */
  update(id: string, change: (current: T | undefined) => T): void;
  /** Deletes a record, leaving a tombstone; gives back what it deleted, for undo. */
  remove(id: string): Item<T> | undefined;
  /**
   * Puts records back (undo, import): each is written unless the stored one is as new or newer, so
   * nothing newer is overwritten; a tombstone does not stop it, since putting back is the reader's
   * choice. Gives back the ids written.
   */
  restore(items: ReadonlyArray<Item<T>>): string[];
  discardAside(key: string): Aside | undefined;
  restoreAside(aside: Aside): void;
  /** Forgets a record deleted elsewhere (its undo was not wanted). */
  forget(id: string): void;
}

/** How long a tombstone is kept: longer than any tab stays open unnoticed. */
const tombstoneLife = 90 * 24 * 60 * 60 * 1000;

type Path = readonly string[];
const missing = Symbol();

const clone = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));

export function deepEqual(a: unknown, b: unknown): boolean {
  return covers(a, b) && covers(b, a);
}

/** Whether `output` kept everything `input` holds (it may add defaults): else reading lost something. */
export function covers(input: unknown, output: unknown): boolean {
  if (!isRecord(input)) return JSON.stringify(input) === JSON.stringify(output);
  return isRecord(output) && Object.keys(input).every((key) => key in output && covers(input[key], output[key]));
}

/** The paths where `b` differs from `a`, down through plain objects (arrays count as one value). */
export function changedPaths(a: unknown, b: unknown, prefix: Path = []): Path[] {
  if (isRecord(a) && isRecord(b))
    return [...new Set([...Object.keys(a), ...Object.keys(b)])].flatMap((key) =>
      changedPaths(a[key], b[key], [...prefix, key]),
    );
  return deepEqual(a, b) ? [] : [prefix];
}

/** `target` with the values of `source` at `paths` (an absent value removes the key). */
export function applyPaths<T>(target: T, paths: readonly Path[], source: T): T {
  let result: unknown = clone(target);
  for (const path of paths) {
    let value: unknown = source;
    for (const key of path) value = isRecord(value) && key in value ? value[key] : missing;
    if (!path.length) {
      if (value !== missing) result = clone(value);
      continue;
    }
    if (!isRecord(result)) result = {};
    let node = result as Record<string, unknown>;
    for (const key of path.slice(0, -1)) node = (isRecord(node[key]) ? node[key] : (node[key] = {})) as typeof node;
    if (value === missing) delete node[path.at(-1)!];
    else node[path.at(-1)!] = clone(value);
  }
  return result as T;
}

/** The page's `storage` events for `storage`, and a full re-read when the page comes back from the back/forward cache. */
export function windowEvents(storage: StorageLike | undefined) {
  return (listener: (key: string | null) => void) => {
    if (typeof window === 'undefined') return () => {};
    const onStorage = (event: StorageEvent) => event.storageArea === storage && listener(event.key);
    const onShow = (event: PageTransitionEvent) => event.persisted && listener(null);
    addEventListener('storage', onStorage);
    addEventListener('pageshow', onShow);
    return () => {
      removeEventListener('storage', onStorage);
      removeEventListener('pageshow', onShow);
    };
  };
}

export function createCollection<T>(kind: Kind<T>, options: CollectionOptions = {}): Collection<T> {
  const storage = 'storage' in options ? options.storage : browserStorage();
  const now = options.now ?? Date.now;
  const events = options.events ?? windowEvents(storage);
  const prefix = recordPrefix + kind.kind + ':';
  const only = options.ids && new Set(options.ids);
  const wanted = (id: string) => !only || only.has(id);
  const keyOf = (id: string) => recordKey(kind.kind, id);

  const view = new Map<string, Item<T>>();
  /** What this tab last read or wrote under each id: when, and whether it was a deletion. */
  const seen = new Map<string, { changed: string; deleted: boolean }>();
  /** This tab's changes not yet written, by id. */
  const dirty = new Map<string, Path[]>();
  /** Stored text that has to be set aside before its key may be written (setting it aside failed). */
  const held = new Map<string, { text: string; reason: AsideReason }>();
  const elsewhere = new Map<string, Item<T>>();
  let aside: Aside[] = [];
  let problem: Problem | null = null;
  let savedAt: number | null = null;
  let loaded = false;
  /** The reader of the older layout, and the code that moves it: undefined until loaded, null when they could not be. */
  let reader: { read: Reader<T>; migrate: typeof import('./legacy.ts').migrate } | null | undefined;
  let loading: Promise<void> | null = null;
  let snapshot: Snapshot<T> | null = null;
  const notReady: Snapshot<T> = {
    ready: false,
    items: [],
    aside: [],
    problem: null,
    savedAt: null,
    deletedElsewhere: [],
  };
  const listeners = new Set<() => void>();
  let detach: (() => void) | null = null;

  const emit = () => {
    snapshot = null;
    for (const listener of [...listeners]) listener();
  };

  /** Sets `text` (found under `key`) aside, once: an entry with the same origin and text is not written twice. */
  function moveAside(key: string, text: string, reason: AsideReason, keepOriginal = false): boolean {
    let ok = aside.some((entry) => entry.from === key && entry.text === text);
    if (ok) {
      if (!keepOriginal && readText(storage, key) === text) remove(storage, key);
    } else {
      const { result, aside: entry } = setAside(
        storage,
        { from: key, kind: kind.kind, reason, text },
        now(),
        keepOriginal,
      );
      ok = result === 'ok';
      if (entry) aside = [...aside, entry];
      else problem = result === 'ok' ? 'blocked' : result;
    }
    if (ok) held.delete(key);
    else held.set(key, { text, reason });
    return ok;
  }

  /**
   * What is stored under `id`, read as this kind: `data` (or `deleted`), with the time it changed.
   * Anything unreadable is set aside first; `blocked` when that (or reading) was not possible.
   */
  function stored(id: string): { changed?: string; data?: T; deleted?: boolean; blocked?: boolean } {
    const key = keyOf(id);
    const hold = held.get(key);
    if (hold && !moveAside(key, hold.text, hold.reason)) return { blocked: true };
    const found = readRecord(storage, kind.kind, id);
    if (found.status === 'unavailable') return { blocked: true };
    if (found.status === 'empty') return {};
    if (found.status === 'damaged') return moveAside(key, found.text, 'damaged') ? {} : { blocked: true };
    const envelope = found.envelope;
    if (envelope.deleted) return { changed: envelope.changed, deleted: true };
    const data = envelope.version > kind.version ? undefined : kind.read(envelope.data, envelope.version, id);
    if (data === undefined)
      return moveAside(key, found.text, envelope.version > kind.version ? 'newer' : 'damaged') ? {} : { blocked: true };
    // Read in part: the whole original goes aside, then the readable part replaces it.
    if (
      envelope.version === kind.version &&
      !covers(envelope.data, data) &&
      moveAside(key, found.text, 'partial', true)
    )
      write(storage, key, JSON.stringify({ ...envelope, data }));
    return { changed: envelope.changed, data };
  }

  /** Writes a record; on success it is what this tab shows and has seen. */
  function put(id: string, changed: string, data: T): boolean {
    const result = write(
      storage,
      keyOf(id),
      JSON.stringify({ kind: kind.kind, id, version: kind.version, changed, data }),
    );
    if (result !== 'ok') {
      problem = result;
      return false;
    }
    view.set(id, { id, changed, data });
    seen.set(id, { changed, deleted: false });
    dirty.delete(id);
    elsewhere.delete(id);
    savedAt = now();
    problem = null;
    return true;
  }

  /** Reads one stored record into the view; `initial` while loading. */
  function ingest(id: string, initial: boolean): void {
    if (!wanted(id)) return;
    const found = stored(id);
    if (found.deleted) {
      if (initial && Date.parse(found.changed!) < now() - tombstoneLife) return void remove(storage, keyOf(id));
      seen.set(id, { changed: found.changed!, deleted: true });
      dirty.delete(id);
      const shown = view.get(id);
      view.delete(id);
      if (shown && !initial) elsewhere.set(id, shown);
    } else if (found.data !== undefined) {
      seen.set(id, { changed: found.changed!, deleted: false });
      elsewhere.delete(id);
      const pending = dirty.get(id);
      const local = view.get(id);
      const data = pending && local ? applyPaths(found.data, pending, local.data) : found.data;
      view.set(id, { id, changed: found.changed!, data });
    }
  }

  /** Reads the collection; false while the reader of an older layout is still loading. */
  function load(): boolean {
    if (loaded) return true;
    if (readText(storage, prefix) === undefined) {
      problem = 'unavailable';
      return (loaded = true);
    }
    const old = kind.legacy ? (keysWith(storage, 'connector:') ?? []).filter(kind.legacy.matches) : [];
    if (old.length && reader === undefined) {
      loading ??= Promise.all([kind.legacy!.load(), import('./legacy.ts')]).then(
        ([read, code]) => void (reader = { read, migrate: code.migrate }),
        () => void (reader = null),
      );
      void loading.then(emit);
      return false;
    }
    loaded = true;
    aside = listAside(storage, kind.kind);
    if (old.length && reader)
      reader.migrate(old, reader.read, {
        storage,
        now,
        wanted,
        moveAside,
        stored,
        put,
        keep(record) {
          view.set(record.id, record);
          dirty.set(record.id, [[]]);
        },
      });
    for (const key of keysWith(storage, prefix) ?? []) ingest(key.slice(prefix.length), true);
    return true;
  }

  /** Writes this tab's changes to one record, merged with what is stored now. */
  function save(id: string): void {
    const local = view.get(id);
    const paths = dirty.get(id);
    if (!local || !paths || !storage || problem === 'unavailable') return;
    const there = stored(id);
    if (there.blocked) {
      problem ??= 'blocked';
      return;
    }
    const known = seen.get(id);
    if (there.deleted && !(known?.deleted && known.changed === there.changed)) {
      // Deleted in another tab since this one last looked: the deletion stands.
      seen.set(id, { changed: there.changed!, deleted: true });
      view.delete(id);
      dirty.delete(id);
      elsewhere.set(id, local);
      return;
    }
    const data = there.data === undefined ? local.data : applyPaths(there.data, paths, local.data);
    put(id, nextChange(now(), there.changed), data);
  }

  function onEvent(key: string | null): void {
    if (!loaded) return;
    if (key === null || key.startsWith(asidePrefix)) aside = listAside(storage, kind.kind);
    if (key === null) for (const stored of keysWith(storage, prefix) ?? []) ingest(stored.slice(prefix.length), false);
    else if (key.startsWith(prefix)) ingest(key.slice(prefix.length), false);
    else if (!key.startsWith(asidePrefix)) return;
    emit();
  }

  return {
    subscribe(listener) {
      listeners.add(listener);
      detach ??= events(onEvent);
      return () => {
        listeners.delete(listener);
        if (!listeners.size && detach) {
          detach();
          detach = null;
        }
      };
    },

    getSnapshot() {
      if (!load()) return notReady;
      return (snapshot ??= {
        ready: true,
        items: [...view.values()],
        aside,
        problem,
        savedAt,
        deletedElsewhere: [...elsewhere.values()],
      });
    },

    async ready() {
      while (!load()) await loading;
    },

    get(id) {
      load();
      return view.get(id);
    },

    update(id, change) {
      load();
      const current = view.get(id);
      const data = change(current && clone(current.data));
      if (current && deepEqual(current.data, data)) return;
      const paths = current ? changedPaths(current.data, data) : [[]];
      const all = [...(dirty.get(id) ?? []), ...paths];
      dirty.set(id, all.some((path) => !path.length) ? [[]] : all);
      view.set(id, { id, changed: nextChange(now(), current?.changed), data });
      elsewhere.delete(id);
      for (const pending of [id, ...[...dirty.keys()].filter((other) => other !== id)]) save(pending);
      emit();
    },

    remove(id) {
      load();
      const item = view.get(id);
      if (!item) return undefined;
      view.delete(id);
      dirty.delete(id);
      const found = readRecord(storage, kind.kind, id);
      if (found.status === 'ok' || found.status === 'damaged') {
        const changed = nextChange(now(), found.status === 'ok' ? found.envelope.changed : undefined);
        if (write(storage, keyOf(id), JSON.stringify({ kind: kind.kind, id, changed, deleted: true })) === 'ok')
          seen.set(id, { changed, deleted: true });
        // No room even for a tombstone: remove the content at least, which always works.
        else remove(storage, keyOf(id));
      }
      emit();
      return item;
    },

    restore(items) {
      load();
      const written: string[] = [];
      for (const item of items) {
        if (!wanted(item.id)) continue;
        const there = stored(item.id);
        if (there.blocked) continue;
        if (!there.deleted && there.changed && there.changed >= item.changed) {
          ingest(item.id, false);
          continue;
        }
        // Written as it was, with the time it last changed: not newer than it is.
        if (put(item.id, item.changed, clone(item.data))) written.push(item.id);
        else {
          view.set(item.id, clone(item));
          dirty.set(item.id, [[]]);
        }
      }
      emit();
      return written;
    },

    discardAside(key) {
      load();
      const entry = aside.find((item) => item.key === key);
      if (!entry || remove(storage, key) !== 'ok') return undefined;
      aside = aside.filter((item) => item !== entry);
      emit();
      return entry;
    },

    restoreAside(entry) {
      load();
      const result = writeAside(storage, entry);
      if (result === 'ok') aside = listAside(storage, kind.kind);
      else problem = result;
      emit();
    },

    forget(id) {
      if (elsewhere.delete(id)) emit();
    },
  };
}
