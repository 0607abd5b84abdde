/**
 * The one way an island says something in a status region (role="status"): what was done, what
 * was copied. Saying the same words twice is announced twice: the region is emptied first, then
 * filled a moment later. With `clearAfter`, the words go again after that many milliseconds.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

export function useStatus(clearAfter?: number): [string, (message: string) => void] {
  const [message, setMessage] = useState('');
  const timers = useRef<Array<ReturnType<typeof setTimeout>>>([]);
  useEffect(() => () => timers.current.forEach(clearTimeout), []);
  const say = useCallback(
    (next: string) => {
      timers.current.forEach(clearTimeout);
      setMessage('');
      timers.current = [setTimeout(() => setMessage(next), 50)];
      if (clearAfter) timers.current.push(setTimeout(() => setMessage(''), clearAfter));
    },
    [clearAfter],
  );
  return [message, say];
}
