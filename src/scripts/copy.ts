/**
 * Copy buttons of example messages: copy the text as shown (without the soft hyphens the build
 * put into long words: `copyText` drops them), say so in a polite status. The same clipboard path
 * and wording rule as the islands (`copyFeedback` in src/lib/browser.ts).
 */
import { copyFeedback } from '../lib/browser.ts';

export function initCopyButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
    const example = button.closest('[data-example]');
    const text = example?.querySelector<HTMLElement>('[data-example-text]');
    const status = example?.querySelector<HTMLElement>('[data-copy-status]');
    if (!text || !status || !navigator.clipboard) continue;
    button.hidden = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    button.addEventListener('click', async () => {
      const said = { copied: button.dataset.copied ?? '', failed: button.dataset.failed ?? '' };
      status.textContent = await copyFeedback(text.innerText.trim(), said);
      clearTimeout(timer);
      timer = setTimeout(() => (status.textContent = ''), 4000);
    });
  }
}
