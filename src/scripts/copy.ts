/**
 * Copy buttons of example messages: copy the text as shown, through the site's one clipboard path
 * (src/lib/clipboard.ts, which the islands use too: it drops the soft hyphens the build put into
 * long words), and say how it went in a polite status.
 */
// `?page` makes the bundler take its own copy of clipboard.ts into this script, instead of one chunk
// shared with the islands: a shared chunk would be fetched as a file of its own, and this script
// with it, before any interaction on every lesson (+0.3 KB). The source is the same module.
import { copyFeedback } from '../lib/clipboard.ts?page';

export function initCopyButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
    const example = button.closest('[data-example]');
    const text = example?.querySelector<HTMLElement>('[data-example-text]');
    const status = example?.querySelector<HTMLElement>('[data-copy-status]');
    if (!text || !status || !navigator.clipboard) continue;
    button.hidden = false;
    button.addEventListener('click', async () => {
      // The button carries both messages: data-copied and data-failed (Example.astro).
      status.textContent = await copyFeedback(
        text.innerText.trim(),
        button.dataset as { copied: string; failed: string },
      );
      setTimeout(() => (status.textContent = ''), 4000);
    });
  }
}
