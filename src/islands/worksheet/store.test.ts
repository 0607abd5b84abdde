import { describe, expect, it } from 'vitest';
import type { StorageLike } from '../../lib/storage.ts';
import { asked, awkward, invited } from '../../../tests/fixtures/worksheet.ts';
import { memoryStorage } from '../../../tests/support/storage.ts';
import { emptyWorksheet, type Worksheet } from './worksheet.ts';
import {
  active,
  addSheet,
  byChange,
  createId,
  duplicateSheet,
  isBlank,
  mergeSaved,
  openSheet,
  parseSaved,
  parseSheet,
  removeSheet,
  restoreSheet,
  storageKey,
  updateActive,
  withMessage,
  worksheetStore,
  type Saved,
} from './store.ts';

const t0 = new Date('2026-11-22T10:00:00Z');
const t1 = new Date('2026-11-22T11:00:00Z');
const t2 = new Date('2026-11-22T12:00:00Z');

function twoSheets(): Saved {
  const kwame: Worksheet = { ...emptyWorksheet('a', t0), ...asked.en };
  const grace: Worksheet = { ...emptyWorksheet('b', t1), ...invited.en };
  return { activeId: 'b', sheets: [grace, kwame] };
}

describe('reading saved worksheets', () => {
  it('gives back what was saved', () => {
    const saved = twoSheets();
    expect(parseSaved(JSON.parse(JSON.stringify(saved)))).toEqual(saved);
  });

  it('calls anything that is not a list of worksheets corrupt', () => {
    for (const raw of [null, 'text', 42, [], {}, { sheets: 'no' }, { sheets: [1, 'x', null, { id: '' }] }]) {
      expect(parseSaved(raw), JSON.stringify(raw)).toBeUndefined();
    }
    expect(parseSaved({ sheets: [] })).toEqual({ activeId: '', sheets: [] });
  });

  it('keeps every worksheet that can be read and everything in it that is valid', () => {
    const raw = {
      activeId: 'gone',
      sheets: [
        {
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
        },
        'not a sheet',
        { id: 'x', contact: 'duplicate id' },
        { id: 'y', questions: ['a', 'b'] },
      ],
    };
    const saved = parseSaved(raw)!;
    expect(saved.activeId).toBe('x');
    expect(saved.sheets.map((s) => s.id)).toEqual(['x', 'y']);
    const [x, y] = saved.sheets as [Worksheet, Worksheet];
    expect(x).toMatchObject({
      contact: 'Kwame',
      goal: '',
      askedBy: '',
      goalKind: 'know',
      meetingDate: '',
      followUpDate: '2027-03-05',
      step: 0,
      message: { me: 'Hi' },
    });
    expect(x.created).toBe(new Date(0).toISOString());
    expect(y.questions).toBe('');
    expect(parseSheet({ contact: 'no id' })).toBeUndefined();
  });

  it('keeps awkward text exactly as typed through a save and a load', () => {
    const storage = memoryStorage();
    const store = worksheetStore(storage);
    const saved: Saved = {
      activeId: 'z',
      sheets: [{ ...emptyWorksheet('z', t0), ...awkward, message: { me: awkward.goal! } }],
    };
    expect(store.save(saved)).toBe(true);
    expect(JSON.parse(storage.data.get(storageKey)!)).toEqual(saved);
    expect(store.load()).toEqual({ status: 'ok', value: saved });
  });

  it('reports empty, corrupt and unavailable storage instead of throwing', () => {
    expect(worksheetStore(memoryStorage()).load()).toEqual({ status: 'empty' });
    expect(worksheetStore(memoryStorage({ [storageKey]: '{"sheets": [' })).load()).toEqual({ status: 'corrupt' });
    expect(worksheetStore(memoryStorage({ [storageKey]: '{"sheets": "x"}' })).load()).toEqual({ status: 'corrupt' });
    const blocked: StorageLike = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('SecurityError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(worksheetStore(blocked).load()).toEqual({ status: 'unavailable' });
    expect(worksheetStore(blocked).save(twoSheets())).toBe(false);
    const full = {
      ...memoryStorage(),
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    expect(worksheetStore(full).save(twoSheets())).toBe(false);
  });
});

describe('changing the list', () => {
  it('starts a new worksheet and opens it', () => {
    const saved = addSheet(twoSheets(), 'c', t2);
    expect(saved.activeId).toBe('c');
    expect(saved.sheets.map((s) => s.id)).toEqual(['c', 'b', 'a']);
    expect(isBlank(active(saved)!)).toBe(true);
    expect(isBlank(saved.sheets[1]!)).toBe(false);
  });

  it('changes only the open worksheet and stamps it', () => {
    const saved = updateActive(twoSheets(), { contact: 'Grace Liu', step: 2 }, t2);
    expect(active(saved)).toMatchObject({
      contact: 'Grace Liu',
      step: 2,
      changed: t2.toISOString(),
      created: t1.toISOString(),
    });
    expect(saved.sheets[1]).toEqual(twoSheets().sheets[1]);
  });

  it('keeps and forgets the reader’s own message', () => {
    const sheet = active(twoSheets())!;
    const own = withMessage(sheet, 'them', 'My words');
    expect(own).toEqual({ them: 'My words' });
    expect(withMessage({ ...sheet, message: own }, 'them', undefined)).toEqual({});
    expect(sheet.message).toEqual({});
  });

  it('duplicates a worksheet under a new id, without sharing its message', () => {
    const start = updateActive(twoSheets(), { message: { them: 'Mine' } }, t1);
    const saved = duplicateSheet(start, 'b', 'c', t2);
    const copy = saved.sheets[0]!;
    expect(saved.activeId).toBe('b');
    expect(copy).toEqual({ ...active(start)!, id: 'c', created: t2.toISOString(), changed: t2.toISOString() });
    expect(copy.message).not.toBe(active(start)!.message);
    expect(duplicateSheet(start, 'nope', 'c', t2)).toBe(start);
  });

  it('lists the most recently changed first and opens any of them', () => {
    const saved = updateActive(openSheet(twoSheets(), 'a'), { how: 'changed' }, t2);
    expect(byChange(saved).map((s) => s.id)).toEqual(['a', 'b']);
    expect(openSheet(saved, 'missing')).toBe(saved);
  });

  it('deletes a worksheet and puts it back where it was', () => {
    const start = twoSheets();
    const { saved, removed } = removeSheet(start, 'a', 'new', t2);
    expect(saved).toEqual({ activeId: 'b', sheets: [start.sheets[0]] });
    expect(removed).toEqual({ sheet: start.sheets[1], index: 1, wasActive: false });
    expect(restoreSheet(saved, removed!)).toEqual(start);
    expect(restoreSheet(start, removed!)).toBe(start);
  });

  it('opens the latest other worksheet when the open one is deleted, or a new one when none is left', () => {
    const first = removeSheet(twoSheets(), 'b', 'new', t2);
    expect(first.saved.activeId).toBe('a');
    expect(restoreSheet(first.saved, first.removed!).activeId).toBe('b');
    const last = removeSheet(first.saved, 'a', 'new', t2);
    expect(last.saved.activeId).toBe('new');
    expect(last.saved.sheets.map((s) => s.id)).toEqual(['new']);
    expect(isBlank(last.saved.sheets[0]!)).toBe(true);
    // Undoing puts the last worksheet back in place of the empty one that stood in for it ...
    expect(restoreSheet(last.saved, last.removed!)).toEqual({ activeId: 'a', sheets: [first.saved.sheets[0]] });
    // ... unless the reader has typed into that one meanwhile.
    const typed = updateActive(last.saved, { contact: 'Someone' }, t2);
    expect(restoreSheet(typed, last.removed!).sheets.map((s) => s.id)).toEqual(['a', 'new']);
    expect(removeSheet(last.saved, 'missing', 'x', t2)).toEqual({ saved: last.saved });
  });

  it('takes in what another tab saved without losing what this tab holds', () => {
    const here = updateActive(twoSheets(), { contact: 'Grace (here)' }, t2);
    const elsewhere = addSheet(updateActive(openSheet(twoSheets(), 'a'), { contact: 'Kwame (there)' }, t2), 'c', t2);
    const merged = mergeSaved(here, elsewhere);
    expect(merged.activeId).toBe('b');
    expect(merged.sheets.map((s) => [s.id, s.contact])).toEqual([
      ['b', 'Grace (here)'],
      ['a', 'Kwame (there)'],
      ['c', ''],
    ]);
    // An older copy from the other tab never replaces a newer one here.
    expect(mergeSaved(here, twoSheets()).sheets).toEqual(here.sheets);
  });

  it('makes short ids from the clock and a random number', () => {
    expect(createId(t0, () => 0.5)).toBe(`${t0.getTime().toString(36)}-i0000`);
    expect(createId(t0, () => 0)).toMatch(/-00000$/);
    expect(createId(t0, () => 0.999999)).toMatch(/^[0-9a-z]+-[0-9a-z]{5}$/);
  });
});
