/**
 * The one error summary of every form (GOV.UK Frontend's: see ErrorSummaryBody.tsx). A form shows
 * it only once it has been sent with errors, so its code loads then, or on the way to sending
 * (`loadErrorSummary`): each field's own error shows at once, and the summary, which takes focus,
 * follows as soon as it has come. Should it not come (the reader has gone offline), the page says
 * so in its place and the field errors stand.
 */
import { lazy } from 'react';
import { Later } from './Later.tsx';

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
  /**
   * Called when a link's field is not on the page (another step of a form): it brings the field,
   * and the summary focuses it once it is there.
   */
  onSelect?: (target: string) => void;
}

// `loadFailed`: what the summary's place says when its code cannot be loaded.

/** Loads the summary's code: called on the way to sending a form, so that it is there if needed. */
export const loadErrorSummary = () => import('./ErrorSummaryBody.tsx');

const Body = lazy(loadErrorSummary);

export function ErrorSummary({ loadFailed, ...summary }: ErrorSummaryProps & { loadFailed: string }) {
  if (!summary.errors.length) return null;
  return (
    <Later failed={loadFailed}>
      <Body {...summary} />
    </Later>
  );
}
