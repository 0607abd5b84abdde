/**
 * One kind of saved work as a live collection of records (the format is in storage.ts): what this
 * tab shows, kept in step with localStorage and with the other tabs, with no React in it.
 * Components read it through `useSyncExternalStore(collection.subscribe, collection.getSnapshot)`.
 *
 * - Reading happens once, on the first `getSnapshot()`: old layouts are migrated (`Legacy`), and
 *   whatever cannot be read is set aside before anything is written.
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
  readKey,
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

/** A layout from before records: the keys it used and how to turn their values into records. */
export interface Legacy<T> {
  matches(key: string): boolean;
  /**
   * The records in one old key's value (JSON-decoded), and the parts that cannot be read, as text,
   * to be set aside; `undefined` when nothing in it can be read.
   */
  migrate(
    key: string,
    raw: unknown,
    now: number,
  ): { records: Array<Item<T>>; aside: Array<{ text: string; reason: AsideReason }> } | undefined;
}

export interface Snapshot<T> {
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
  random?: () => number;
  /** Only these ids (a quiz's progress), instead of the whole kind. */
  ids?: readonly string[];
  /** Calls back with the key another tab changed (`null`: anything may have changed). */
  events?: (listener: (key: string | null) => void) => () => void;
}

export interface Collection<T> {
  subscribe(listener: () => void): () => void;
  getSnapshot(): Snapshot<T>;
  get(id: string): Item<T> | undefined;
  /** Changes (or creates, from `undefined`) one record and writes the change. */
  update(id: string, change: (current: T | undefined) => T): void;
  /** Deletes a record, leaving a tombstone; gives back what it deleted, for undo. */
  remove(id: string): Item<T> | undefined;
  /**
   * Puts records back (undo, import): each is written unless the stored one is newer, so nothing
   * newer is overwritten; a tombstone does not stop it, since putting back is the reader's choice.
   * Gives back the ids written.
   */
  restore(items: ReadonlyArray<Item<T>>): string[];
  /** Takes a record out of the view and sets its stored text aside (a shape only the caller can judge). */
  setAside(id: string, reason: AsideReason): void;
  discardAside(key: string): Aside | undefined;
  restoreAside(aside: Aside): void;
  /** Forgets a record deleted elsewhere (its undo was not wanted). */
  forget(id: string): void;
}

/** How long a tombstone is kept: longer than any tab stays open unnoticed. */
const tombstoneLife = 90 * 24 * 60 * 60 * 1000;

type Path = readonly string[];
const missing = Symbol('missing');

function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  }
  if (!isRecord(a) || !isRecord(b)) return false;
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && deepEqual(a[key], b[key]))
  );
}

/** Whether `output` kept everything `input` holds (it may add defaults): else reading lost something. */
export function covers(input: unknown, output: unknown): boolean {
  if (isRecord(input))
    return (
      isRecord(output) &&
      Object.keys(input).every((key) => Object.hasOwn(output, key) && covers(input[key], output[key]))
    );
  return deepEqual(input, output);
}

/** The paths where `b` differs from `a`, down through plain objects (arrays count as one value). */
export function changedPaths(a: unknown, b: unknown, prefix: Path = []): Path[] {
  if (isRecord(a) && isRecord(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].flatMap((key) => changedPaths(a[key], b[key], [...prefix, key]));
  }
  return deepEqual(a, b) ? [] : [prefix];
}

function valueAt(source: unknown, path: Path): unknown {
  let value: unknown = source;
  for (const key of path) {
    if (!isRecord(value) || !Object.hasOwn(value, key)) return missing;
    value = value[key];
  }
  return value;
}

/** `target` with the values of `source` at `paths` (an absent value removes the key). */
export function applyPaths<T>(target: T, paths: readonly Path[], source: T): T {
  let result: unknown = clone(target);
  for (const path of paths) {
    const value = valueAt(source, path);
    if (!path.length) {
      result = clone(value === missing ? result : value);
      continue;
    }
    if (!isRecord(result)) result = {};
    let node = result as Record<string, unknown>;
    for (const key of path.slice(0, -1)) {
      if (!isRecord(node[key])) node[key] = {};
      node = node[key] as Record<string, unknown>;
    }
    const last = path.at(-1)!;
    if (value === missing) delete node[last];
    else node[last] = clone(value);
  }
  return result as T;
}

