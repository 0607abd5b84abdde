/**
 * Saving a file from the islands, built in the page. It drops soft hyphens: interface strings are
 * hyphenated at build time, and nothing a reader takes away may carry one. (Copying text: the one
 * clipboard path, src/lib/clipboard.ts.)
 */
import { withoutSoftHyphens } from './soft-hyphens.ts';

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
