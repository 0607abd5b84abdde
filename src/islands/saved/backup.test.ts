/**
 * The backup as a reader relies on it: a file with everything, read back whole into an empty
 * browser; merging that never puts older work over newer and deletes nothing; files that are not
 * backups, are damaged or come from a newer version refused with nothing changed.
 */
import { describe, expect, it } from 'vitest';
import { recordKey } from '../../lib/storage.ts';
import { sampleQuiz, validProgress } from '../../../tests/fixtures/quiz.ts';
import { fullStorage, memoryStorage, type MemoryStorage } from '../../../tests/support/storage.ts';
import { backupFormat, createSavedStore, type Preview } from './backup.ts';
import { readBackup } from './read-backup.ts';
import { savedKinds } from './kinds.ts';

const kinds = savedKinds([sampleQuiz]);
const at = (minutes: number) => new Date(Date.UTC(2026, 10, 22, 10, minutes)).toISOString();
const record = (kind: string, id: string, changed: string, data: unknown) =>
  JSON.stringify({ kind, id, version: 1, changed, data });
const sheet = (contact: string) => ({ created: at(0), step: 0, contact, message: {} });
const draft = (theirName: string) => ({ created: at(0), inputs: { theirName }, text: null, edited: false });

function browser(initial: Record<string, string> = {}) {
  const storage = memoryStorage(initial);
  return {
    storage,
    store: createSavedStore(kinds, { storage, now: () => Date.parse(at(60)), events: () => () => {} }),
  };
}

function filled(): MemoryStorage {
  return memoryStorage({
    [recordKey('quiz', 'sample')]: record('quiz', 'sample', at(1), validProgress.midway),
    [recordKey('worksheet', 'w1')]: record('worksheet', 'w1', at(2), sheet('Kwame')),
    [recordKey('draft-reconnect', 'd1')]: record('draft-reconnect', 'd1', at(3), draft('Margaret')),
    [recordKey('worksheet', 'gone')]: JSON.stringify({ kind: 'worksheet', id: 'gone', changed: at(4), deleted: true }),
    [recordKey('worksheet', 'bad')]: '{"kind": "worksheet", "id": "bad", "changed"',
  });
}

const contentOf = (storage: MemoryStorage) =>
  [...storage.data.entries()].filter(([key]) => key.startsWith('connector:record:')).sort();

