import { describe, expect, it } from 'vitest';
import { recordKey } from '../../lib/storage.ts';
import { browserTabs, fullStorage, memoryStorage, type MemoryStorage } from '../../../tests/support/storage.ts';
import { draftKindName, legacyKey, maxDrafts } from './drafts.ts';
import { createDraftStore, isBlank, type DraftStoreOptions } from './draftStore.ts';

const t0 = Date.UTC(2026, 10, 22, 10);

function open(options: Partial<DraftStoreOptions> = {}) {
  const storage = (options.storage ?? memoryStorage()) as MemoryStorage;
  let time = t0;
  let n = 0;
  const store = createDraftStore({
    builder: 'reconnect',
    defaults: { tone: 'warm' },
    storage,
    session: memoryStorage(),
    now: () => time,
    random: () => (++n % 997) / 997,
    events: () => () => {},
    ...options,
  });
  return { store, storage, advance: (ms = 1000) => (time += ms) };
}

const keys = (storage: MemoryStorage) => [...storage.data.keys()].filter((key) => key.startsWith('connector:record:'));

describe('drafts', () => {
  it('start with one blank draft that carries the defaults, written only once the reader types', () => {
    const { store, storage } = open();
    const { current, drafts } = store.getSnapshot()!;
    expect(drafts).toHaveLength(1);
    expect(current.inputs).toEqual({ tone: 'warm' });
    expect(isBlank(current, { tone: 'warm' })).toBe(true);
    expect(keys(storage)).toEqual([]);
    store.change({ inputs: { ...current.inputs, theirName: 'Raj' } });
    expect(keys(storage)).toEqual([recordKey('draft-reconnect', current.id)]);
  });

  it('keep several drafts, each with its own answers and text, and switch between them', () => {
    const { store, advance } = open();
    store.change({ inputs: { theirName: 'Raj' } });
    const raj = store.getSnapshot()!.current.id;
    advance();
    expect(store.add({ tone: 'formal' })).toBe(true);
    store.change({ inputs: { tone: 'formal', theirName: 'Margaret' }, text: { subject: 'S', body: 'B' } });
    expect(store.getSnapshot()!.drafts.map((d) => d.inputs.theirName)).toEqual(['Raj', 'Margaret']);
    store.select(raj);
    expect(store.getSnapshot()!.current.inputs.theirName).toBe('Raj');
  });

  it('stop adding at the limit, and keep every draft beyond it that is already saved', () => {
    const saved: Record<string, string> = {};
    for (let i = 0; i < maxDrafts + 2; i++) {
      saved[recordKey('draft-reconnect', `d${i}`)] = JSON.stringify({
        kind: 'draft-reconnect',
        id: `d${i}`,
        version: 1,
        changed: new Date(t0 + i).toISOString(),
        data: { created: new Date(t0 + i).toISOString(), inputs: { theirName: `N${i}` }, text: null, edited: false },
      });
    }
    const { store } = open({ storage: memoryStorage(saved) });
    expect(store.getSnapshot()!.drafts).toHaveLength(maxDrafts + 2);
    expect(store.add()).toBe(false);
    expect(store.getSnapshot()!.drafts).toHaveLength(maxDrafts + 2);
  });

  it('delete the open draft and continue with the most recent other one, or a blank one; undo brings it back', () => {
    const { store, storage, advance } = open();
    store.change({ inputs: { theirName: 'A' } });
    advance();
    store.add();
    store.change({ inputs: { theirName: 'B' } });
    const removed = store.remove();
    expect(store.getSnapshot()!.current.inputs.theirName).toBe('A');
    expect(JSON.stringify([...storage.data.values()])).not.toContain('"B"');
    store.restore(removed);
    expect(store.getSnapshot()!.current.inputs.theirName).toBe('B');
    const all = store.removeAll();
    expect(all).toHaveLength(2);
    expect(isBlank(store.getSnapshot()!.current, { tone: 'warm' })).toBe(true);
    store.restore(all);
    expect(store.getSnapshot()!.drafts.map((d) => d.inputs.theirName)).toEqual(['A', 'B']);
  });

  it('take the answers of the link that opened the page: into a blank draft, or a new one beside a draft in progress', () => {
    const blank = open({ preset: () => ({ decision: 'decline' }) }).store.getSnapshot()!;
    expect(blank.drafts).toHaveLength(1);
    expect(blank.current.inputs).toEqual({ tone: 'warm', decision: 'decline' });

    const storage = memoryStorage();
    open({ storage }).store.change({ inputs: { introducer: 'Ana' } });
    const busy = open({ storage, preset: () => ({ decision: 'decline' }) }).store.getSnapshot()!;
    expect(busy.drafts.map((d) => d.inputs)).toEqual([{ introducer: 'Ana' }, { tone: 'warm', decision: 'decline' }]);
  });

  it('keep every old draft when moving them into records: numeric and repeated ids, more than the limit', async () => {
    const drafts = Array.from({ length: maxDrafts + 2 }, (_, i) => ({
      id: i < 2 ? 7 : String(i),
      inputs: { theirName: `N${i}` },
      text: null,
      edited: false,
      updated: t0 + i,
    }));
    drafts.push({ id: '30', inputs: { theirName: ['a', 'b'] }, text: null, edited: false, updated: t0 } as never);
    const storage = memoryStorage({
      [legacyKey('reconnect')]: JSON.stringify({ current: '3', drafts: [...drafts, 'x'] }),
    });
    const { store } = open({ storage });
    await store.ready();
    const state = store.getSnapshot()!;
    expect(state.drafts).toHaveLength(maxDrafts + 3);
    expect(state.drafts.filter((d) => d.inputs.theirName?.startsWith('N')).map((d) => d.inputs.theirName)).toEqual(
      drafts.slice(0, -1).map((d) => d.inputs.theirName),
    );
    expect(state.aside.map((entry) => entry.reason)).toEqual(['partial', 'damaged']);
    expect(storage.data.has(legacyKey('reconnect'))).toBe(false);
  });

  it('keep what was typed on the page when storage is full', () => {
    const { store } = open({ storage: fullStorage() });
    store.change({ inputs: { theirName: 'Raj' } });
    expect(store.getSnapshot()!.problem).toBe('full');
    expect(store.getSnapshot()!.current.inputs.theirName).toBe('Raj');
  });
});

