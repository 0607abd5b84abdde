/**
 * The reader's worksheets: one record each (the format is in src/lib/storage.ts), kind
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
 * `{ "activeId": "...", "sheets": [ ... ] }`; `legacy` moves them into records, each one kept:
 * an id that is a number becomes text, a repeated id gets a new one, a part that cannot be read is
 * set aside.
 */
import { createCollection, covers, type Collection, type Item, type Kind } from '../../lib/collection.ts';
import {
  isRecord,
  isoTime,
  readText,
  tabStorage,
  write,
  type Aside,
  type Problem,
  type StorageLike,
} from '../../lib/storage.ts';
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

export const legacyKey = 'connector:worksheet';
const tabKey = 'connector:tab:worksheet';

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

/** A short id, unique enough for one reader's list: the time and a few random characters. */
export function createId(now: Date, random: () => number): string {
  return `${now.getTime().toString(36)}-${Math.floor(random() * 36 ** 5)
    .toString(36)
    .padStart(5, '0')}`;
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
    migrate(_key, raw, now) {
      if (!isRecord(raw) || !Array.isArray(raw.sheets)) return undefined;
      const records: Array<Item<WorksheetData>> = [];
      const aside: Array<{ text: string; reason: 'damaged' | 'partial' }> = [];
      let extra = 0;
      for (const item of raw.sheets) {
        const given = isRecord(item) ? item.id : undefined;
        const known = (typeof given === 'string' && given) || (typeof given === 'number' && Number.isFinite(given));
        if (!isRecord(item) || !known) {
          aside.push({ text: JSON.stringify(item), reason: 'damaged' });
          continue;
        }
        let id = String(given);
        while (records.some((record) => record.id === id)) id = `${String(given)}-${++extra}`;
        const sheet = parseSheet({ ...item, id })!;
        const changed = isoTime(item.changed) ?? new Date(now).toISOString();
        const { id: _id, ...rest } = item;
        if (!covers(rest, { ...dataOf(sheet), changed })) aside.push({ text: JSON.stringify(item), reason: 'partial' });
        records.push({ id, changed, data: dataOf(sheet) });
      }
      return { records, aside };
    },
  },
};

/** The list as shown: the most recently changed first. */
export function byChange(sheets: readonly Worksheet[]): Worksheet[] {
  return [...sheets].sort((a, b) => b.changed.localeCompare(a.changed));
}

/** A change to a worksheet: anything but who it is and when it began. */
export type Patch = Partial<Omit<Worksheet, 'id' | 'created' | 'changed'>>;

