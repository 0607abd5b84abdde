/**
 * The reader's worksheets, kept in this browser under one key, `connector:worksheet`:
 *
 *   { "activeId": "m3x9k2-a81f", "sheets": [ { "id": "m3x9k2-a81f", "contact": "Kwame", ... } ] }
 *
 * `sheets` is every worksheet the reader keeps (see `Worksheet` in worksheet.ts), `activeId` the
 * one open. Life cycle: read once when the page starts; written again ~300 ms after the last change
 * (and when the page is hidden); removed entirely by "delete all". Reading checks every field: a
 * worksheet that does not parse is skipped, a field of the wrong type is read as empty, so a half-
 * broken save still gives back everything that can be saved. When nothing parses the whole value is
 * `corrupt` (see src/lib/storage.ts) and stays untouched until the next save.
 *
 * The changes to the list are pure functions of the list, so they are tested without a browser.
 */
import { browserStorage, createStore, isRecord, type StorageLike, type Store } from '../../lib/storage.ts';
import {
  askers,
  emptyWorksheet,
  isDay,
  kinds,
  resultStep,
  textFields,
  type Asker,
  type Worksheet,
} from './worksheet.ts';

export const storageKey = 'connector:worksheet';

export interface Saved {
  activeId: string;
  sheets: Worksheet[];
}

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
    if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) sheet[stamp] = value;
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

export function parseSaved(raw: unknown): Saved | undefined {
  if (!isRecord(raw) || !Array.isArray(raw.sheets)) return undefined;
  const sheets: Worksheet[] = [];
  for (const item of raw.sheets) {
    const sheet = parseSheet(item);
    if (sheet && !sheets.some((other) => other.id === sheet.id)) sheets.push(sheet);
  }
  if (!sheets.length) return raw.sheets.length ? undefined : { activeId: '', sheets };
  const activeId = sheets.some((sheet) => sheet.id === raw.activeId) ? (raw.activeId as string) : sheets[0]!.id;
  return { activeId, sheets };
}

/** The saved worksheets in `storage` (the page's localStorage unless a test passes its own). */
export function worksheetStore(storage: StorageLike | undefined = browserStorage()): Store<Saved> {
  return createStore(storageKey, parseSaved, storage);
}

/** A short id, unique enough for one reader's list: the time and a few random characters. */
export function createId(now: Date, random: () => number): string {
  return `${now.getTime().toString(36)}-${Math.floor(random() * 36 ** 5)
    .toString(36)
    .padStart(5, '0')}`;
}

export function active(saved: Saved): Worksheet | undefined {
  return saved.sheets.find((sheet) => sheet.id === saved.activeId);
}

/** The list as shown: the most recently changed first. */
export function byChange(saved: Saved): Worksheet[] {
  return [...saved.sheets].sort((a, b) => b.changed.localeCompare(a.changed));
}

/** Starts a new worksheet and opens it. */
export function addSheet(saved: Saved, id: string, now: Date): Saved {
  return { activeId: id, sheets: [emptyWorksheet(id, now), ...saved.sheets] };
}

/** A change to a worksheet: anything but who it is and when it began. */
export type Patch = Partial<Omit<Worksheet, 'id' | 'created'>>;

/** Changes the open worksheet and stamps it. */
export function updateActive(saved: Saved, patch: Patch, now: Date): Saved {
  return {
    ...saved,
    sheets: saved.sheets.map((sheet) =>
      sheet.id === saved.activeId ? { ...sheet, ...patch, changed: now.toISOString() } : sheet,
    ),
  };
}

/** Keeps the reader's own message for `asker`, or forgets it (back to the suggestion) with undefined. */
export function withMessage(sheet: Worksheet, asker: Asker, text: string | undefined): Worksheet['message'] {
  const message = { ...sheet.message };
  if (text === undefined) delete message[asker];
  else message[asker] = text;
  return message;
}

export function openSheet(saved: Saved, id: string): Saved {
  return saved.sheets.some((sheet) => sheet.id === id) ? { ...saved, activeId: id } : saved;
}

/** A copy of a worksheet under a new id, placed first; the open worksheet stays open. */
export function duplicateSheet(saved: Saved, id: string, newId: string, now: Date): Saved {
  const original = saved.sheets.find((sheet) => sheet.id === id);
  if (!original) return saved;
  const stamp = now.toISOString();
  const copy: Worksheet = { ...original, id: newId, created: stamp, changed: stamp, message: { ...original.message } };
  return { ...saved, sheets: [copy, ...saved.sheets] };
}

/** What deleting took away, so it can be put back. */
export interface Removed {
  sheet: Worksheet;
  index: number;
  wasActive: boolean;
}

/**
 * Deletes a worksheet. When it was the open one, the most recently changed other one opens, or a
 * new empty one when none is left (the page always has a worksheet to type into).
 */
export function removeSheet(saved: Saved, id: string, newId: string, now: Date): { saved: Saved; removed?: Removed } {
  const index = saved.sheets.findIndex((sheet) => sheet.id === id);
  if (index < 0) return { saved };
  const sheets = saved.sheets.filter((sheet) => sheet.id !== id);
  const wasActive = saved.activeId === id;
  let next: Saved = { activeId: saved.activeId, sheets };
  if (wasActive) {
    const latest = byChange(next)[0];
    next = latest ? { activeId: latest.id, sheets } : addSheet({ activeId: '', sheets }, newId, now);
  }
  return { saved: next, removed: { sheet: saved.sheets[index]!, index, wasActive } };
}

/**
 * Puts a deleted worksheet back where it was, and opens it again if it was open. The empty
 * worksheet that took its place, when it is still empty, goes: it holds nothing to keep.
 */
export function restoreSheet(saved: Saved, removed: Removed): Saved {
  if (saved.sheets.some((sheet) => sheet.id === removed.sheet.id)) return saved;
  const standIn = removed.wasActive ? active(saved) : undefined;
  const sheets = saved.sheets.filter((sheet) => !(standIn && sheet === standIn && isBlank(sheet)));
  sheets.splice(Math.min(removed.index, sheets.length), 0, removed.sheet);
  return { activeId: removed.wasActive ? removed.sheet.id : saved.activeId, sheets };
}

/**
 * The list after another tab saved `remote`: every worksheet either side has, the more recently
 * changed version of each, and this tab's open worksheet still open. Nothing typed in either tab is
 * dropped (a worksheet deleted in the other tab but still here comes back with the next save).
 */
export function mergeSaved(local: Saved, remote: Saved): Saved {
  const sheets = [...local.sheets];
  for (const theirs of remote.sheets) {
    const index = sheets.findIndex((sheet) => sheet.id === theirs.id);
    if (index < 0) sheets.push(theirs);
    else if (theirs.changed > sheets[index]!.changed) sheets[index] = theirs;
  }
  return { activeId: local.activeId, sheets };
}

/** Whether a worksheet holds nothing the reader typed or chose. */
export function isBlank(sheet: Worksheet): boolean {
  return (
    textFields.every((field) => !sheet[field].trim()) &&
    !sheet.askedBy &&
    !sheet.goalKind &&
    !Object.keys(sheet.message).length
  );
}