function mergePaths(known: readonly Path[] | undefined, more: readonly Path[]): Path[] {
  const all = [...(known ?? []), ...more];
  if (all.some((path) => !path.length)) return [[]];
  const seen = new Set<string>();
  return all.filter((path) => {
    const key = JSON.stringify(path);
    return !seen.has(key) && Boolean(seen.add(key));
  });
}

/** The page's `storage` events for `storage`, and a full re-read when the page comes back from the back/forward cache. */
export function windowEvents(storage: StorageLike | undefined) {
  return (listener: (key: string | null) => void) => {
    if (typeof window === 'undefined') return () => {};
    const onStorage = (event: StorageEvent) => {
      if (event.storageArea === storage) listener(event.key);
    };
    const onShow = (event: PageTransitionEvent) => {
      if (event.persisted) listener(null);
    };
    window.addEventListener('storage', onStorage);
    window.addEventListener('pageshow', onShow);
    return () => {
      window.removeEventListener('storage', onStorage);
      window.removeEventListener('pageshow', onShow);
    };
  };
}

export function createCollection<T>(kind: Kind<T>, options: CollectionOptions = {}): Collection<T> {
  const storage = 'storage' in options ? options.storage : browserStorage();
  const now = options.now ?? Date.now;
  const events = options.events ?? windowEvents(storage);
  const prefix = recordPrefix + kind.kind + ':';
  const only = options.ids && new Set(options.ids);

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
  let snapshot: Snapshot<T> | null = null;
  const listeners = new Set<() => void>();
  let detach: (() => void) | null = null;

  const emit = () => {
    snapshot = null;
    for (const listener of [...listeners]) listener();
  };

  const wanted = (id: string) => !only || only.has(id);

  /** Sets `text` (found under `key`) aside, once: an entry with the same origin and text is not written twice. */
  function moveAside(key: string, text: string, reason: AsideReason, keepOriginal = false): boolean {
    const known = aside.find((entry) => entry.from === key && entry.text === text);
    if (known) {
      if (!keepOriginal && readText(storage, key) === text) remove(storage, key);
      held.delete(key);
      return true;
    }
    const { result, aside: entry } = setAside(
      storage,
      { from: key, kind: kind.kind, reason, text },
      now(),
      keepOriginal,
    );
    if (result !== 'ok' || !entry) {
      held.set(key, { text, reason });
      problem = result === 'ok' ? 'blocked' : result;
      return false;
    }
    held.delete(key);
    aside = [...aside, entry];
    return true;
  }

  /** Reads one stored record into the view; `initial` while loading. */
  function ingest(key: string, initial: boolean): void {
    const id = key.slice(prefix.length);
    if (!wanted(id)) return;
    const stored = readKey(storage, key, kind.kind, id);
    if (stored.status === 'unavailable' || stored.status === 'empty') return;
    if (stored.status === 'damaged') {
      moveAside(key, stored.text, 'damaged');
      return;
    }
    const envelope = stored.envelope;
    if (envelope.deleted) {
      if (initial && Date.parse(envelope.changed) < now() - tombstoneLife) {
        remove(storage, key);
        return;
      }
      seen.set(id, { changed: envelope.changed, deleted: true });
      dirty.delete(id);
      const shown = view.get(id);
      view.delete(id);
      if (shown && !initial) elsewhere.set(id, shown);
      return;
    }
    if (envelope.version > kind.version) {
      moveAside(key, stored.text, 'newer');
      return;
    }
    const data = kind.read(envelope.data, envelope.version, id);
    if (data === undefined) {
      moveAside(key, stored.text, 'damaged');
      return;
    }
    if (envelope.version === kind.version && !covers(envelope.data, data)) {
      // Read in part: the whole original goes aside, then the readable part replaces it.
      if (moveAside(key, stored.text, 'partial', true)) {
        const clean = { kind: kind.kind, id, version: kind.version, changed: envelope.changed, data };
        write(storage, key, JSON.stringify(clean));
      }
    }
    seen.set(id, { changed: envelope.changed, deleted: false });
    elsewhere.delete(id);
    const pending = dirty.get(id);
    const local = view.get(id);
    view.set(id, {
      id,
      changed: envelope.changed,
      data: pending && local ? applyPaths(data, pending, local.data) : data,
    });
  }

  function migrate(legacy: Legacy<T>): void {
    const keys = (keysWith(storage, 'connector:') ?? []).filter((key) => legacy.matches(key));
    for (const key of keys) {
      const text = readText(storage, key);
      if (typeof text !== 'string') continue;
      let raw: unknown;
      try {
        raw = JSON.parse(text);
      } catch {
        moveAside(key, text, 'damaged');
        continue;
      }
      const found = legacy.migrate(key, raw, now());
      if (!found) {
        moveAside(key, text, 'damaged');
        continue;
      }
      let complete = found.aside.every((piece) => moveAside(key, piece.text, piece.reason, true));
      for (const record of found.records) {
        if (!wanted(record.id)) {
          complete = false;
          continue;
        }
        const stored = readRecord(storage, kind.kind, record.id);
        if (stored.status === 'ok' && stored.envelope.changed >= record.changed) continue;
        if (stored.status === 'damaged' && !moveAside(recordKey(kind.kind, record.id), stored.text, 'damaged')) {
          complete = false;
          continue;
        }
        const envelope = { kind: kind.kind, version: kind.version, ...record };
        if (write(storage, recordKey(kind.kind, record.id), JSON.stringify(envelope)) !== 'ok') {
          // Kept on the page, and written with the next change; the old key stays until then.
          complete = false;
          view.set(record.id, record);
          dirty.set(record.id, [[]]);
        }
      }
      if (complete) remove(storage, key);
    }
  }

  function load(): void {
    if (loaded) return;
    loaded = true;
    if (keysWith(storage, prefix) === undefined || readText(storage, prefix) === undefined) {
      problem = 'unavailable';
      return;
    }
    aside = listAside(storage, kind.kind);
    if (kind.legacy) migrate(kind.legacy);
    for (const key of keysWith(storage, prefix) ?? []) ingest(key, true);
  }

  /** Writes this tab's changes to one record, merged with what is stored now. */
  function save(id: string): void {
    const local = view.get(id);
    const paths = dirty.get(id);
    if (!local || !paths) return;
    if (!storage || problem === 'unavailable') return;
    const key = recordKey(kind.kind, id);
    const hold = held.get(key);
    if (hold && !moveAside(key, hold.text, hold.reason)) return;
    const stored = readRecord(storage, kind.kind, id);
    if (stored.status === 'unavailable') {
      problem = 'blocked';
      return;
    }
    let base: T | undefined;
    let after: string | undefined;
    if (stored.status === 'damaged' && !moveAside(key, stored.text, 'damaged')) return;
    if (stored.status === 'ok') {
      const envelope = stored.envelope;
      after = envelope.changed;
      if (envelope.deleted) {
        const known = seen.get(id);
        if (!(known?.deleted && known.changed === envelope.changed)) {
          // Deleted in another tab since this one last looked: the deletion stands.
          seen.set(id, { changed: envelope.changed, deleted: true });
          view.delete(id);
          dirty.delete(id);
          elsewhere.set(id, local);
          return;
        }
      } else if (envelope.version > kind.version) {
        if (!moveAside(key, stored.text, 'newer')) return;
      } else {
        base = kind.read(envelope.data, envelope.version, id);
        if (base === undefined && !moveAside(key, stored.text, 'damaged')) return;
      }
    }
    const data = base === undefined ? local.data : applyPaths(base, paths, local.data);
    const changed = nextChange(now(), after);
    const result = write(storage, key, JSON.stringify({ kind: kind.kind, id, version: kind.version, changed, data }));
    if (result !== 'ok') {
      problem = result;
      return;
    }
    view.set(id, { id, changed, data });
    seen.set(id, { changed, deleted: false });
    dirty.delete(id);
    savedAt = now();
    problem = null;
  }

  /** Tries again what earlier writes could not save. */
  function retry(except?: string): void {
    for (const id of [...dirty.keys()]) if (id !== except) save(id);
  }

  function onEvent(key: string | null): void {
    if (!loaded) return;
    if (key === null) {
      aside = listAside(storage, kind.kind);
      for (const stored of keysWith(storage, prefix) ?? []) ingest(stored, false);
    } else if (key.startsWith(asidePrefix)) {
      aside = listAside(storage, kind.kind);
    } else if (key.startsWith(prefix)) {
      ingest(key, false);
    } else return;
    emit();
  }

  return {
    subscribe(listener) {
      listeners.add(listener);
      if (!detach) detach = events(onEvent);
      return () => {
        listeners.delete(listener);
        if (!listeners.size && detach) {
          detach();
          detach = null;
        }
      };
    },

    getSnapshot() {
      load();
      snapshot ??= {
        items: [...view.values()],
        aside,
        problem,
        savedAt,
        deletedElsewhere: [...elsewhere.values()],
      };
      return snapshot;
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
      dirty.set(id, mergePaths(dirty.get(id), current ? changedPaths(current.data, data) : [[]]));
      view.set(id, { id, changed: nextChange(now(), current?.changed), data });
      elsewhere.delete(id);
      save(id);
      retry(id);
      emit();
    },

    remove(id) {
      load();
      const item = view.get(id);
      if (!item) return undefined;
      view.delete(id);
      dirty.delete(id);
      const key = recordKey(kind.kind, id);
      const stored = readRecord(storage, kind.kind, id);
      if (stored.status === 'ok' || stored.status === 'damaged') {
        const after = stored.status === 'ok' ? stored.envelope.changed : undefined;
        const changed = nextChange(now(), after);
        if (write(storage, key, JSON.stringify({ kind: kind.kind, id, changed, deleted: true })) === 'ok') {
          seen.set(id, { changed, deleted: true });
        } else {
          // No room even for a tombstone: remove the content at least, which always works.
          remove(storage, key);
        }
      }
      emit();
      return item;
    },

    restore(items) {
      load();
      const written: string[] = [];
      for (const item of items) {
        if (!wanted(item.id)) continue;
        const stored = readRecord(storage, kind.kind, item.id);
        const current = stored.status === 'ok' && !stored.envelope.deleted ? stored.envelope : undefined;
        if (current && current.changed >= item.changed) {
          ingest(recordKey(kind.kind, item.id), false);
          continue;
        }
        view.set(item.id, clone(item));
        dirty.set(item.id, [[]]);
        elsewhere.delete(item.id);
        // Written as it was, with the time it last changed: not newer than it is.
        const key = recordKey(kind.kind, item.id);
        if (stored.status === 'damaged' && !moveAside(key, stored.text, 'damaged')) continue;
        const envelope = {
          kind: kind.kind,
          id: item.id,
          version: kind.version,
          changed: item.changed,
          data: item.data,
        };
        const result = write(storage, key, JSON.stringify(envelope));
        if (result === 'ok') {
          seen.set(item.id, { changed: item.changed, deleted: false });
          dirty.delete(item.id);
          written.push(item.id);
          savedAt = now();
        } else problem = result;
      }
      emit();
      return written;
    },

    setAside(id, reason) {
      load();
      const key = recordKey(kind.kind, id);
      const text = readText(storage, key);
      if (typeof text === 'string') moveAside(key, text, reason);
      view.delete(id);
      dirty.delete(id);
      seen.delete(id);
      emit();
    },

    discardAside(key) {
      load();
      const entry = aside.find((item) => item.key === key);
      if (!entry || remove(storage, key) !== 'ok') return undefined;
      aside = aside.filter((item) => item.key !== key);
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
