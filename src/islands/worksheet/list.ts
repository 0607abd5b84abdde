/**
 * What the list of worksheets does (WorksheetList.tsx, which loads with the list when it is first
 * opened): open one, start one, duplicate one, delete one or all of them. Each works on the store
 * from the inside (store.ts); deleting gives back what it took, for the store's `restore` (undo).
 */
import { dataOf } from './record.ts';
import type { Removed, WorksheetStore } from './store.ts';
import { emptyWorksheet } from './worksheet.ts';

export function openSheet({ inside }: WorksheetStore, id: string): void {
  const sheet = inside.current().sheets.find((item) => item.id === id);
  if (!sheet) return;
  inside.setTab({ open: id, step: sheet.step });
  inside.emit();
}

/** Starts a new worksheet (written once it holds something) and opens it. */
export function addSheet({ inside }: WorksheetStore): void {
  inside.current();
  const blank = (inside.blank = emptyWorksheet(inside.newId(), new Date(inside.now())));
  inside.setTab({ open: blank.id, step: 0 });
  inside.emit();
}

export function duplicateSheet({ inside }: WorksheetStore, id: string): void {
  const original = inside.current().sheets.find((sheet) => sheet.id === id);
  if (!original) return;
  const created = new Date(inside.now()).toISOString();
  inside.collection.update(inside.newId(), () => ({ ...dataOf(original), created, message: { ...original.message } }));
}

export function removeSheet({ inside }: WorksheetStore, id: string): Removed | undefined {
  const state = inside.current();
  const sheet = state.sheets.find((item) => item.id === id);
  if (!sheet) return undefined;
  if (sheet === inside.blank) inside.blank = null;
  else inside.collection.remove(id);
  const wasOpen = state.active.id === id;
  if (wasOpen) inside.setTab(null);
  inside.emit();
  return { sheets: [sheet], ...(wasOpen ? { open: id } : {}) };
}

export function removeAllSheets({ inside }: WorksheetStore): Removed {
  const state = inside.current();
  const unsaved = inside.blank;
  const sheets = state.sheets.filter((sheet) => sheet !== unsaved);
  for (const sheet of sheets) inside.collection.remove(sheet.id);
  inside.blank = null;
  inside.setTab(null);
  inside.emit();
  return { sheets, open: state.active.id };
}