describe('a backup', () => {
  it('holds every record and everything set aside, and no deletion', async () => {
    const storage = filled();
    const { store } = {
      store: createSavedStore(kinds, { storage, now: () => Date.parse(at(60)), events: () => () => {} }),
    };
    const file = JSON.parse(await store.backup());
    expect(file).toMatchObject({ format: backupFormat, version: 1, exported: at(60) });
    expect(file.records.map((r: { kind: string; id: string }) => `${r.kind}:${r.id}`).sort()).toEqual([
      'draft-reconnect:d1',
      'quiz:sample',
      'worksheet:w1',
    ]);
    expect(file.aside.map((a: { text: string }) => a.text)).toEqual(['{"kind": "worksheet", "id": "bad", "changed"']);
    expect(JSON.stringify(file)).not.toContain('"gone"');
  });

  it('comes back whole in an empty browser, set-aside data included', async () => {
    const from = createSavedStore(kinds, { storage: filled(), events: () => () => {} });
    const text = await from.backup();
    const { storage, store } = browser();
    const read = await store.read(text);
    if (!('preview' in read)) throw new Error(read.refused);
    expect(read.preview.records.map((r) => r.change)).toEqual(['added', 'added', 'added']);
    expect(read.preview.aside).toHaveLength(1);
    expect(await store.merge(read.preview)).toEqual({ written: 4, failed: 0 });
    const again = createSavedStore(kinds, { storage, events: () => () => {} });
    expect(JSON.parse(await again.backup()).records).toEqual(JSON.parse(text).records);
    expect(again.getSnapshot()!.aside.map((a) => a.text)).toEqual(['{"kind": "worksheet", "id": "bad", "changed"']);
    // Taking in the same file again adds nothing.
    const twice = await again.read(text);
    expect('preview' in twice && twice.preview.records.map((r) => r.change)).toEqual(['same', 'same', 'same']);
    expect('preview' in twice && twice.preview.aside).toEqual([]);
  });

  it('never puts older work over newer, and deletes nothing', async () => {
    const file = await createSavedStore(kinds, { storage: filled(), events: () => () => {} }).backup();
    const { storage, store } = browser({
      [recordKey('worksheet', 'w1')]: record('worksheet', 'w1', at(30), sheet('Kwame, newer here')),
      [recordKey('draft-reconnect', 'd1')]: record('draft-reconnect', 'd1', at(0), draft('Older here')),
      [recordKey('worksheet', 'mine')]: record('worksheet', 'mine', at(5), sheet('Only here')),
    });
    const read = await store.read(file);
    if (!('preview' in read)) throw new Error(read.refused);
    const changes = Object.fromEntries(read.preview.records.map((r) => [`${r.kind}:${r.item.id}`, r.change]));
    expect(changes).toEqual({ 'quiz:sample': 'added', 'worksheet:w1': 'kept', 'draft-reconnect:d1': 'updated' });
    await store.merge(read.preview);
    const data = (kind: string, id: string) => JSON.parse(storage.data.get(recordKey(kind, id))!).data;
    expect(data('worksheet', 'w1').contact).toBe('Kwame, newer here');
    expect(data('draft-reconnect', 'd1').inputs.theirName).toBe('Margaret');
    expect(data('worksheet', 'mine').contact).toBe('Only here');
  });

  it('brings back a record deleted here since', async () => {
    const file = await createSavedStore(kinds, { storage: filled(), events: () => () => {} }).backup();
    const { storage, store } = browser({
      [recordKey('worksheet', 'w1')]: JSON.stringify({ kind: 'worksheet', id: 'w1', changed: at(50), deleted: true }),
    });
    const read = await store.read(file);
    if (!('preview' in read)) throw new Error(read.refused);
    expect(read.preview.records.find((r) => r.item.id === 'w1')!.change).toBe('added');
    await store.merge(read.preview);
    expect(JSON.parse(storage.data.get(recordKey('worksheet', 'w1'))!).data.contact).toBe('Kwame');
  });

  it('refuses files that are not backups, damaged or newer, and changes nothing', async () => {
    const good = JSON.parse(await createSavedStore(kinds, { storage: filled(), events: () => () => {} }).backup());
    const cases: Array<[string, string]> = [
      ['unrelated', '<html>not json</html>'],
      ['unrelated', '{"name": "package", "version": 1}'],
      ['unrelated', '[1, 2, 3]'],
      ['unrelated', 'null'],
      ['damaged', JSON.stringify(good).slice(0, 200)],
      ['damaged', JSON.stringify({ ...good, version: 'one' })],
      ['damaged', JSON.stringify({ ...good, records: 'none' })],
      ['damaged', JSON.stringify({ ...good, records: [...good.records, { kind: 'worksheet', id: 'x' }] })],
      ['damaged', JSON.stringify({ ...good, records: [...good.records, { ...good.records[0], kind: 'unknown' }] })],
      ['damaged', JSON.stringify({ ...good, records: [...good.records, good.records[0]] })],
      [
        'damaged',
        JSON.stringify({ ...good, records: [{ ...good.records[0], data: { ...good.records[0].data, seed: -1 } }] }),
      ],
      ['damaged', JSON.stringify({ ...good, aside: [{ key: 'k' }] })],
      ['newer', JSON.stringify({ ...good, version: 2 })],
      ['newer', JSON.stringify({ ...good, records: [{ ...good.records[0], version: 9 }] })],
    ];
    for (const [reason, text] of cases) {
      const { storage, store } = browser({
        [recordKey('worksheet', 'mine')]: record('worksheet', 'mine', at(5), sheet('Mine')),
      });
      const before = contentOf(storage);
      expect(await store.read(text), text.slice(0, 80)).toEqual({ refused: reason });
      expect(contentOf(storage)).toEqual(before);
    }
    expect(readBackup(JSON.stringify(good), kinds)).toHaveProperty('backup');
  });

  it('says how many could not be written when storage is full, and keeps what was there', async () => {
    const file = await createSavedStore(kinds, { storage: filled(), events: () => () => {} }).backup();
    const storage = fullStorage({
      [recordKey('worksheet', 'mine')]: record('worksheet', 'mine', at(5), sheet('Mine')),
    });
    const store = createSavedStore(kinds, { storage, events: () => () => {} });
    const read = (await store.read(file)) as { preview: Preview };
    expect(await store.merge(read.preview)).toEqual({ written: 0, failed: 4 });
    expect(JSON.parse(storage.data.get(recordKey('worksheet', 'mine'))!).data.contact).toBe('Mine');
  });
});

describe('deleting everything', () => {
  it('leaves no content behind, and undo brings back every record and everything set aside', async () => {
    const storage = filled();
    const store = createSavedStore(kinds, { storage, events: () => () => {} });
    const before = JSON.parse(await store.backup());
    const cleared = await store.removeAll();
    expect(store.getSnapshot()!.kinds.every(({ snapshot }) => snapshot.items.length === 0)).toBe(true);
    expect(store.getSnapshot()!.aside).toEqual([]);
    expect([...storage.data.values()].join()).not.toMatch(/Kwame|Margaret|12345/);
    await store.restore(cleared);
    const after = JSON.parse(await store.backup());
    expect(after.records).toEqual(before.records);
    expect(after.aside).toEqual(before.aside);
  });
});
