/**
 * Fake storages for unit tests of code that takes a `StorageLike` (src/lib/storage.ts): one in
 * memory whose contents a test can read and change, one that refuses everything as a browser with
 * blocked storage does, one that is full (reads work, writes throw QuotaExceededError), and a
 * browser with several tabs over one storage, whose `storage` events a test delivers when it wants.
 */
import type { StorageLike } from '../../src/lib/storage.ts';

export type MemoryStorage = StorageLike & { data: Map<string, string> };

export function memoryStorage(initial: Record<string, string> = {}): MemoryStorage {
  return over(new Map(Object.entries(initial)));
}

function over(data: Map<string, string>, onChange?: (key: string) => void): MemoryStorage {
  return {
    data,
    get length() {
      return data.size;
    },
    key: (index) => [...data.keys()][index] ?? null,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => {
      data.set(key, String(value));
      onChange?.(key);
    },
    removeItem: (key) => {
      const had = data.delete(key);
      if (had) onChange?.(key);
    },
  };
}

const error = (name: string) => Object.assign(new Error(name), { name });

export const blockedStorage: StorageLike = {
  get length(): number {
    throw error('SecurityError');
  },
  key: () => {
    throw error('SecurityError');
  },
  getItem: () => {
    throw error('SecurityError');
  },
  setItem: () => {
    throw error('SecurityError');
  },
  removeItem: () => {
    throw error('SecurityError');
  },
};

/** A storage that holds `initial` and has no room for more: every write throws, as a full one does. */
export function fullStorage(initial: Record<string, string> = {}): MemoryStorage {
  const storage = memoryStorage(initial);
  storage.setItem = () => {
    throw Object.assign(error('QuotaExceededError'), { code: 22 });
  };
  return storage;
}

/**
 * One browser's storage shared by tabs: what a tab writes raises a `storage` event in every other
 * tab, held until `deliver()` (browsers deliver them a little later, too).
 */
export function browserTabs(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  const listeners = new Set<{ tab: number; listener: (key: string | null) => void }>();
  let queue: Array<{ from: number; key: string }> = [];
  let count = 0;
  return {
    data,
    tab() {
      const id = ++count;
      const storage = over(data, (key) => queue.push({ from: id, key }));
      const events = (listener: (key: string | null) => void) => {
        const entry = { tab: id, listener };
        listeners.add(entry);
        return () => void listeners.delete(entry);
      };
      return { storage, events, session: memoryStorage() };
    },
    /** Delivers every event raised so far. */
    deliver() {
      while (queue.length) {
        const events = queue;
        queue = [];
        for (const { from, key } of events)
          for (const { tab, listener } of [...listeners]) if (tab !== from) listener(key);
      }
    },
  };
}
