/**
 * The worksheets for a component: the store of store.ts, read through `useSyncExternalStore`, so
 * the component renders whatever is saved (in this tab or another) without effects of its own.
 * The server (and the first render in the browser) has nothing saved to show: the state is then
 * `undefined`, and the worksheet renders its empty shell.
 */
import { useState, useSyncExternalStore } from 'react';
import { createWorksheetStore, type WorksheetState, type WorksheetStore, type WorksheetStoreOptions } from './store.ts';

const nothingYet = () => undefined;

export function useWorksheetStore(options: WorksheetStoreOptions = {}): {
  state: WorksheetState | undefined;
  store: WorksheetStore;
} {
  // Made once per component: the options of later renders do not replace the store.
  const [store] = useState(() => createWorksheetStore(options));
  const state = useSyncExternalStore(store.subscribe, store.getSnapshot, nothingYet);
  return { state, store };
}
