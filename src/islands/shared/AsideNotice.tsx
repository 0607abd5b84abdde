/**
 * The notice for saved data that could not be read and was set aside (src/lib/storage.ts): it says
 * so, and offers to download it as a file or to discard it, with undo. Nothing else removes it.
 * Most readers never have anything set aside, so the notice's code (AsideNoticeBody.tsx) loads
 * only when there is; once shown it stays, so that its Undo outlives a discard.
 */
import { lazy, useState } from 'react';
import type { Aside } from '../../lib/storage.ts';
import { Later } from './Later.tsx';

export interface AsideStrings {
  found: string;
  download: string;
  discard: string;
  discarded: string;
  undo: string;
  /** The downloaded file's name, without extension. */
  file: string;
  /** Said when a part of the page loaded on demand cannot be loaded (see Later.tsx). */
  loadFailed: string;
}

export interface AsideNoticeProps {
  aside: readonly Aside[];
  strings: AsideStrings;
  discard(key: string): Aside | undefined;
  restore(aside: Aside): void;
}

const Body = lazy(() => import('./AsideNoticeBody.tsx'));

export function AsideNotice(props: AsideNoticeProps) {
  const [shown, setShown] = useState(false);
  if (props.aside.length && !shown) setShown(true);
  if (!shown) return null;
  return (
    <Later failed={props.strings.loadFailed}>
      <Body {...props} />
    </Later>
  );
}
