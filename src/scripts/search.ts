/**
 * The search itself, loaded when the reader first focuses a search field (see search-boot.ts). It drives Pagefind's
 * JavaScript API directly: no debounce (a query costs a few milliseconds once the index chunk is
 * here), stale answers dropped, at most `shown` fragments fetched per query.
 */
import { format, plural } from '../i18n/format.ts';
import { href } from '../lib/urls.ts';

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations?: number[];
}
interface PagefindData {
  url: string;
  excerpt: string;
  /** `kind` is what sort of page it is, in the page's language (data-pagefind-meta). */
  meta: { title?: string; kind?: string };
  sub_results?: PagefindSubResult[];
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(query: string): Promise<void>;
  search(query: string): Promise<{ results: Array<{ data(): Promise<PagefindData> }> } | null>;
}
interface Strings {
  loading: string;
  results: { one: string; other: string };
  noResults: string;
  failed: string;
  pageTitle: string;
  pageTitleWithQuery: string;
  allResults: string;
}

let pagefind: Promise<Pagefind> | undefined;

/** Loads Pagefind once per page; the built site serves it from /pagefind/ under the base. */
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const url = href('/pagefind/pagefind.js');
    const module = (await import(/* @vite-ignore */ url)) as Pagefind;
    // Without the worker: our index is small enough to search on the main thread in a few
    // milliseconds, and it saves a 12 KB download and a step in the cold-start chain.
    // Pagefind's index stores site paths (`/en/lessons/x/`); `baseUrl` puts the base in front of them.
    await module.options({ excerptLength: 22, noWorker: true, baseUrl: href('/') });
    await module.init();
    return module;
  })();
  return pagefind;
}

/** Copies Pagefind's excerpt into `target` as text, keeping only its <mark> highlights. */
function renderExcerpt(excerpt: string, target: HTMLElement): void {
  const parsed = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html').body;
  for (const node of parsed.querySelectorAll('p')[0]?.childNodes ?? []) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      target.append(mark);
    } else {
      target.append(node.textContent ?? '');
    }
  }
}

/** The section of the page where the query matches most often, to link straight to it. */
function bestSection(data: PagefindData): PagefindSubResult {
  const sections = (data.sub_results ?? []).filter((s) => s.url !== data.url || s.title);
  const best = [...sections].sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0))[0];
  return best ?? { title: '', url: data.url, excerpt: data.excerpt };
}

function renderResult(data: PagefindData): HTMLLIElement {
  const section = bestSection(data);
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = section.url;
  if (data.meta.kind) {
    const kind = document.createElement('span');
    kind.className = 'search__kind';
    kind.textContent = data.meta.kind;
    // Read as "Tool: Meeting goal worksheet"; the colon is for screen readers, the style shows a tag.
    const colon = document.createElement('span');
    colon.className = 'visually-hidden';
    colon.textContent = ': ';
    link.append(kind, colon);
  }
  const title = document.createElement('span');
  title.className = 'search__title';
  title.textContent = data.meta.title ?? data.url;
  link.append(title);
  if (section.title && section.title !== data.meta.title) {
    const where = document.createElement('span');
    where.className = 'search__section';
    where.textContent = section.title;
    link.append(where);
  }
  const excerpt = document.createElement('p');
  excerpt.className = 'search__excerpt';
  renderExcerpt(section.excerpt || data.excerpt, excerpt);
  item.append(link, excerpt);
  return item;
}

