/**
 * The client directive `client:use-props`, for an island whose server-rendered HTML is already the
 * working form (the message builders, a quiz page's quiz): it hydrates when the reader first uses it (a pointer over or
 * on it, or focus in it), so a page that is only read runs no React at all. Like
 * `client:visible-props` (visible-props.ts), its props are in a file beside the page. They and the
 * island's code are fetched on that first use: a pointer comes over a form a moment before it
 * types, and a tap opens the keyboard first; what is typed meanwhile is kept (below).
 *
 * When the page has something of the reader's to show (`saved`: a storage key starting with one of
 * these; storage that cannot be read, so the island can say so; or `query`: one of these
 * parameters in the address, answers a link asked for), the island hydrates at once instead, as
 * `client:load` does, and holds its place (`data-hold`: hidden, space kept, by builders.css and
 * quiz.css) until it shows them, so that the empty form never turns into the reader's without a
 * word. When its code cannot be had (offline, before the worker has it) the island says so with
 * `data-failed`, which shows a builder page's fallback.
 *
 * What the reader types before the island runs stays in the form: React keeps a field's value as
 * it hydrates, and the island takes it over (Builder.tsx). Astro builds this file and inlines it
 * into the pages that use it, before any input: keep it small. Registered by
 * src/integrations/island-props.ts.
 */
import type { ClientDirective } from 'astro';

interface Options {
  saved?: string[];
  query?: string[];
  props?: string;
}

const useProps: ClientDirective = (load, options, el) => {
  const { saved = [], query = [], props: url } = (options.value ?? {}) as Options;
  // Astro reports a module that cannot be had with this event (and goes on without the island).
  const failed = () => {
    el.removeAttribute('data-hold');
    el.toggleAttribute('data-failed', true);
  };
  el.addEventListener('astro:hydration-error', failed);
  let started = false;
  const hydrate = () => {
    if (started) return;
    started = true;
    (url ? fetch(url).then((r) => r.text()) : Promise.resolve(''))
      .then(async (text) => {
        // Before load(): Astro re-hydrates on a change of props only once the island's code is in.
        // (An answer that is not the props, a 404 page, fails as Astro reads them: below.)
        if (text) el.setAttribute('props', text);
        await (
          await load()
        )();
      })
      .catch(failed);
  };
  // The island's forms are the island's to send: never the browser's (Enter before it has run).
  el.addEventListener('submit', (event) => event.preventDefault());

  let show = query.some((name) => new URLSearchParams(location.search).has(name));
  try {
    show ||= Object.keys(localStorage).some((key) => saved.some((prefix) => key.startsWith(prefix)));
  } catch {
    show = true;
  }
  if (show) {
    el.toggleAttribute('data-hold', true);
    hydrate();
    return;
  }
  for (const use of ['pointerover', 'pointerdown', 'focusin']) el.addEventListener(use, hydrate);
};

export default useProps;
