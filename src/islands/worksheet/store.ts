/**
 * The reader's worksheets as a page uses them: the records of record.ts (whose comment documents
 * the stored shape) kept in step with storage and other tabs by src/lib/collection.ts, the open
 * worksheet and its step (the tab's own, in sessionStorage), and the changes the page makes:
 * change, go to a step, undo a deletion. What only the list of worksheets does (start, open,
 * duplicate, delete one or all) is in list.ts, which loads with the list.
 */
import { createCollection, type Collection, type StoreAdapters } from '../../lib/collection.ts';
import {
  isRecord,
  readText,
  tabStorage,
  write,
  type Aside,
  type Problem,
  type StorageLike,
} from '../../lib/storage.ts';
import { dataOf, sheetOf, worksheetKind, type WorksheetData } from './record.ts';
import { emptyWorksheet, resultStep, textFields, type Worksheet } from './worksheet.ts';

const tabKey = 'connector:tab:worksheet';

/** A short id, unique enough for one reader's list: the time and a few random characters. */
export function createId(now: Date, random: () => number): string {
  return `${now.getTime().toString(36)}-${Math.floor(random() * 36 ** 5)
    .toString(36)
    .padStart(5, '0')}`;
}

/** The list as shown: the most recently changed first. */
export function byChange(sheets: readonly Worksheet[]): Worksheet[] {
  return [...sheets].sort((a, b) => b.changed.localeCompare(a.changed));
}

/** A change to a worksheet: anything but who it is and when it began. */
export type Patch = Partial<Omit<Worksheet, 'id' | 'created' | 'changed'>>;

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

export type WorksheetStoreOptions = StoreAdapters;

export interface WorksheetStore {
  subscribe(listener: () => void): () => void;
  /** Undefined while an older layout is being read (see collection.ts). */
  getSnapshot(): WorksheetState | undefined;
  ready(): Promise<void>;
  change(patch: Patch | ((current: Worksheet) => Patch)): void;
  goTo(step: number): void;
  restore(removed: Removed): void;
  discardAside(key: string): Aside | undefined;
  restoreAside(aside: Aside): void;
  /** Lets a worksheet deleted in another tab go. */
  forget(id: string): void;
  /** The store from the inside, for the list's actions (list.ts: open, new, duplicate, delete). */
  readonly inside: StoreInside;
}

/** What the list's actions change: list.ts loads with the list, which starts closed. */
export interface StoreInside {
  collection: Collection<WorksheetData>;
  current(): WorksheetState;
  newId(): string;
  now(): number;
  /** The open worksheet while it holds nothing yet, so is not saved. */
  blank: Worksheet | null;
  /** Which worksheet this tab has open, on which step; null: none, the latest opens. */
  setTab(tab: Tab | null): void;
  emit(): void;
}

export interface Tab {
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
  let cache: { from: unknown; tab: Tab | null; blank: Worksheet | null; state: WorksheetState } | null = null;
  const listeners = new Set<() => void>();

  const setTab = (next: Tab | null) => {
    tab = next;
    if (next) write(session, tabKey, JSON.stringify(next));
  };
  const emit = () => {
    for (const listener of [...listeners]) listener();
  };
  const inside: StoreInside = { collection, current: () => current(), newId, now, blank: null, setTab, emit };

  function getSnapshot(): WorksheetState | undefined {
    const from = collection.getSnapshot();
    if (!from.ready) return undefined;
    if (cache && cache.from === from && cache.tab === tab && cache.blank === inside.blank) return cache.state;
    const stored = byChange(from.items.map(sheetOf));
    let active = stored.find((sheet) => sheet.id === tab?.open);
    if (active) inside.blank = null;
    else if (inside.blank && inside.blank.id === tab?.open) active = inside.blank;
    else {
      // The open worksheet was deleted in another tab: a new one opens, never another worksheet,
      // so that what the reader types next cannot land in one they did not choose.
      const gone = from.deletedElsewhere.some((item) => item.id === tab?.open);
      active = gone ? undefined : stored[0];
      if (!active) active = inside.blank = emptyWorksheet(newId(), new Date(now()));
      setTab({ open: active.id, step: active.step });
    }
    const sheets = active === inside.blank ? [inside.blank, ...stored] : stored;
    const state: WorksheetState = {
      sheets,
      active,
      step: tab!.step,
      problem: from.problem,
      savedAt: from.savedAt,
      aside: from.aside,
      deletedElsewhere: from.deletedElsewhere.map(sheetOf),
    };
    cache = { from, tab, blank: inside.blank, state };
    return state;
  }

  /** The state, for the changes below: the page makes them only once it has one to show. */
  const current = () => getSnapshot()!;
  const active = () => current().active;

  function change(patch: Patch | ((current: Worksheet) => Patch)) {
    const sheet = active();
    const resolved = typeof patch === 'function' ? patch(sheet) : patch;
    collection.update(sheet.id, (current) => ({ ...(current ?? dataOf(sheet)), ...resolved }));
    if (inside.blank?.id === sheet.id) inside.blank = null;
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
    ready: () => collection.ready(),
    change,
    goTo(step) {
      const { active: sheet } = current();
      setTab({ open: sheet.id, step });
      if (sheet.step !== step) change({ step });
      else emit();
    },
    restore(removed) {
      collection.restore(
        removed.sheets.map((sheet) => ({ id: sheet.id, changed: sheet.changed, data: dataOf(sheet) })),
      );
      const state = current();
      const back = state.sheets.find((sheet) => sheet.id === removed.open);
      if (back) {
        // The empty worksheet that took its place holds nothing to keep.
        if (inside.blank && isBlank(inside.blank)) inside.blank = null;
        setTab({ open: back.id, step: back.step });
      }
      emit();
    },
    discardAside: (key) => collection.discardAside(key),
    restoreAside: (aside) => collection.restoreAside(aside),
    forget: (id) => collection.forget(id),
    inside,
  };
}
