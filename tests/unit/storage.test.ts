import { describe, expect, it } from 'vitest';
import { createStore, isRecord } from '../../src/lib/storage.ts';
import { blockedStorage, memoryStorage } from '../support/storage.ts';

const parseCount = (raw: unknown) =>
  isRecord(raw) && typeof raw.count === 'number' ? { count: raw.count } : undefined;

describe('safe storage', () => {
  it('saves and loads a value', () => {
    const storage = memoryStorage();
    const store = createStore('k', parseCount, storage);
    expect(store.load()).toEqual({ status: 'empty' });
    expect(store.save({ count: 3 })).toBe(true);
    expect(store.load()).toEqual({ status: 'ok', value: { count: 3 } });
    expect(store.clear()).toBe(true);
    expect(store.load()).toEqual({ status: 'empty' });
  });

  it('reports corrupt data without throwing or deleting it', () => {
    for (const bad of ['{not json', '"a string"', '{"count":"three"}', 'null', '[]']) {
      const storage = memoryStorage({ k: bad });
      expect(createStore('k', parseCount, storage).load()).toEqual({ status: 'corrupt' });
      expect(storage.data.get('k')).toBe(bad);
    }
  });

  it('reports unavailable storage and refused writes', () => {
    expect(createStore('k', parseCount, undefined).load()).toEqual({ status: 'unavailable' });
    expect(createStore('k', parseCount, undefined).save({ count: 1 })).toBe(false);
    const store = createStore('k', parseCount, blockedStorage);
    expect(store.load()).toEqual({ status: 'unavailable' });
    expect(store.save({ count: 1 })).toBe(false);
    expect(store.clear()).toBe(false);
  });
});
