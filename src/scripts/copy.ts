/**
 * Copy buttons of example messages: copy the text as shown (without the soft hyphens the build
 * put into long words), say so in a polite status.
 */
// The soft hyphen (U+00AD) is dropped here rather than with lib/text.ts, so that a lesson does not
// fetch the chunk that module shares with the islands.
const withoutSoftHyphens = (text: string) => text.replaceAll('\u00AD', '');

export function initCopyButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
    const example = button.closest('[data-example]');
    const text = example?.querySelector<HTMLElement>('[data-example-text]');
    const status = example?.querySelector<HTMLElement>('[data-copy-status]');
    if (!text || !status || !navigator.clipboard) continue;
    button.hidden = false;
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(withoutSoftHyphens(text.innerText).trim());
        status.textContent = button.dataset.copied ?? '';
      } catch {
        status.textContent = button.dataset.failed ?? '';
      }
      setTimeout(() => (status.textContent = ''), 4000);
    });
  }
}
