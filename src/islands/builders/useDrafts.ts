/**
 * A builder's drafts for its island: the store of drafts.ts, read through `useSyncExternalStore`.
 * The server cannot read the browser's storage, so its form (and the island's hydration) shows
 * none: `undefined`. Right after hydrating, React reads the store and renders the drafts, in one
 * go; the island hydrates on the reader's first use or, when there are drafts, with the form held
 * hidden (src/scripts/use-props.ts), so that render moves nothing and blocks nothing as the page
 * loads.
 */
import { useState, useSyncExternalStore } from 'react';
import { createDraftStore, type DraftsState, type DraftStore, type DraftStoreOptions } from './draftStore.ts';

const nothingYet = () => undefined;

export function useDrafts(options: DraftStoreOptions): { state: DraftsState | undefined; store: DraftStore } {
  // Made once per island: the options of later renders do not replace the store.
  const [store] = useState(() => createDraftStore(options));
  const state = useSyncExternalStore(store.subscribe, store.getSnapshot, nothingYet);
  return { state, store };
}
