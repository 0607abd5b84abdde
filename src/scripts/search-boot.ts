/**
 * The part of the search that every page loads (half a kilobyte, run by the header's script). It
 * wires the `/` shortcut and waits for the reader to focus a search field (or for a query in the
 * search page's URL) before it loads the search itself.
 *
 * search.ts is built as a script of its own (`?worker&url`: Vite bundles it with what it imports
 * and gives its address) and loaded with a plain `import()`. A bundled `import('./search.ts')`
 * would share its imports with the islands' chunks (src/integrations/chunks.ts), so that a search
 * on any page fetched the islands' kit. Once loaded, search.ts attaches to each form that asks
 * with a `search:attach` event.
 */
import searchUrl from './search.ts?worker&url';

let loaded: Promise<unknown> | undefined;

function isEditable(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

export function initSearch(): void {
  const forms = [...document.querySelectorAll<HTMLFormElement>('form[data-search]')];
  const load = (form: HTMLFormElement) => {
    loaded ??= import(/* @vite-ignore */ searchUrl);
    void loaded.then(() => form.dispatchEvent(new Event('search:attach', { bubbles: true })));
  };
  for (const form of forms) {
    const input = form.querySelector('input');
    if (!input) continue;
    // The `/` hint describes the field only where `/` works, i.e. once this script runs.
    const hint = form.querySelector('.search__hint');
    if (hint?.id) input.setAttribute('aria-describedby', hint.id);
    input.addEventListener('focus', () => load(form), { once: true });
    if (form.dataset.search === 'page' && new URLSearchParams(location.search).get('q')) load(form);
  }
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isEditable(event.target)) return;
    // The search page's own field comes first; elsewhere, the header's.
    const form = forms.find((f) => f.dataset.search === 'page') ?? forms[0];
    const input = form?.querySelector('input');
    if (!input) return;
    event.preventDefault();
    // On a phone the header's field sits behind its Search button: open it first.
    const panel = form?.closest<HTMLElement>('[data-header-panel]');
    if (panel && !input.checkVisibility())
      document.querySelector<HTMLElement>(`[aria-controls="${panel.id}"]`)?.click();
    input.focus();
  });
}
