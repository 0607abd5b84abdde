/**
 * The browser tests of deploys (tests/browser/subpath.test.ts, offline.test.ts): a built site
 * served as a static host serves it (support/static-server.mjs, `_headers` applied), and a
 * context that watches it. Service workers are allowed here, so requests are watched with events
 * rather than routed: routing does not see what a worker answers.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { context as newContext, watchProblems } from './browser.ts';
import { root } from './dist.ts';
import { serveStatic } from './static-server.mjs';

/** The second build of `npm test`: the site under a sub-path, in its own directory. */
export const subPath = { dir: join(root, 'dist-base'), base: '/connector/' };

export async function serveSubPath() {
  if (!existsSync(join(subPath.dir, 'index.html'))) {
    throw new Error('dist-base/ is missing: run `npm run build:base` (npm test does it for you).');
  }
  return serveStatic(subPath);
}

export interface Watched {
  context: BrowserContext;
  page: Page;
  /** Console errors, uncaught exceptions and CSP violations (meta or header policy). */
  problems: string[];
  /** Requests that left 127.0.0.1, from the pages or their workers. */
  external: string[];
  /** Responses with an error status, e.g. a link that misses the base. */
  failed: string[];
}

export async function deployContext(browser: Browser, origin: string): Promise<Watched> {
  const context = await newContext(browser, { baseURL: origin, serviceWorkers: 'allow' });
  const problems: string[] = [];
  const external: string[] = [];
  const failed: string[] = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.hostname !== '127.0.0.1' && !/^(data|blob):$/.test(url.protocol)) external.push(url.href);
  });
  context.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${new URL(response.url()).pathname}`);
  });
  await watchProblems(context, problems);
  const page = await context.newPage();
  return { context, page, problems, external, failed };
}
