/**
 * The notice itself (AsideNotice.tsx loads it only when there is something set aside): it says
 * so, and offers to download what was set aside as a file or to discard it, with undo.
 */
import { useState } from 'react';
import { downloadFile } from '../../lib/browser.ts';
import type { Aside } from '../../lib/storage.ts';
import type { AsideNoticeProps } from './AsideNotice.tsx';
import { Undone, type Done } from './Undo.tsx';

/** The file offered for download: each entry's text exactly as it was found. */
export function asideFile(asides: readonly Aside[]): string {
  return JSON.stringify(
    {
      format: 'connector-set-aside',
      note: 'Saved data this browser could not read, exactly as it was found.',
      entries: asides.map(({ from, kind, found, reason, text }) => ({ key: from, kind, found, reason, text })),
    },
    null,
    2,
  );
}

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
