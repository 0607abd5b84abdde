/**
 * The worksheets for a component: the store of store.ts, read through `useSyncExternalStore` once
 * the island has hydrated (../shared/useHydratedStore.ts), so the component renders whatever is
 * saved (in this tab or another) without effects of its own. The server (and the first render in
 * the browser) has nothing saved to show: the state is then `undefined`, and the worksheet renders
 * its empty shell.
 */
import { useState } from 'react';
import { useHydratedStore } from '../shared/useHydratedStore.ts';
import { createWorksheetStore, type WorksheetState, type WorksheetStore, type WorksheetStoreOptions } from './store.ts';

export function useWorksheetStore(options: WorksheetStoreOptions = {}): {
  state: WorksheetState | undefined;
  store: WorksheetStore;
} {
  // Made once per component: the options of later renders do not replace the store.
  const [store] = useState(() => createWorksheetStore(options));
  const state = useHydratedStore(store.subscribe, store.getSnapshot);
  return { state, store };
}
