/**
 * A builder's drafts for its island: the store of drafts.ts, read through `useSyncExternalStore`
 * once the island has hydrated (../shared/useHydratedStore.ts).
 */
import { useState } from 'react';
import { useHydratedStore } from '../shared/useHydratedStore.ts';
import { createDraftStore, type DraftsState, type DraftStore, type DraftStoreOptions } from './draftStore.ts';

export function useDrafts(options: DraftStoreOptions): { state: DraftsState | undefined; store: DraftStore } {
  // Made once per island: the options of later renders do not replace the store.
  const [store] = useState(() => createDraftStore(options));
  const state = useHydratedStore(store.subscribe, store.getSnapshot);
  return { state, store };
}
