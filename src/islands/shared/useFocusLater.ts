/**
 * Moving focus to an element that the next render brings (a step's heading, a list's button):
 * `focusLater(id)` asks, and focus moves once an element with that id is on the page. (A field on
 * another step, from the error summary, is the summary's own business: ErrorSummaryBody.tsx.)
 */
import { useCallback, useEffect, useReducer, useRef } from 'react';

export function useFocusLater(): (id: string) => void {
  const wanted = useRef<string | null>(null);
  const [, rendered] = useReducer((n: number) => n + 1, 0);
  // After every render: the element may come with any of them.
  useEffect(() => {
    const element = wanted.current && document.getElementById(wanted.current);
    if (!element) return;
    wanted.current = null;
    element.focus();
  });
  return useCallback((id: string) => {
    wanted.current = id;
    rendered();
  }, []);
}
