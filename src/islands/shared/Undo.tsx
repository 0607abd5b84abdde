/**
 * The one control for deleting anything saved (a draft, a worksheet, set-aside data, everything):
 * `ConfirmClear` asks first when much would go at once, and `Undone` says what was deleted, with
 * an Undo button that takes focus, so the reader can take the deletion back at once.
 */
import { useEffect, useId, useRef, useState } from 'react';
import './shared.css';

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

interface ConfirmProps {
  /** The button that starts it, e.g. "Delete all worksheets". */
  label: string;
  /** The question, e.g. "Delete all 3 worksheets saved in this browser?" */
  question: string;
  yes: string;
  no: string;
  onConfirm: () => void;
  disabled?: boolean;
}

/**
 * A delete-everything button that asks first: the question takes focus, "no" returns focus to the
 * button, "yes" deletes (and the caller shows `Undone`, whose Undo button then takes focus).
 */
export function ConfirmClear({ label, question, yes, no, onConfirm, disabled }: ConfirmProps) {
  const [asking, setAsking] = useState(false);
  const id = useId();
  const asked = useRef<HTMLParagraphElement>(null);
  const start = useRef<HTMLButtonElement>(null);
  const moved = useRef(false);
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    (asking ? asked : start).current?.focus();
  }, [asking]);
  const ask = (next: boolean) => {
    moved.current = true;
    setAsking(next);
  };
  if (!asking)
    return (
      <button type="button" className="button" ref={start} disabled={disabled} onClick={() => ask(true)}>
        {label}
      </button>
    );
  return (
    <div className="confirm" role="group" aria-labelledby={id}>
      <p id={id} ref={asked} tabIndex={-1}>
        {question}
      </p>
      <div className="confirm__buttons">
        <button
          type="button"
          className="button button--danger"
          onClick={() => {
            setAsking(false);
            onConfirm();
          }}
        >
          {yes}
        </button>
        <button type="button" className="button" onClick={() => ask(false)}>
          {no}
        </button>
      </div>
    </div>
  );
}
