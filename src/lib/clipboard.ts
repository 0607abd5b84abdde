/**
 * The one clipboard path of the site: the islands' copy buttons (src/islands/shared/useCopy.ts)
 * and the lessons' example copy buttons (src/scripts/copy.ts, no React) both copy through
 * `copyFeedback`, which writes the text without soft hyphens and says what to tell the reader.
 *
 * It imports nothing, on purpose: the lessons' copy script takes its own copy of this module into
 * its inline script (see copy.ts), which must stay small (a lesson's JavaScript before interaction:
 * 4 KB), so it must not pull in a module the islands share (lib/text.ts, whose
 * `withoutSoftHyphens` does what the `replaceAll` below does).
 */

/**
 * Copies text to the clipboard, its soft hyphens (U+00AD) dropped, and gives back what to tell
 * the reader: `said.copied`, or `said.failed` when the browser refuses (no permission, an insecure
 * page, no clipboard at all).
 */
export async function copyFeedback(text: string, said: { copied: string; failed: string }): Promise<string> {
  try {
    await navigator.clipboard.writeText(text.replaceAll('\u00AD', ''));
    return said.copied;
  } catch {
    return said.failed;
  }
}
