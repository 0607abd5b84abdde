/**
 * The one control for deleting anything saved (a draft, a worksheet, set-aside data, everything):
 * `ConfirmClear` (ConfirmClear.tsx) asks first when much would go at once, and `Undone` says what
 * was deleted, with an Undo button that takes focus, so the reader can take the deletion back at once.
 */
import { useEffect, useRef } from 'react';

/** What was just done, and how to take it back (absent when there is nothing to take back). */
export interface Done {
  text: string;
  undo?: () => void;
}

interface UndoneProps {
  done: Done | null;
  undoLabel: string;
  className?: string;
  /** Whether Undo takes focus: yes after the reader's own deletion, not after another tab's. */
  focus?: boolean;
}

/** The status of the last deletion, with its Undo button, which takes focus when it appears. */
export function Undone({ done, undoLabel, className = '', focus = true }: UndoneProps) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (done?.undo && focus) button.current?.focus();
  }, [done, focus]);
  return (
    <div className={`undo ${className}`.trim()}>
      <p role="status">{done?.text}</p>
      {done?.undo && (
        <button type="button" className="button" ref={button} onClick={done.undo}>
          {undoLabel}
        </button>
      )}
    </div>
  );
}
