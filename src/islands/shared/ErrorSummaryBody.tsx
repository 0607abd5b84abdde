/** The error summary itself (ErrorSummary.tsx loads it when a form first has errors). */
import { useEffect, useRef } from 'react';
import type { ErrorSummaryProps } from './ErrorSummary.tsx';
import { focusField } from './focus.ts';

export default function ErrorSummaryBody({ title, errors, sent, level = 2, onSelect }: ErrorSummaryProps) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (sent) box.current?.focus();
  }, [sent]);
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
