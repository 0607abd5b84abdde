/**
 * The one error summary of every form, done as GOV.UK Frontend does it: the box takes focus when
 * the form is sent with errors; the alert role sits on a child, so that focus and announcement do
 * not race; each link scrolls the field's label (or its group's legend) into view, then focuses
 * the field, so the reader sees the question and not only the box.
 */
import { useEffect, useRef } from 'react';
import { focusField } from './focus.ts';
import './shared.css';

export interface SummaryError {
  /** The id of the element to focus: a field, or the first choice of a group. */
  target: string;
  message: string;
}

export interface ErrorSummaryProps {
  title: string;
  errors: readonly SummaryError[];
  /** Changes each time the form is sent: the summary takes focus then, not while the reader types. */
  sent: number;
  /** Heading level of the title. */
  level?: 2 | 3;
  /** Called instead of focusing when the field is not on the page yet (another step of a form). */
  onSelect?: (target: string) => void;
}

export function ErrorSummary({ title, errors, sent, level = 2, onSelect }: ErrorSummaryProps) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (sent) box.current?.focus();
  }, [sent]);
  if (!errors.length) return null;
  const Heading = `h${level}` as const;
  return (
    <div className="error-summary" ref={box} tabIndex={-1}>
      <div role="alert">
        <Heading className="error-summary__title">{title}</Heading>
        <ul>
          {errors.map((error) => (
            <li key={error.target}>
              <a
                href={`#${error.target}`}
                onClick={(event) => {
                  event.preventDefault();
                  if (!focusField(error.target)) onSelect?.(error.target);
                }}
              >
                {error.message}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
