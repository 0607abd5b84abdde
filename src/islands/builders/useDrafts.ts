/** A builder's drafts for its island: the store of drafts.ts, read through `useSyncExternalStore`. */
import { useState, useSyncExternalStore } from 'react';
import { createDraftStore, type DraftsState, type DraftStore, type DraftStoreOptions } from './draftStore.ts';

const nothingYet = () => undefined;

export function useDrafts(options: DraftStoreOptions): { state: DraftsState | undefined; store: DraftStore } {
  // Made once per island: the options of later renders do not replace the store.
  const [store] = useState(() => createDraftStore(options));
  const state = useSyncExternalStore(store.subscribe, store.getSnapshot, nothingYet);
  return { state, store };
}
