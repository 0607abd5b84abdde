/**
 * The client directive `client:visible-props`: Astro's `client:visible` (the island hydrates as it
 * nears the viewport, within `rootMargin`) for an island whose props the build moved out of the
 * page into a file beside it (src/lib/island-props.ts says why). Once the island is near, its props
 * are fetched and put back where Astro reads them, and it hydrates as usual; its code is fetched
 * at the same time (preloaded here, taken from the module cache by `load()`). Without that file
 * (in `astro dev`) the props are still in the page, and this is `client:visible`.
 *
 * Astro builds this file with esbuild and inlines it into the pages that use it, before any input:
 * keep it small. Registered by src/integrations/island-props.ts.
 */
import type { ClientDirective } from 'astro';

const visibleProps: ClientDirective = (load, options, el) => {
  const { rootMargin = '0px', props } = (options.value ?? {}) as unknown as { rootMargin?: string; props?: string };
  const hydrate = async () => {
    if (props) {
      for (const url of [el.getAttribute('component-url'), el.getAttribute('renderer-url')]) {
        if (!url) continue;
        const link = document.createElement('link');
        link.rel = 'modulepreload';
        link.href = url;
        document.head.append(link);
      }
      const response = await fetch(props);
      if (!response.ok) throw new Error(`${props}: HTTP ${response.status}`);
      // Before load(): Astro re-hydrates on a change of props only once the island's code is in.
      el.setAttribute('props', await response.text());
    }
    await (
      await load()
    )();
  };
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      void hydrate();
    },
    { rootMargin },
  );
  // The island element is `display: contents`: its children are what takes room in the page.
  for (const child of el.children) observer.observe(child);
};

export default visibleProps;
