/**
 * Fake storages for unit tests of code that takes a `StorageLike` (src/lib/storage.ts): one in
 * memory whose contents a test can read and change, and one that refuses everything as a browser
 * with blocked or full storage does.
 */
import type { StorageLike } from '../../src/lib/storage.ts';

export function memoryStorage(initial: Record<string, string> = {}): StorageLike & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

export const blockedStorage: StorageLike = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
  removeItem: () => {
    throw new Error('SecurityError');
  },
};