export function attachSearch(form: HTMLFormElement): void {
  if (form.dataset.attached) return;
  form.dataset.attached = 'true';
  const input = form.querySelector('input')!;
  const panel = form.querySelector<HTMLElement>('[data-search-results]')!;
  const status = form.querySelector<HTMLElement>('[data-search-status]')!;
  const list = form.querySelector<HTMLOListElement>('[data-search-list]')!;
  const strings = JSON.parse(form.dataset.strings ?? '{}') as Strings;
  const locale = form.dataset.locale ?? document.documentElement.lang;
  const isPage = form.dataset.search === 'page';
  // Each result shown costs its page's fragment (2-4 KB): the header lists three and links to
  // the search page for the rest; the search page lists ten.
  const shown = isPage ? 10 : 3;
  const all = form.querySelector<HTMLElement>('[data-search-all]');
  let latest = 0;
  // On the search page the query lives in the URL. The first keystroke after a page load, a submit
  // or a history step starts a new history entry and later ones update it, so Back returns to the
  // previous search rather than to every letter typed.
  let startNewEntry = true;
  function syncUrl(query: string): void {
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    if (url.href !== location.href) {
      if (startNewEntry) history.pushState(null, '', url);
      else history.replaceState(null, '', url);
      startNewEntry = false;
    }
    const title = query ? format(strings.pageTitleWithQuery, { query }) : strings.pageTitle;
    document.title = document.title.replace(/^[^·]*/, `${title} `);
  }

  // Escape closes the header's results until the reader types again: focus coming back to the
  // field (after Escape on a result, or a click elsewhere) does not bring them back.
  let dismissed = false;
  const close = () => {
    if (!isPage) panel.hidden = true;
  };

  async function run(raw: string): Promise<void> {
    const query = raw.trim();
    const ticket = ++latest;
    if (isPage) syncUrl(query);
    if (!query) {
      if (all) all.hidden = true;
      list.replaceChildren();
      status.textContent = '';
      close();
      return;
    }
    try {
      const engine = await loadPagefind();
      // One letter matches nearly every page: warm the index but show nothing yet, which also
      // spares the fragments of results nobody wanted.
      if ([...query].length < 2) {
        await engine.preload(query);
        if (ticket === latest) {
          list.replaceChildren();
          status.textContent = '';
          if (all) all.hidden = true;
        }
        return;
      }
      panel.hidden = false;
      const answer = await engine.search(query);
      if (ticket !== latest || !answer) return;
      if (dismissed) close();
      const count = answer.results.length;
      // The first result comes at once. In the header the others follow once typing pauses, so
      // the prefixes typed on the way fetch one fragment each instead of a page of them.
      const first = await Promise.all(answer.results.slice(0, isPage ? shown : 1).map((r) => r.data()));
      if (ticket !== latest) return;
      list.replaceChildren(...first.map(renderResult));
      const allLink = all?.querySelector('a');
      if (all && allLink) {
        all.hidden = count <= shown;
        allLink.href = `${form.action}?q=${encodeURIComponent(query)}`;
        allLink.textContent = format(strings.allResults, { query });
      }
      const summary = count ? plural(locale, strings.results, count, { query }) : format(strings.noResults, { query });
      if (isPage || count <= 1) {
        status.textContent = summary;
        return;
      }
      // The count is announced once typing pauses, not for every letter.
      await new Promise((resolve) => setTimeout(resolve, 150));
      if (ticket !== latest) return;
      status.textContent = summary;
      const rest = await Promise.all(answer.results.slice(1, shown).map((r) => r.data()));
      if (ticket !== latest) return;
      list.append(...rest.map(renderResult));
    } catch {
      if (ticket === latest) status.textContent = strings.failed;
    }
  }

  if (!pagefind) status.textContent = strings.loading;
  void loadPagefind().then(
    () => {
      if (status.textContent === strings.loading) status.textContent = '';
    },
    () => {
      status.textContent = strings.failed;
      panel.hidden = false;
    },
  );

  input.addEventListener('input', () => {
    dismissed = false;
    void run(input.value);
  });

  form.addEventListener('submit', (event) => {
    // The search page searches in place; the header form goes to it, so the query can be shared.
    if (!isPage) return;
    event.preventDefault();
    void run(input.value);
    startNewEntry = true;
  });

  if (isPage) {
    addEventListener('popstate', () => {
      input.value = new URLSearchParams(location.search).get('q') ?? '';
      startNewEntry = true;
      void run(input.value);
    });
    input.value ||= new URLSearchParams(location.search).get('q') ?? '';
  }

  // Arrow keys move between the field and the results; Escape closes the header's results.
  form.addEventListener('keydown', (event) => {
    const links = [...panel.querySelectorAll('a')].filter((link) => !link.closest('[hidden]'));
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown' && links.length) {
      event.preventDefault();
      links[Math.min(index + 1, links.length - 1)]?.focus();
    } else if (event.key === 'ArrowUp' && index >= 0) {
      event.preventDefault();
      (index === 0 ? input : links[index - 1])?.focus();
    } else if (event.key === 'Escape' && !isPage && !panel.hidden) {
      // The first Escape only closes the results (the field keeps its text); with them closed,
      // Escape does what it does by default (a search field empties itself).
      event.preventDefault();
      event.stopPropagation();
      dismissed = true;
      close();
      input.focus();
    }
  });
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) close();
  });
  input.addEventListener('focus', () => {
    if (!dismissed && input.value.trim() && list.childElementCount) panel.hidden = false;
  });

  if (input.value.trim()) void run(input.value);
}

// Loaded on its own by search-boot.ts, which asks for each form with this event.
document.addEventListener('search:attach', (event) => {
  if (event.target instanceof HTMLFormElement) attachSearch(event.target);
});