describe('drafts in two tabs', () => {
  it('keep a new draft made in one tab while the other goes on typing, and never lose the other’s edits', () => {
    const browser = browserTabs();
    let time = t0;
    const make = () => {
      const tab = browser.tab();
      const store = createDraftStore({ builder: 'reconnect', ...tab, now: () => time });
      store.subscribe(() => {});
      store.getSnapshot()!;
      return store;
    };
    const a = make();
    a.change({ inputs: { theirName: 'Margaret from A' } });
    browser.deliver();
    const b = make();
    time += 1000;
    b.add();
    b.change({ inputs: { theirName: 'New in B' } });
    time += 1000;
    a.change({ inputs: { theirName: 'Margaret from A', offer: 'An offer' } });
    browser.deliver();
    const names = (store: typeof a) =>
      store
        .getSnapshot()!
        .drafts.map((d) => d.inputs.theirName)
        .sort();
    expect(names(a)).toEqual(['Margaret from A', 'New in B']);
    expect(names(b)).toEqual(['Margaret from A', 'New in B']);
    const stored = [...browser.data.entries()].filter(([key]) =>
      key.startsWith(`connector:record:${draftKindName('reconnect')}:`),
    );
    expect(stored).toHaveLength(2);
    expect(stored.map(([, value]) => JSON.parse(value).data.inputs.offer).filter(Boolean)).toEqual(['An offer']);
  });
});
