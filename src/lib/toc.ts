/** One entry of a table of contents, with the subsections under it. */
export interface TocItem {
  depth: number;
  slug: string;
  text: string;
  children: TocItem[];
}

/**
 * Nests a page's headings (as Astro's `render()` returns them) into a table of contents of `##`
 * sections with their `###` subsections. The page title (`#`) and deeper levels are left out; a
 * `###` before any `##` becomes a top-level item rather than being lost.
 */
export function buildToc(headings: ReadonlyArray<{ depth: number; slug: string; text: string }>): TocItem[] {
  const toc: TocItem[] = [];
  for (const { depth, slug, text } of headings) {
    if (depth !== 2 && depth !== 3) continue;
    const item: TocItem = { depth, slug, text, children: [] };
    const parent = toc.at(-1);
    if (depth === 3 && parent) parent.children.push(item);
    else toc.push(item);
  }
  return toc;
}
