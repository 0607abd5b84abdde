import { describe, expect, it } from 'vitest';
import { recordKey } from '../../lib/storage.ts';
import { asked, awkward, invited } from '../../../tests/fixtures/worksheet.ts';
import {
  blockedStorage,
  browserTabs,
  fullStorage,
  memoryStorage,
  type MemoryStorage,
} from '../../../tests/support/storage.ts';
import { emptyWorksheet, type Worksheet } from './worksheet.ts';
import { addSheet, duplicateSheet, openSheet, removeAllSheets, removeSheet } from './list.ts';
import { legacyKey, parseSheet } from './record.ts';
import { withMessage } from './brief.ts';
import { byChange, createId, createWorksheetStore, isBlank, type WorksheetStoreOptions } from './store.ts';

const t0 = new Date('2026-11-22T10:00:00Z');
const t1 = new Date('2026-11-22T11:00:00Z');

function clock(start = t0.getTime()) {
  let time = start;
  return { now: () => time, advance: (ms = 1000) => (time += ms) };
}

/** A store over fresh fakes; `events` never fire unless a test shares a browser between stores. */
function open(options: WorksheetStoreOptions = {}) {
  const storage = (options.storage ?? memoryStorage()) as MemoryStorage;
  const time = clock();
  let n = 0;
  const store = createWorksheetStore({
    storage,
    session: memoryStorage(),
    now: time.now,
    random: () => (++n % 1000) / 1000,
    events: () => () => {},
    ...options,
  });
  return { store, storage, ...time };
}

const record = (id: string, data: Partial<Worksheet>, changed = t0) =>
  JSON.stringify({
    kind: 'worksheet',
    id,
    version: 1,
    changed: changed.toISOString(),
    data: { ...emptyWorksheet(id, t0), ...data, id: undefined, changed: undefined },
  });

describe('reading a worksheet', () => {
  it('keeps everything in it that is valid, and reads the rest as empty', () => {
    const sheet = parseSheet({
      id: 'x',
      contact: 'Kwame',
      goal: 42,
      askedBy: 'boss',
      goalKind: 'know',
      meetingDate: '2027-02-30',
      followUpDate: '2027-03-05',
      step: 9,
      message: { me: 'Hi', them: 7 },
      created: 'never',
    })!;
    expect(sheet).toMatchObject({
      contact: 'Kwame',
      goal: '',
      askedBy: '',
      goalKind: 'know',
      meetingDate: '',
      followUpDate: '2027-03-05',
      step: 0,
      message: { me: 'Hi' },
    });
    expect(sheet.created).toBe(new Date(0).toISOString());
    expect(parseSheet({ contact: 'no id' })).toBeUndefined();
  });
});

