/**
 * Moving the layouts kept before records (see storage.ts) into records, and reading the one-key
 * collections among them: `{ "<list>": [ ... ] }` under one key, every item with an id. Loaded
 * only by a browser that still has such a key (collection.ts). Every item that can be read
 * becomes a record: an id that is a number becomes text, a repeated id gets a new one; an item
 * that cannot be read is set aside, and so is the original of one read only in part.
 */
import { covers, type MigrationTarget, type Migrated, type Reader } from './collection.ts';
import { isRecord, readText, remove } from './storage.ts';

/**
 * Moves what the old `keys` hold into records of `target`, each key's readable items through
 * `read`: a record already stored as new or newer stays as it is; what cannot be read is set aside.
 * A key is removed once everything in it is safe, and kept (to be tried again on the next visit)
 * while anything of it could not be written.
 */
export function migrate<T>(keys: readonly string[], read: Reader<T>, target: MigrationTarget<T>): void {
  const { storage } = target;
  for (const key of keys) {
    const text = readText(storage, key);
    if (typeof text !== 'string') continue;
    let found: Migrated<T> | undefined;
    try {
      found = read(key, JSON.parse(text), target.now());
    } catch {
      // Not JSON: set aside below, like anything else that cannot be read.
    }
    if (!found) {
      target.moveAside(key, text, 'damaged');
      continue;
    }
    let complete = found.aside.every((piece) => target.moveAside(key, piece.text, piece.reason, true));
    for (const record of found.records) {
      const there = target.wanted(record.id) && target.stored(record.id);
      if (!there || there.blocked) complete = false;
      else if (
        !(there.changed && there.changed >= record.changed) &&
        !target.put(record.id, record.changed, record.data)
      ) {
        // Kept on the page, and written with the next change; the old key stays until then.
        complete = false;
        target.keep(record);
      }
    }
    if (complete) remove(storage, key);
  }
}

export function readOldList<T>(
  raw: unknown,
  list: string,
  /** The item as a record's time and data, or undefined; `rest` is what must survive the reading. */
  convert: (
    item: Record<string, unknown>,
    index: number,
    count: number,
  ) => { changed: string; data: T; rest: unknown } | undefined,
): Migrated<T> | undefined {
  const items = isRecord(raw) ? raw[list] : undefined;
  if (!Array.isArray(items)) return undefined;
  const found: Migrated<T> = { records: [], aside: [] };
  let extra = 0;
  items.forEach((item: unknown, index) => {
    const given = isRecord(item) ? item.id : undefined;
    const known = (typeof given === 'string' && given) || (typeof given === 'number' && Number.isFinite(given));
    const text = JSON.stringify(item);
    const converted = known && isRecord(item) ? convert(item, index, items.length) : undefined;
    if (!converted) return void found.aside.push({ text, reason: 'damaged' });
    let id = String(given);
    while (found.records.some((record) => record.id === id)) id = `${String(given)}-${++extra}`;
    if (!covers(converted.rest, converted.data)) found.aside.push({ text, reason: 'partial' });
    found.records.push({ id, changed: converted.changed, data: converted.data });
  });
  return found;
}
