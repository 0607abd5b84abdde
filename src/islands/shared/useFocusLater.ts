/**
 * Moving focus to an element that the next render brings (a step's heading, a field on another
 * step): `focusLater(id)` asks, and focus moves once an element with that id is on the page.
 */
import { useCallback, useEffect, useReducer, useRef } from 'react';
import { focusField } from './focus.ts';

export function useFocusLater(): (id: string, asField?: boolean) => void {
  const wanted = useRef<{ id: string; asField: boolean } | null>(null);
  const [, rendered] = useReducer((n: number) => n + 1, 0);
  // After every render: the element may come with any of them.
  useEffect(() => {
    const target = wanted.current;
    if (!target) return;
    const element = document.getElementById(target.id);
    if (!element) return;
    wanted.current = null;
    if (target.asField) focusField(target.id);
    else element.focus();
  });
  return useCallback((id: string, asField = false) => {
    wanted.current = { id, asField };
    rendered();
  }, []);
}
