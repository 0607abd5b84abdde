/**
 * Copy feedback in an island: copies through `copyFeedback` (src/lib/clipboard.ts, the one
 * clipboard path of the site, which the lessons' src/scripts/copy.ts uses too) and says how it went
 * in a status region.
 */
import { copyFeedback } from '../../lib/clipboard.ts';
import { useStatus } from './useStatus.ts';

export function useCopy(
  strings: { copied: string; failed: string },
  clearAfter?: number,
): [string, (text: string) => Promise<void>] {
  const [status, say] = useStatus(clearAfter);
  const copy = async (text: string) => say(await copyFeedback(text, strings));
  return [status, copy];
}
