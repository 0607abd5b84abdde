/**
 * A delete-everything button that asks first (the other half of the deletion control, with
 * `Undone` in Undo.tsx): the question takes focus, "no" returns focus to the button, "yes" deletes
 * (and the caller shows `Undone`, whose Undo button then takes focus).
 */
import { useEffect, useId, useRef, useState } from 'react';

interface ConfirmProps {
  /** The button that starts it, e.g. "Delete all worksheets". */
  label: string;
  /**
   * The question, e.g. "Delete all 3 worksheets saved in this browser?": worded only once asked,
   * since writing its number may be a page's first use of Intl.NumberFormat, whose locale data
   * costs a slow phone a long task (see DraftsPanel.tsx).
   */
  question: () => string;
  yes: string;
  no: string;
  onConfirm: () => void;
  disabled?: boolean;
}

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
        {question()}
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
