/**
 * The notice itself (AsideNotice.tsx loads it only when there is something set aside): it says
 * so, and offers to download what was set aside as a file (asideFile.ts, loaded when asked for)
 * or to discard it, with undo.
 */
import { useState } from 'react';
import type { Aside } from '../../lib/storage.ts';
import type { AsideNoticeProps } from './AsideNotice.tsx';
import { Undone, type Done } from './Undo.tsx';

export default function AsideNoticeBody({ aside, strings, discard, restore }: AsideNoticeProps) {
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
              onClick={() =>
                import('./asideFile.ts').then(
                  (file) => file.downloadAside(aside, strings.file),
                  () => setDone({ text: strings.loadFailed }),
                )
              }
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