describe('the worksheet store', () => {
  it('opens a new, unsaved worksheet when nothing is saved, and saves it once it holds something', () => {
    const { store, storage } = open();
    const first = store.getSnapshot()!;
    expect(first.sheets).toHaveLength(1);
    expect(isBlank(first.active)).toBe(true);
    expect(storage.data.size).toBe(0);
    store.change({ contact: 'Kwame' });
    const saved = JSON.parse(storage.data.get(recordKey('worksheet', first.active.id))!);
    expect(saved).toMatchObject({ kind: 'worksheet', id: first.active.id, version: 1, data: { contact: 'Kwame' } });
    expect(saved.data.id).toBeUndefined();
    expect(store.getSnapshot()!.savedAt).not.toBeNull();
  });

  it('keeps awkward text exactly as typed through a save and a load', () => {
    const storage = memoryStorage();
    const { store } = open({ storage });
    store.change({ ...awkward, message: { me: awkward.goal! } });
    const typed = store.getSnapshot()!.active;
    const again = open({ storage }).store.getSnapshot()!;
    expect(again.active).toEqual(typed);
  });

  it('starts new worksheets, lists the latest first and opens any of them at its own step', () => {
    const { store, advance } = open();
    store.change({ ...asked.en, step: 2 });
    const kwame = store.getSnapshot()!.active.id;
    advance();
    addSheet(store);
    expect(store.getSnapshot()!.sheets).toHaveLength(2);
    expect(isBlank(store.getSnapshot()!.active)).toBe(true);
    expect(store.getSnapshot()!.step).toBe(0);
    store.change({ ...invited.en });
    expect(store.getSnapshot()!.sheets.map((s) => s.contact)).toEqual([invited.en.contact, asked.en.contact]);
    openSheet(store, kwame);
    expect(store.getSnapshot()!.active.contact).toBe(asked.en.contact);
    expect(store.getSnapshot()!.step).toBe(2);
    store.goTo(3);
    expect(store.getSnapshot()!.step).toBe(3);
    expect(store.getSnapshot()!.active.step).toBe(3);
  });

  it('duplicates a worksheet under a new id, without sharing its message', () => {
    const { store, advance } = open();
    store.change({ contact: 'Grace', message: { them: 'Mine' } });
    const original = store.getSnapshot()!.active;
    advance();
    duplicateSheet(store, original.id);
    const { sheets, active } = store.getSnapshot()!;
    expect(active.id).toBe(original.id);
    const copy = sheets.find((s) => s.id !== original.id)!;
    expect(copy).toMatchObject({ contact: 'Grace', message: { them: 'Mine' } });
    expect(copy.created > original.created).toBe(true);
  });

  it('deletes a worksheet, leaving no content behind, and puts it back on undo', () => {
    const { store, storage, advance } = open();
    store.change({ contact: 'Kwame' });
    const kwame = store.getSnapshot()!.active;
    advance();
    addSheet(store);
    store.change({ contact: 'Grace' });
    const removed = removeSheet(store, kwame.id)!;
    expect(store.getSnapshot()!.sheets.map((s) => s.contact)).toEqual(['Grace']);
    expect(storage.data.get(recordKey('worksheet', kwame.id))).not.toContain('Kwame');
    store.restore(removed);
    expect(
      store
        .getSnapshot()!
        .sheets.map((s) => s.contact)
        .sort(),
    ).toEqual(['Grace', 'Kwame']);
    expect(store.getSnapshot()!.active.contact).toBe('Grace');
  });

  it('opens the latest other worksheet when the open one is deleted, or a new one; undo opens it again', () => {
    const { store, advance } = open();
    store.change({ contact: 'Kwame' });
    advance();
    addSheet(store);
    store.change({ contact: 'Grace' });
    const grace = removeSheet(store, store.getSnapshot()!.active.id)!;
    expect(store.getSnapshot()!.active.contact).toBe('Kwame');
    const kwame = removeSheet(store, store.getSnapshot()!.active.id)!;
    expect(isBlank(store.getSnapshot()!.active)).toBe(true);
    store.restore(kwame);
    // The empty worksheet that stood in for it goes: it held nothing.
    expect(store.getSnapshot()!.sheets.map((s) => s.contact)).toEqual(['Kwame']);
    store.restore(grace);
    expect(store.getSnapshot()!.active.contact).toBe('Grace');
  });

  it('deletes every worksheet at once and brings them all back on undo', () => {
    const { store, storage, advance } = open();
    for (const contact of ['A', 'B', 'C']) {
      addSheet(store);
      store.change({ contact });
      advance();
    }
    const removed = removeAllSheets(store);
    expect(removed.sheets).toHaveLength(3);
    expect(store.getSnapshot()!.sheets).toHaveLength(1);
    expect([...storage.data.values()].join()).not.toMatch(/"contact":"[ABC]"/);
    store.restore(removed);
    expect(byChange(store.getSnapshot()!.sheets).map((s) => s.contact)).toEqual(['C', 'B', 'A']);
    expect(store.getSnapshot()!.active.contact).toBe('C');
  });

  it('keeps the reader’s own message, or forgets it', () => {
    const sheet = emptyWorksheet('a', t0);
    const own = withMessage(sheet, 'them', 'My words');
    expect(own).toEqual({ them: 'My words' });
    expect(withMessage({ ...sheet, message: own }, 'them', undefined)).toEqual({});
    expect(sheet.message).toEqual({});
  });

  it('works on the page when storage is blocked or full, and says which', () => {
    for (const [storage, problem] of [
      [blockedStorage, 'unavailable'],
      [fullStorage(), 'full'],
    ] as const) {
      const { store, advance } = open({ storage });
      store.change({ contact: 'Kwame' });
      advance();
      addSheet(store);
      store.change({ contact: 'Grace' });
      expect(store.getSnapshot()!.problem).toBe(problem);
      expect(store.getSnapshot()!.sheets.map((s) => s.contact)).toEqual(['Grace', 'Kwame']);
    }
  });

  it('makes short ids from the clock and a random number', () => {
    expect(createId(t0, () => 0.5)).toBe(`${t0.getTime().toString(36)}-i0000`);
    expect(createId(t0, () => 0)).toMatch(/-00000$/);
    expect(createId(t0, () => 0.999999)).toMatch(/^[0-9a-z]+-[0-9a-z]{5}$/);
  });
});