/** Keeps the reader's own message for `asker`, or forgets it (back to the suggestion) with undefined. */
export function withMessage(sheet: Worksheet, asker: Asker, text: string | undefined): Worksheet['message'] {
  const message = { ...sheet.message };
  if (text === undefined) delete message[asker];
  else message[asker] = text;
  return message;
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

// ---- The store a page uses ----------------------------------------------------------------------

export interface WorksheetState {
  /** Every worksheet, the most recently changed first; the open one among them. */
  sheets: Worksheet[];
  active: Worksheet;
  /** The step this tab shows of the open worksheet. */
  step: number;
  problem: Problem | null;
  savedAt: number | null;
  aside: readonly Aside[];
  /** Worksheets another tab deleted while this one showed them: undo brings them back. */
  deletedElsewhere: Worksheet[];
}

/** What deleting took away, so it can be put back. */
export interface Removed {
  sheets: Worksheet[];
  /** The worksheet that was open, when it was among them. */
  open?: string;
}

export interface WorksheetStoreOptions {
  storage?: StorageLike | undefined;
  /** The tab's own storage (which worksheet is open); the page's sessionStorage unless given. */
  session?: StorageLike | undefined;
  now?: () => number;
  random?: () => number;
  events?: (listener: (key: string | null) => void) => () => void;
}

export interface WorksheetStore {
  subscribe(listener: () => void): () => void;
  getSnapshot(): WorksheetState;
  open(id: string): void;
  /** Starts a new worksheet (written once it holds something) and opens it. */
  add(): void;
  duplicate(id: string): void;
  change(patch: Patch | ((current: Worksheet) => Patch)): void;
  goTo(step: number): void;
  remove(id: string): Removed | undefined;
  removeAll(): Removed;
  restore(removed: Removed): void;
  discardAside(key: string): Aside | undefined;
  restoreAside(aside: Aside): void;
  /** Lets a worksheet deleted in another tab go. */
  forget(id: string): void;
}

interface Tab {
  open: string;
  step: number;
}

function readTab(session: StorageLike | undefined): Tab | null {
  try {
    const raw: unknown = JSON.parse(readText(session, tabKey) ?? 'null');
    if (isRecord(raw) && typeof raw.open === 'string' && Number.isInteger(raw.step))
      return { open: raw.open, step: Math.min(Math.max(raw.step as number, 0), resultStep) };
  } catch {
    // Not ours to keep: the tab opens the latest worksheet instead.
  }
  return null;
}

export function createWorksheetStore(options: WorksheetStoreOptions = {}): WorksheetStore {
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const session = 'session' in options ? options.session : tabStorage();
  const collection: Collection<WorksheetData> = createCollection(worksheetKind, options);
  const newId = () => {
    let id = createId(new Date(now()), random);
    while (collection.get(id)) id = createId(new Date(now()), random);
    return id;
  };
  let tab = readTab(session);
  /** The open worksheet while it holds nothing yet, so is not saved. */
  let blank: Worksheet | null = null;
  let cache: { from: unknown; tab: Tab | null; blank: Worksheet | null; state: WorksheetState } | null = null;
  const listeners = new Set<() => void>();

  const setTab = (next: Tab | null) => {
    tab = next;
    if (next) write(session, tabKey, JSON.stringify(next));
  };
  const emit = () => {
    for (const listener of [...listeners]) listener();
  };

  function getSnapshot(): WorksheetState {
    const from = collection.getSnapshot();
    if (cache && cache.from === from && cache.tab === tab && cache.blank === blank) return cache.state;
    const stored = byChange(from.items.map(sheetOf));
    let active = stored.find((sheet) => sheet.id === tab?.open);
    if (active) blank = null;
    else if (blank && blank.id === tab?.open) active = blank;
    else {
      active = stored[0];
      if (!active) active = blank = emptyWorksheet(newId(), new Date(now()));
      setTab({ open: active.id, step: active.step });
    }
    const sheets = active === blank ? [blank, ...stored] : stored;
    const state: WorksheetState = {
      sheets,
      active,
      step: tab!.step,
      problem: from.problem,
      savedAt: from.savedAt,
      aside: from.aside,
      deletedElsewhere: from.deletedElsewhere.map(sheetOf),
    };
    cache = { from, tab, blank, state };
    return state;
  }

  const active = () => getSnapshot().active;

  function change(patch: Patch | ((current: Worksheet) => Patch)) {
    const sheet = active();
    const resolved = typeof patch === 'function' ? patch(sheet) : patch;
    collection.update(sheet.id, (current) => ({ ...(current ?? dataOf(sheet)), ...resolved }));
    if (blank?.id === sheet.id) blank = null;
  }

  return {
    subscribe(listener) {
      listeners.add(listener);
      const detach = collection.subscribe(listener);
      return () => {
        listeners.delete(listener);
        detach();
      };
    },
    getSnapshot,
    open(id) {
      const sheet = getSnapshot().sheets.find((item) => item.id === id);
      if (!sheet) return;
      setTab({ open: id, step: sheet.step });
      emit();
    },
    add() {
      getSnapshot();
      blank = emptyWorksheet(newId(), new Date(now()));
      setTab({ open: blank.id, step: 0 });
      emit();
    },
    duplicate(id) {
      const original = getSnapshot().sheets.find((sheet) => sheet.id === id);
      if (!original) return;
      const created = new Date(now()).toISOString();
      collection.update(newId(), () => ({ ...dataOf(original), created, message: { ...original.message } }));
    },
    change,
    goTo(step) {
      const { active: sheet } = getSnapshot();
      setTab({ open: sheet.id, step });
      if (sheet.step !== step) change({ step });
      else emit();
    },
    remove(id) {
      const state = getSnapshot();
      const sheet = state.sheets.find((item) => item.id === id);
      if (!sheet) return undefined;
      if (sheet === blank) blank = null;
      else collection.remove(id);
      const wasOpen = state.active.id === id;
      if (wasOpen) tab = null;
      emit();
      return { sheets: [sheet], ...(wasOpen ? { open: id } : {}) };
    },
    removeAll() {
      const state = getSnapshot();
      const unsaved = blank;
      const sheets = state.sheets.filter((sheet) => sheet !== unsaved);
      for (const sheet of sheets) collection.remove(sheet.id);
      blank = null;
      tab = null;
      emit();
      return { sheets, open: state.active.id };
    },
    restore(removed) {
      collection.restore(
        removed.sheets.map((sheet) => ({ id: sheet.id, changed: sheet.changed, data: dataOf(sheet) })),
      );
      const state = getSnapshot();
      const back = state.sheets.find((sheet) => sheet.id === removed.open);
      if (back) {
        // The empty worksheet that took its place holds nothing to keep.
        if (blank && isBlank(blank)) blank = null;
        setTab({ open: back.id, step: back.step });
      }
      emit();
    },
    discardAside: (key) => collection.discardAside(key),
    restoreAside: (aside) => collection.restoreAside(aside),
    forget: (id) => collection.forget(id),
  };
}
