/**
 * The storage layer (src/lib/storage.ts, src/lib/collection.ts) as the reader's only copy of their
 * work: every test tries to lose something (two tabs, damaged data, full or blocked storage) and
 * checks that nothing typed or stored is gone.
 */
import { describe, expect, it } from 'vitest';
import { failureOf, isRecord, listAside, nextChange, readKey, recordKey, setAside } from '../../src/lib/storage.ts';
import { applyPaths, changedPaths, covers, createCollection, type Kind } from '../../src/lib/collection.ts';
import { blockedStorage, browserTabs, fullStorage, memoryStorage } from '../support/storage.ts';

interface Note {
  text: string;
  tags: string[];
  extra?: { colour?: string; size?: string };
}

/** A kind for the tests: version 1 was `{ text }`, version 2 adds `tags`. */
const notes: Kind<Note> = {
  kind: 'note',
  version: 2,
  read(data, version) {
    if (!isRecord(data) || typeof data.text !== 'string') return undefined;
    if (version === 1) return { text: data.text, tags: [] };
    const tags = Array.isArray(data.tags) ? data.tags.filter((tag): tag is string => typeof tag === 'string') : [];
    const note: Note = { text: data.text, tags };
    if (isRecord(data.extra)) {
      note.extra = {};
      for (const key of ['colour', 'size'] as const)
        if (typeof data.extra[key] === 'string') note.extra[key] = data.extra[key] as string;
    }
    return note;
  },
};

const at = (minutes: number) => Date.UTC(2026, 10, 22, 10, minutes);
const clock = (start = at(0)) => {
  let time = start;
  return { now: () => time, advance: (ms = 1000) => (time += ms) };
};
const stored = (data: Map<string, string>, id: string) => JSON.parse(data.get(recordKey('note', id)) ?? 'null');
const envelope = (id: string, data: unknown, changed = new Date(at(0)).toISOString(), version = 2) =>
  JSON.stringify({ kind: 'note', id, version, changed, data });

