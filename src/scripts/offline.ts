/**
 * Registers the locale's service worker once the page is idle (src/lib/offline.ts says what it
 * keeps), says in the footer when the locale is ready offline, and offers a reload when a new
 * deploy has installed a new worker. It links the locale's web app manifest at the same moment,
 * rather than the HTML: installing needs the worker anyway, and a manifest linked in the HTML was
 * fetched while the page was still rendering (in Lighthouse's runs, where that request cost a
 * first visit's largest paint about 150 ms on the simulated slow network). Every page runs this
 * before any input, so it stays small (about 0.4 KB gzip): strings, URLs and the notice's button
 * are in the HTML (OfflineStatus.astro).
 */
export function initOffline(): void {
  const sw = navigator.serviceWorker;
  const note = document.querySelector<HTMLElement>('[data-offline]');
  if (!sw || !note) return;
  // OfflineStatus.astro writes the notice with the note, so one means the other.
  const box = document.querySelector<HTMLElement>('[data-offline-update]')!;
  const { worker = '', ready = '', manifest = '' } = note.dataset;
  const show = () => {
    if (note.textContent !== ready) note.textContent = ready;
  };
  // A page the worker already controls is ready offline: said at once, before a screen reader
  // would announce it on every page; a first visit hears it once, when the locale is stored.
  if (sw.controller) show();

  /** A new deploy's worker is installed and waiting: say so, and switch to it on "Reload". */
  const offer = (waiting: ServiceWorker) => {
    const button = box.querySelector('button')!;
    box.querySelector('p')!.textContent = box.dataset.text ?? '';
    button.hidden = false;
    button.onclick = () => {
      sw.addEventListener('controllerchange', () => location.reload());
      // generateSW's worker answers this with skipWaiting(), and takes over the page.
      waiting.postMessage({ type: 'SKIP_WAITING' });
    };
  };

  const register = () =>
    sw
      // Its scope is its own directory, the locale: `/<locale>/` under the base.
      .register(worker)
      .then((registration) => {
        if (registration.waiting && sw.controller) offer(registration.waiting);
        registration.onupdatefound = () => {
          const installing = registration.installing;
          if (installing)
            installing.onstatechange = () => {
              if (installing.state === 'installed' && sw.controller) offer(installing);
            };
        };
        // Resolves once a worker is active, i.e. has precached every file of the locale.
        return sw.ready;
      })
      // Blocked (private modes, test browsers) or failed: the site simply stays online-only.
      .then(show, () => {});
  const linkManifest = () =>
    document.head.append(Object.assign(document.createElement('link'), { rel: 'manifest', href: manifest }));

  // A module script runs before the load event, so this always waits for it, then for idle time.
  addEventListener('load', () =>
    (window.requestIdleCallback ?? setTimeout)(() => {
      linkManifest();
      void register();
    }),
  );
}
