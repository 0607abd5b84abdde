/**
 * Saved work in localStorage that never breaks a page. Reading reports what it found, so the UI can
 * say so quietly: `empty` (nothing saved yet), `corrupt` (saved data that no longer parses; it is
 * left in place, not deleted, until the next save overwrites it), or `unavailable` (storage blocked
 * or missing, e.g. some private modes). Writing reports failure (quota, blocked) instead of throwing.
 *
 * The storage comes in as a parameter so unit tests can pass a fake; pages use `browserStorage()`.
 */
export type LoadResult<T> =
  { status: 'ok'; value: T } | { status: 'empty' } | { status: 'corrupt' } | { status: 'unavailable' };

export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The page's localStorage, or `undefined` when reading it throws (blocked by the browser). */
export function browserStorage(): StorageLike | undefined {
  try {
    const storage = globalThis.localStorage;
    return storage ?? undefined;
  } catch {
    return undefined;
  }
}

export interface Store<T> {
  load(): LoadResult<T>;
  /** `true` when saved; `false` when the browser refused (the value still lives in memory). */
  save(value: T): boolean;
  clear(): boolean;
}

/**
 * A store for one key. `parse` receives the JSON-decoded value and returns a valid `T` or
 * `undefined`; it is where a saved shape is checked, so nothing half-valid reaches the UI.
 */
export function createStore<T>(
  key: string,
  parse: (raw: unknown) => T | undefined,
  storage: StorageLike | undefined = browserStorage(),
): Store<T> {
  return {
    load() {
      if (!storage) return { status: 'unavailable' };
      let text: string | null;
      try {
        text = storage.getItem(key);
      } catch {
        return { status: 'unavailable' };
      }
      if (text === null) return { status: 'empty' };
      try {
        const value = parse(JSON.parse(text));
        return value === undefined ? { status: 'corrupt' } : { status: 'ok', value };
      } catch {
        return { status: 'corrupt' };
      }
    },
    save(value) {
      if (!storage) return false;
      try {
        storage.setItem(key, JSON.stringify(value));
        return true;
      } catch {
        return false;
      }
    },
    clear() {
      if (!storage) return false;
      try {
        storage.removeItem(key);
        return true;
      } catch {
        return false;
      }
    },
  };
}

/** A plain object (not null, not an array), for `parse` functions to check shapes with. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
