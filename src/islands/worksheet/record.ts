/**
 * A worksheet as a record: one record each (the format is in src/lib/storage.ts), kind
 * `worksheet`, `data` version 1 being a `Worksheet` (worksheet.ts) without its `id` and `changed`,
 * which the record holds:
 *
 *   connector:record:worksheet:m3x9k2-a81f ->
 *   { "kind": "worksheet", "id": "m3x9k2-a81f", "version": 1, "changed": "2026-11-22T10:05:00.000Z",
 *     "data": { "created": "2026-11-22T10:00:00.000Z", "step": 1, "contact": "Kwame", ...,
 *               "askedBy": "me", "goalKind": "", "message": {} } }
 *
 * Reading checks every field: a field of the wrong type is read as empty, and the record is then
 * "read in part", so its original is set aside (see storage.ts). A worksheet is written once it
 * holds something: a new one lives on the page until the first answer.
 *
 * Which worksheet is open, and on which step, belongs to the tab (sessionStorage,
 * `connector:tab:worksheet`): two tabs can work on two worksheets, and another tab's change never
 * moves this one to another step.
 *
 * Before records (until 2026-12), every worksheet was under `connector:worksheet` as
 * `{ "activeId": "...", "sheets": [ ... ] }`; legacy.ts moves them into records (loaded only
 * when the old key is there), each one kept.
 */
import type { Item, Kind } from '../../lib/collection.ts';
import { isRecord, isoTime } from '../../lib/storage.ts';
import { askers, emptyWorksheet, isDay, kinds, resultStep, textFields, type Worksheet } from './shape.ts';

export const legacyKey = 'connector:worksheet';

export type WorksheetData = Omit<Worksheet, 'id' | 'changed'>;

const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (list as readonly string[]).includes(value);

/** One saved worksheet, or undefined when it has no id to be known by. */
export function parseSheet(raw: unknown): Worksheet | undefined {
  if (!isRecord(raw) || typeof raw.id !== 'string' || !raw.id) return undefined;
  const sheet = emptyWorksheet(raw.id, new Date(0));
  for (const field of textFields) {
    const value = raw[field];
    if (typeof value === 'string') sheet[field] = value;
  }
  for (const field of ['meetingDate', 'followUpDate'] as const) if (!isDay(sheet[field])) sheet[field] = '';
  if (isOneOf(askers, raw.askedBy)) sheet.askedBy = raw.askedBy;
  if (isOneOf(kinds, raw.goalKind)) sheet.goalKind = raw.goalKind;
  for (const stamp of ['created', 'changed'] as const) {
    const value = raw[stamp];
    if (typeof value === 'string' && isoTime(value) === value) sheet[stamp] = value;
  }
  if (Number.isInteger(raw.step) && (raw.step as number) >= 0 && (raw.step as number) <= resultStep)
    sheet.step = raw.step as number;
  if (isRecord(raw.message)) {
    for (const asker of askers) {
      const own = raw.message[asker];
      if (typeof own === 'string') sheet.message[asker] = own;
    }
  }
  return sheet;
}

export function dataOf(sheet: Worksheet): WorksheetData {
  const { id: _id, changed: _changed, ...data } = sheet;
  return data;
}

export function sheetOf(item: Item<WorksheetData>): Worksheet {
  return { ...item.data, id: item.id, changed: item.changed };
}

export const worksheetKind: Kind<WorksheetData> = {
  kind: 'worksheet',
  version: 1,
  read(data, version, id) {
    if (version !== 1 || !isRecord(data)) return undefined;
    const sheet = parseSheet({ ...data, id, changed: new Date(0).toISOString() });
    return sheet && dataOf(sheet);
  },
  legacy: {
    matches: (key) => key === legacyKey,
    load: () => import('./legacy.ts').then((module) => module.readOldWorksheets),
  },
};
