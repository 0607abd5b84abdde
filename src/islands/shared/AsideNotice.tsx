/**
 * The notice for saved data that could not be read and was set aside (src/lib/storage.ts): it says
 * so, and offers to download it as a file or to discard it, with undo. Nothing else removes it.
 */
import { useState } from 'react';
import { downloadFile } from '../../lib/browser.ts';
import { asideFile, type Aside } from '../../lib/storage.ts';
import { Undone, type Done } from './Undo.tsx';
import './shared.css';

export interface AsideStrings {
  found: string;
  download: string;
  discard: string;
  discarded: string;
  undo: string;
  /** The downloaded file's name, without extension. */
  file: string;
}

interface Props {
  aside: readonly Aside[];
  strings: AsideStrings;
  discard(key: string): Aside | undefined;
  restore(aside: Aside): void;
}

export function AsideNotice({ aside, strings, discard, restore }: Props) {
  const [done, setDone] = useState<Done | null>(null);
  const throwAway = () => {
    const gone = aside.map((entry) => discard(entry.key)).filter((entry): entry is Aside => entry !== undefined);
    setDone({
      text: strings.discarded,
      undo: () => {
        gone.forEach(restore);
        setDone(null);
      },
    });
  };
  return (
    <>
      {aside.length > 0 && (
        <div className="notice aside-notice">
          <p>{strings.found}</p>
          <div className="aside-notice__buttons">
            <button
              type="button"
              className="button"
              onClick={() => downloadFile(`${strings.file}.json`, asideFile(aside), 'application/json')}
            >
              {strings.download}
            </button>
            <button type="button" className="button" onClick={throwAway}>
              {strings.discard}
            </button>
          </div>
        </div>
      )}
      {done && <Undone done={done} undoLabel={strings.undo} />}
    </>
  );
}
