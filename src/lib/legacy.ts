/**
 * Reading the one-key collections kept before records (see storage.ts): `{ "<list>": [ ... ] }`
 * under one key, every item with an id. Loaded only by a browser that still has such a key
 * (collection.ts). Every item that can be read becomes a record: an id that is a number becomes
 * text, a repeated id gets a new one; an item that cannot be read is set aside, and so is the
 * original of one read only in part.
 */
import { covers, type Migrated } from './collection.ts';
import { isRecord } from './storage.ts';

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