describe('the stored format', () => {
  it('names a full storage as full and anything else refused as blocked', () => {
    expect(failureOf(Object.assign(new Error('x'), { name: 'QuotaExceededError' }))).toBe('full');
    expect(failureOf({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe('full');
    expect(failureOf({ name: 'Error', code: 22 })).toBe('full');
    expect(failureOf({ name: 'SecurityError' })).toBe('blocked');
    expect(failureOf(undefined)).toBe('blocked');
  });

  it('reads a record only under its own key, and calls anything else damaged', () => {
    const storage = memoryStorage({
      [recordKey('note', 'a')]: envelope('a', { text: 'hi' }),
      [recordKey('note', 'b')]: envelope('a', { text: 'moved' }),
      [recordKey('note', 'c')]: '{"kind":"note","id":"c","version":0,"changed":"2026-01-01T00:00:00.000Z","data":{}}',
      [recordKey('note', 'd')]: '{not json',
    });
    expect(readKey(storage, recordKey('note', 'a'), 'note', 'a').status).toBe('ok');
    expect(readKey(storage, recordKey('note', 'b'), 'note', 'b').status).toBe('damaged');
    expect(readKey(storage, recordKey('note', 'c'), 'note', 'c').status).toBe('damaged');
    expect(readKey(storage, recordKey('note', 'd'), 'note', 'd')).toEqual({ status: 'damaged', text: '{not json' });
    expect(readKey(storage, recordKey('note', 'e'), 'note', 'e')).toEqual({ status: 'empty' });
    expect(readKey(blockedStorage, recordKey('note', 'a'))).toEqual({ status: 'unavailable' });
  });

  it('never gives two changes of one record the same time', () => {
    const first = nextChange(at(0));
    expect(nextChange(at(0), first) > first).toBe(true);
    expect(nextChange(at(5), first)).toBe(new Date(at(5)).toISOString());
  });

  it('sets text aside before removing it, and removes nothing when the copy cannot be written', () => {
    const storage = memoryStorage({ 'connector:worksheet': '{"sheets": [{"id": 4' });
    const { result, aside } = setAside(
      storage,
      { from: 'connector:worksheet', kind: 'worksheet', reason: 'damaged', text: '{"sheets": [{"id": 4' },
      at(0),
    );
    expect(result).toBe('ok');
    expect(storage.data.has('connector:worksheet')).toBe(false);
    expect(listAside(storage, 'worksheet')).toEqual([aside]);
    expect(aside!.text).toBe('{"sheets": [{"id": 4');
    expect(listAside(storage, 'quiz')).toEqual([]);

    const full = fullStorage({ 'connector:worksheet': '{oops' });
    const kept = setAside(
      full,
      { from: 'connector:worksheet', kind: 'worksheet', reason: 'damaged', text: '{oops' },
      1,
    );
    expect(kept.result).toBe('full');
    expect(full.data.get('connector:worksheet')).toBe('{oops');
  });
});

describe('paths of a change', () => {
  it('finds the fields that changed, down through objects, and applies only those', () => {
    const before = { text: 'a', tags: ['x'], extra: { colour: 'red' } };
    const after = { text: 'b', tags: ['x'], extra: { colour: 'red', size: 'L' } };
    expect(changedPaths(before, after)).toEqual([['text'], ['extra', 'size']]);
    const theirs = { text: 'a', tags: ['y'], extra: { colour: 'blue' } };
    expect(applyPaths(theirs, changedPaths(before, after), after)).toEqual({
      text: 'b',
      tags: ['y'],
      extra: { colour: 'blue', size: 'L' },
    });
    // A key this tab removed is removed over theirs too.
    expect(applyPaths({ extra: { colour: 'blue' } }, [['extra', 'colour']], { extra: {} })).toEqual({ extra: {} });
  });

  it('tells a reading that kept everything from one that dropped something', () => {
    expect(covers({ text: 'a' }, { text: 'a', tags: [] })).toBe(true);
    expect(covers({ text: 'a', tags: [1] }, { text: 'a', tags: [] })).toBe(false);
    expect(covers({ text: 'a', colour: 'red' }, { text: 'a' })).toBe(false);
  });
});

describe('a collection of records', () => {
  it('writes only the record that changed, and reads every record back', () => {
    const { now, advance } = clock();
    const storage = memoryStorage({ [recordKey('note', 'old')]: envelope('old', { text: 'untouched', tags: [] }) });
    const before = storage.data.get(recordKey('note', 'old'));
    const notesHere = createCollection(notes, { storage, now, events: () => () => {} });
    advance();
    notesHere.update('new', () => ({ text: 'hello', tags: [] }));
    expect(storage.data.get(recordKey('note', 'old'))).toBe(before);
    expect(stored(storage.data, 'new')).toEqual({
      kind: 'note',
      id: 'new',
      version: 2,
      changed: new Date(at(0) + 1000).toISOString(),
      data: { text: 'hello', tags: [] },
    });
    const again = createCollection(notes, { storage, now, events: () => () => {} }).getSnapshot();
    expect(again.items.map((item) => item.data.text).sort()).toEqual(['hello', 'untouched']);
    expect(again.problem).toBeNull();
  });

  it('migrates an older version instead of discarding it', () => {
    const storage = memoryStorage({ [recordKey('note', 'v1')]: envelope('v1', { text: 'from v1' }, undefined, 1) });
    const snapshot = createCollection(notes, { storage, events: () => () => {} }).getSnapshot();
    expect(snapshot.items).toEqual([
      { id: 'v1', changed: new Date(at(0)).toISOString(), data: { text: 'from v1', tags: [] } },
    ]);
    expect(snapshot.aside).toEqual([]);
  });

  it('sets aside damaged, newer and partly readable records before writing anything, keeping every readable one', () => {
    const damaged = '{"kind":"note","id":"bad",';
    const newer = envelope('next', { text: 'from the future', tags: [] }, undefined, 3);
    const partial = envelope('half', { text: 'kept', tags: ['a', 7], extra: { colour: 'red', size: 9 } });
    const storage = memoryStorage({
      [recordKey('note', 'bad')]: damaged,
      [recordKey('note', 'next')]: newer,
      [recordKey('note', 'half')]: partial,
      [recordKey('note', 'fine')]: envelope('fine', { text: 'fine', tags: [] }),
      'connector:record:quiz:x': '{also broken, but not a note',
    });
    const collection = createCollection(notes, { storage, now: () => at(30), events: () => () => {} });
    const snapshot = collection.getSnapshot();
    expect(snapshot.items.map((item) => item.id).sort()).toEqual(['fine', 'half']);
    expect(collection.get('half')!.data).toEqual({ text: 'kept', tags: ['a'], extra: { colour: 'red' } });
    expect(snapshot.aside.map((entry) => [entry.from, entry.reason, entry.text]).sort()).toEqual(
      [
        [recordKey('note', 'bad'), 'damaged', damaged],
        [recordKey('note', 'half'), 'partial', partial],
        [recordKey('note', 'next'), 'newer', newer],
      ].sort(),
    );
    expect(storage.data.has(recordKey('note', 'bad'))).toBe(false);
    expect(storage.data.has(recordKey('note', 'next'))).toBe(false);
    // Another kind's data is not this collection's to judge.
    expect(storage.data.get('connector:record:quiz:x')).toBe('{also broken, but not a note');
    // Loading again sets nothing aside twice.
    createCollection(notes, { storage, events: () => () => {} }).getSnapshot();
    expect(listAside(storage, 'note')).toHaveLength(3);
  });

  it('discards set-aside data only when asked, and puts it back on undo', () => {
    const storage = memoryStorage({ [recordKey('note', 'bad')]: '[1,2' });
    const collection = createCollection(notes, { storage, events: () => () => {} });
    const [entry] = collection.getSnapshot().aside;
    const discarded = collection.discardAside(entry!.key);
    expect(collection.getSnapshot().aside).toEqual([]);
    expect(storage.data.has(entry!.key)).toBe(false);
    collection.restoreAside(discarded!);
    expect(collection.getSnapshot().aside.map((e) => e.text)).toEqual(['[1,2']);
  });

  it('keeps damaged data in place when there is no room to set it aside, and does not write over it', () => {
    const storage = fullStorage({ [recordKey('note', 'n')]: '{"damaged' });
    const collection = createCollection(notes, { storage, events: () => () => {} });
    expect(collection.getSnapshot().problem).toBe('full');
    collection.update('n', () => ({ text: 'typed', tags: [] }));
    expect(storage.data.get(recordKey('note', 'n'))).toBe('{"damaged');
    expect(collection.get('n')!.data.text).toBe('typed');
    expect(collection.getSnapshot().problem).toBe('full');
  });

  it('keeps what was typed on the page when storage is full or blocked, and says which', () => {
    const full = createCollection(notes, { storage: fullStorage(), events: () => () => {} });
    full.update('a', () => ({ text: 'typed', tags: [] }));
    expect(full.getSnapshot().problem).toBe('full');
    expect(full.get('a')!.data.text).toBe('typed');
    const blocked = createCollection(notes, { storage: blockedStorage, events: () => () => {} });
    expect(blocked.getSnapshot().problem).toBe('unavailable');
    blocked.update('a', () => ({ text: 'typed', tags: [] }));
    expect(blocked.get('a')!.data.text).toBe('typed');
    expect(blocked.remove('a')!.data.text).toBe('typed');
  });

  it('saves a change that failed once storage has room again', () => {
    const storage = memoryStorage();
    const setItem = storage.setItem;
    let room = false;
    storage.setItem = (key, value) => {
      if (!room) throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
      setItem(key, value);
    };
    const collection = createCollection(notes, { storage, events: () => () => {} });
    collection.update('a', () => ({ text: 'first', tags: [] }));
    expect(storage.data.size).toBe(0);
    room = true;
    collection.update('b', () => ({ text: 'second', tags: [] }));
    expect(stored(storage.data, 'a').data.text).toBe('first');
    expect(collection.getSnapshot().problem).toBeNull();
  });

  it('removes tombstones after 90 days, not before', () => {
    const tombstone = (id: string, days: number) =>
      JSON.stringify({ kind: 'note', id, changed: new Date(at(0) - days * 86_400_000).toISOString(), deleted: true });
    const storage = memoryStorage({
      [recordKey('note', 'old')]: tombstone('old', 91),
      [recordKey('note', 'new')]: tombstone('new', 89),
    });
    createCollection(notes, { storage, now: () => at(0), events: () => () => {} }).getSnapshot();
    expect([...storage.data.keys()]).toEqual([recordKey('note', 'new')]);
  });
});

describe('older layouts', () => {
  const withLegacy = (load: NonNullable<Kind<Note>['legacy']>['load']): Kind<Note> => ({
    ...notes,
    legacy: { matches: (key) => key === 'connector:notes', load },
  });

  it('waits for the code that reads an older layout, then moves every readable item into a record', async () => {
    const storage = memoryStorage({ 'connector:notes': JSON.stringify(['a', 'b', 7]) });
    const kind = withLegacy(async () => (_key, raw) => ({
      records: (raw as unknown[])
        .filter((text): text is string => typeof text === 'string')
        .map((text) => ({ id: text, changed: new Date(at(1)).toISOString(), data: { text, tags: [] } })),
      aside: [{ text: '7', reason: 'damaged' }],
    }));
    const collection = createCollection(kind, { storage, events: () => () => {} });
    expect(collection.getSnapshot().ready).toBe(false);
    expect(storage.data.has('connector:notes')).toBe(true);
    await collection.ready();
    const snapshot = collection.getSnapshot();
    expect(snapshot.items.map((item) => item.id).sort()).toEqual(['a', 'b']);
    expect(snapshot.aside.map((entry) => entry.text)).toEqual(['7']);
    expect(storage.data.has('connector:notes')).toBe(false);
  });

  it('leaves the older layout untouched when its reader cannot be loaded, and goes on without it', async () => {
    const storage = memoryStorage({ 'connector:notes': '["a"]' });
    const collection = createCollection(
      withLegacy(() => Promise.reject(new Error('offline'))),
      { storage, events: () => () => {} },
    );
    await collection.ready();
    expect(collection.getSnapshot()).toMatchObject({ ready: true, items: [] });
    expect(storage.data.get('connector:notes')).toBe('["a"]');
  });
});

describe('two tabs of one browser', () => {
  function twoTabs(initial: Record<string, string> = {}) {
    const browser = browserTabs(initial);
    const { now, advance } = clock();
    const open = () => {
      const tab = browser.tab();
      const collection = createCollection(notes, { storage: tab.storage, events: tab.events, now });
      collection.subscribe(() => {});
      collection.getSnapshot();
      return collection;
    };
    return { browser, a: open(), b: open(), advance };
  }

  it('keeps both edits to different fields of one record, whatever the timing', () => {
    const { browser, a, b, advance } = twoTabs({ [recordKey('note', 'n')]: envelope('n', { text: 'Base', tags: [] }) });
    a.update('n', (note) => ({ ...note!, text: 'Contact from A' }));
    advance(100);
    // B has not heard of A's change yet.
    b.update('n', (note) => ({ ...note!, tags: ['from B'] }));
    browser.deliver();
    expect(stored(browser.data, 'n').data).toEqual({ text: 'Contact from A', tags: ['from B'] });
    expect(a.get('n')!.data).toEqual({ text: 'Contact from A', tags: ['from B'] });
    expect(b.get('n')!.data).toEqual({ text: 'Contact from A', tags: ['from B'] });
  });

  it('shows the other tab’s change without dropping this tab’s unsaved one', () => {
    const browser = browserTabs({ [recordKey('note', 'n')]: envelope('n', { text: 'Base', tags: [] }) });
    const a = browser.tab();
    const b = browser.tab();
    const setItem = b.storage.setItem;
    let full = true;
    b.storage.setItem = (key, value) => {
      if (full) throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
      setItem(key, value);
    };
    const tabA = createCollection(notes, { storage: a.storage, events: a.events });
    const tabB = createCollection(notes, { storage: b.storage, events: b.events });
    tabA.subscribe(() => {});
    tabB.subscribe(() => {});
    tabB.update('n', (note) => ({ ...note!, tags: ['typed in B'] }));
    tabA.update('n', (note) => ({ ...note!, text: 'Typed in A' }));
    browser.deliver();
    expect(tabB.get('n')!.data).toEqual({ text: 'Typed in A', tags: ['typed in B'] });
    full = false;
    tabB.update('other', () => ({ text: 'x', tags: [] }));
    expect(stored(browser.data, 'n').data).toEqual({ text: 'Typed in A', tags: ['typed in B'] });
  });

  it('keeps a record made in one tab when the other saves', () => {
    const { browser, a, b } = twoTabs();
    a.update('one', () => ({ text: 'A’s', tags: [] }));
    b.update('two', () => ({ text: 'B’s', tags: [] }));
    a.update('one', (note) => ({ ...note!, text: 'A’s, edited' }));
    browser.deliver();
    expect([stored(browser.data, 'one').data.text, stored(browser.data, 'two').data.text]).toEqual([
      'A’s, edited',
      'B’s',
    ]);
    expect(
      a
        .getSnapshot()
        .items.map((item) => item.id)
        .sort(),
    ).toEqual(['one', 'two']);
  });

  it('never lets a tab that still shows a deleted record bring it back, and lets it undo the deletion', () => {
    const { browser, a, b, advance } = twoTabs();
    a.update('n', () => ({ text: 'private', tags: [] }));
    browser.deliver();
    advance();
    b.remove('n');
    advance();
    // A types before the deletion reaches it.
    a.update('n', (note) => ({ ...note!, text: 'private, more' }));
    expect(stored(browser.data, 'n')).toMatchObject({ deleted: true });
    expect(JSON.stringify(stored(browser.data, 'n'))).not.toContain('private');
    expect(a.get('n')).toBeUndefined();
    const [kept] = a.getSnapshot().deletedElsewhere;
    expect(kept!.data.text).toBe('private, more');
    // The reader in A chooses to keep it after all.
    a.restore([kept!]);
    browser.deliver();
    expect(stored(browser.data, 'n').data.text).toBe('private, more');
    expect(b.get('n')!.data.text).toBe('private, more');
  });

  it('takes a deletion from the other tab out of the view, for undo', () => {
    const { browser, a, b } = twoTabs();
    a.update('n', () => ({ text: 'x', tags: [] }));
    browser.deliver();
    b.remove('n');
    browser.deliver();
    expect(a.get('n')).toBeUndefined();
    expect(a.getSnapshot().deletedElsewhere.map((item) => item.id)).toEqual(['n']);
    a.forget('n');
    expect(a.getSnapshot().deletedElsewhere).toEqual([]);
  });

  it('puts back nothing older over something newer', () => {
    const { browser, a } = twoTabs();
    a.update('n', () => ({ text: 'newest', tags: [] }));
    const written = a.restore([
      { id: 'n', changed: new Date(at(0) - 60_000).toISOString(), data: { text: 'old', tags: [] } },
    ]);
    expect(written).toEqual([]);
    expect(stored(browser.data, 'n').data.text).toBe('newest');
    expect(a.get('n')!.data.text).toBe('newest');
  });
});
