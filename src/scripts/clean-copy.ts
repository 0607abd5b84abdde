/**
 * Text copied by hand from a page leaves without soft hyphens. The build puts them into long
 * words (src/lib/hyphenate.ts) and Chromium copies them along, so a pasted "Kontaktanfrage"
 * would hold four invisible hyphens. This rewrites the clipboard only when the selection has one.
 */
// Not imported from lib/soft-hyphens.ts, so that every page's script does not fetch the chunk it shares
// with the islands for two lines.
const SOFT_HYPHEN = '\u00AD';
const withoutSoftHyphens = (text: string) => text.replaceAll(SOFT_HYPHEN, '');

export function cleanCopiedText(): void {
  document.addEventListener('copy', (event) => {
    const selection = document.getSelection();
    const text = selection?.toString() ?? '';
    if (!selection || !event.clipboardData || !text.includes(SOFT_HYPHEN)) return;
    const holder = document.createElement('div');
    for (let i = 0; i < selection.rangeCount; i++) holder.append(selection.getRangeAt(i).cloneContents());
    event.clipboardData.setData('text/plain', withoutSoftHyphens(text));
    event.clipboardData.setData('text/html', withoutSoftHyphens(holder.innerHTML));
    event.preventDefault();
  });
}
