/**
 * Registers the locale's service worker once the page is idle (src/lib/offline.ts says what it
 * keeps), says in the footer when the locale is ready offline, and offers a reload when a new
 * deploy has installed a new worker. Every page loads this, so it stays well under a kilobyte
 * gzip; the strings and URLs come from data attributes (OfflineStatus.astro), not a dictionary.
 */
export function initOffline(): void {
  const sw = navigator.serviceWorker;
  const note = document.querySelector<HTMLElement>('[data-offline]');
  if (!sw || !note) return;
  const { worker = '', scope = '', ready = '' } = note.dataset;
  const show = () => {
    if (note.textContent !== ready) note.textContent = ready;
  };
  // A page the worker already controls is ready offline: say so at once (before the reader could
  // hear it, so it is not announced on every page); a first visit hears it once, when it happens.
  if (sw.controller) show();

  let reloading = false;
  sw.addEventListener('controllerchange', () => {
    if (reloading) location.reload();
  });
  /** A new deploy's worker is installed and waiting: offer to switch to it. */
  const offer = (waiting: ServiceWorker) => {
    const box = document.querySelector<HTMLElement>('[data-offline-update]');
    if (!box || box.firstChild) return;
    const text = document.createElement('p');
    text.textContent = box.dataset.text ?? '';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button';
    button.textContent = box.dataset.reload ?? '';
    button.addEventListener('click', () => {
      reloading = true;
      // generateSW's worker answers this message with skipWaiting(); controllerchange reloads.
      waiting.postMessage({ type: 'SKIP_WAITING' });
    });
    box.append(text, button);
  };

  const register = () =>
    sw
      .register(worker, { scope })
      .then((registration) => {
        if (registration.waiting && sw.controller) offer(registration.waiting);
        registration.addEventListener('updatefound', () => {
          const installing = registration.installing;
          installing?.addEventListener('statechange', () => {
            if (installing.state === 'installed' && sw.controller) offer(installing);
          });
        });
        // Resolves once a worker is active, i.e. has precached every file of the locale.
        return sw.ready;
      })
      // Blocked (private modes, test browsers) or failed: the site simply stays online-only.
      .then(show, () => {});

  const whenIdle = () => {
    if ('requestIdleCallback' in window) requestIdleCallback(register, { timeout: 10_000 });
    else setTimeout(register, 1000);
  };
  if (document.readyState === 'complete') whenIdle();
  else addEventListener('load', whenIdle, { once: true });
}