describe('worksheets saved before records', () => {
  it('moves every worksheet into a record, keeping numeric and repeated ids, setting aside what it cannot read', async () => {
    const legacy = {
      activeId: 'x',
      sheets: [
        { id: 'x', contact: 'Kwame', changed: t1.toISOString(), created: t0.toISOString() },
        { id: 4, contact: 'Numeric id', changed: t0.toISOString(), created: t0.toISOString() },
        { id: 'x', contact: 'Same id', changed: t0.toISOString(), created: t0.toISOString() },
        { id: 'y', contact: 'Half', questions: ['a', 'b'], changed: t0.toISOString(), created: t0.toISOString() },
        'not a sheet',
      ],
    };
    const storage = memoryStorage({ [legacyKey]: JSON.stringify(legacy) });
    const { store } = open({ storage });
    await store.ready();
    const state = store.getSnapshot()!;
    expect(state.sheets.map((s) => s.contact).sort()).toEqual(['Half', 'Kwame', 'Numeric id', 'Same id']);
    expect(state.sheets.find((s) => s.contact === 'Numeric id')!.id).toBe('4');
    expect(state.aside.map((entry) => [entry.reason, entry.text])).toEqual([
      ['partial', JSON.stringify(legacy.sheets[3])],
      ['damaged', '"not a sheet"'],
    ]);
    expect(storage.data.has(legacyKey)).toBe(false);
    expect(state.sheets.find((s) => s.contact === 'Kwame')!.changed).toBe(t1.toISOString());
  });

  it('sets aside an old save that cannot be read at all, and writes nothing over it', async () => {
    const storage = memoryStorage({ [legacyKey]: '{"sheets": [{"id": 4' });
    const { store } = open({ storage });
    await store.ready();
    expect(store.getSnapshot()!.aside.map((entry) => entry.text)).toEqual(['{"sheets": [{"id": 4']);
    store.change({ contact: 'Kwame' });
    expect(store.getSnapshot()!.aside).toHaveLength(1);
  });

  it('keeps the old save where it is until storage has room for the records', async () => {
    const legacy = JSON.stringify({ activeId: 'x', sheets: [{ id: 'x', contact: 'Kwame' }] });
    const storage = fullStorage({ [legacyKey]: legacy });
    const { store } = open({ storage });
    await store.ready();
    expect(store.getSnapshot()!.active.contact).toBe('Kwame');
    expect(storage.data.get(legacyKey)).toBe(legacy);
  });
});

describe('two tabs', () => {
  function tabs(initial: Record<string, string> = {}) {
    const browser = browserTabs(initial);
    const time = clock();
    const make = () => {
      const tab = browser.tab();
      const store = createWorksheetStore({ ...tab, now: time.now, random: Math.random });
      store.subscribe(() => {});
      store.getSnapshot()!;
      return store;
    };
    return { browser, a: make(), b: make(), ...time };
  }

  it('keeps edits made in both tabs within a moment of each other, in one worksheet', () => {
    const { browser, a, b, advance } = tabs({ [recordKey('worksheet', 'w')]: record('w', { contact: 'Base' }) });
    a.change({ contact: 'Contact from A' });
    advance(100);
    b.change({ how: 'How from B' });
    browser.deliver();
    for (const tab of [a, b])
      expect(tab.getSnapshot()!.active).toMatchObject({ contact: 'Contact from A', how: 'How from B' });
  });

  it('never moves the other tab to another step', () => {
    const { browser, a, b } = tabs({ [recordKey('worksheet', 'w')]: record('w', { contact: 'Base' }) });
    a.goTo(2);
    browser.deliver();
    expect(b.getSnapshot()!.step).toBe(0);
    expect(a.getSnapshot()!.step).toBe(2);
  });

  it('keeps “delete all” from coming back when the other tab saves, and offers that tab its undo', () => {
    const { browser, a, b, advance } = tabs({
      [recordKey('worksheet', 'w')]: record('w', { contact: 'Private' }),
      [recordKey('worksheet', 'v')]: record('v', { contact: 'Also private' }),
    });
    advance();
    removeAllSheets(a);
    advance();
    b.change({ how: 'typed in B before it heard' });
    browser.deliver();
    expect([...browser.data.values()].join()).not.toContain('rivate');
    expect(b.getSnapshot()!.sheets.every(isBlank)).toBe(true);
    expect(
      b
        .getSnapshot()!
        .deletedElsewhere.map((s) => s.contact)
        .sort(),
    ).toEqual(['Also private', 'Private']);
  });
});
