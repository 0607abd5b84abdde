import type { APIRoute } from 'astro';
import { absoluteUrl, href } from '../lib/urls.ts';

/**
 * Everything may be crawled; the sitemap lists the pages with their language alternates. Crawlers
 * read robots.txt only at the root of a host: under a sub-path, copy these lines into the host's own.
 */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: ${href('/')}\n\nSitemap: ${absoluteUrl('/sitemap-index.xml', site!)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
