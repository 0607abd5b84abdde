/**
 * A store read through `useSyncExternalStore` by an island whose HTML the server rendered with
 * nothing saved (the server cannot read the browser's storage): `undefined` until the island has
 * hydrated, then the store's state.
 *
 * Why not `useSyncExternalStore(subscribe, getSnapshot, () => undefined)` alone: once hydrated,
 * React sees that the browser's snapshot differs from the server's and renders again at once,
 * synchronously, because a store's update cannot be interrupted. For a builder that render is the
 * whole form, one long task on a slow phone (Lighthouse counted 120-440 ms of blocking time on a
 * builder's page; 30 with this hook). Here the switch to the real snapshot happens in a
 * transition, which React renders in slices between frames; after that, changes render as usual.
 * The builders reserve the form's height while their fallback shows, so the frames in between
 * move nothing. (The worksheet does not use it: its shell and its form differ in height, and the
 * frame between them would move the footer.)
 */
import { startTransition, useEffect, useState, useSyncExternalStore } from 'react';

const nothingYet = () => undefined;

export function useHydratedStore<T>(
  subscribe: (listener: () => void) => () => void,
  getSnapshot: () => T,
): T | undefined {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => startTransition(() => setHydrated(true)), []);
  return useSyncExternalStore(subscribe, hydrated ? getSnapshot : nothingYet, nothingYet);
}
