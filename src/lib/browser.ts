/**
 * Small browser adapters the islands and scripts share: copying text and saving a file. Each
 * reports failure instead of throwing, so a component can show a translated message. Both drop soft
 * hyphens: interface strings are hyphenated at build time, and nothing a reader takes away may carry one.
 */
import { withoutSoftHyphens } from './soft-hyphens.ts';

/** Copies text to the clipboard; `false` when the browser refuses (no permission, insecure page). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(withoutSoftHyphens(text));
    return true;
  } catch {
    return false;
  }
}

/** Copies text and gives back what to tell the reader: the one copy-feedback path of the site. */
export async function copyFeedback(text: string, said: { copied: string; failed: string }): Promise<string> {
  return (await copyText(text)) ? said.copied : said.failed;
}

/** Offers `content` as a file download named `filename`, built in the page (no request is made). */
export function downloadFile(filename: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([withoutSoftHyphens(content)], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = withoutSoftHyphens(filename);
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
