/**
 * The error summary itself (ErrorSummary.tsx loads it when a form is first sent with errors),
 * done as GOV.UK Frontend does it: the box takes focus when the form is sent with errors; the
 * alert role sits on a child, so that focus and announcement do not race; each link scrolls the
 * field's label (or its group's legend) into view, then focuses the field, so the reader sees the
 * question and not only the box.
 */
import { useEffect, useRef } from 'react';
import type { ErrorSummaryProps } from './ErrorSummary.tsx';
import { focusField } from './focus.ts';

export default function ErrorSummaryBody({ title, errors, sent, level = 2, onSelect }: ErrorSummaryProps) {
  const box = useRef<HTMLDivElement>(null);
  /** A field that was not on the page when its link was followed: focused once a render brings it. */
  const wanted = useRef<string | null>(null);
  // Also when it first appears: it appears because the form was sent with errors.
  useEffect(() => {
    if (sent) box.current?.focus();
  }, [sent]);
  useEffect(() => {
    if (wanted.current && focusField(wanted.current)) wanted.current = null;
  });
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
                  if (focusField(error.target) || !onSelect) return;
                  wanted.current = error.target;
                  onSelect(error.target);
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
