/**
 * Before the browser tests: find (or install) Chromium, start it once for the whole run (each test
 * file connects to it: support/browser.ts, `useBrowser`), and serve dist/ on 127.0.0.1. The tests
 * read them through `inject('browserEndpoint')` and `inject('baseUrl')`; both close after the run.
 */
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { chromiumArgs, ensureChromium, launchServerLean } from './chromium.mjs';
import { serveDist } from './server.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The run's Chromium, for `chromium.connect`. */
    browserEndpoint: string;
  }
}

export default async function setup(project: TestProject) {
  const chromePath = ensureChromium();
  const [browser, site] = await Promise.all([
    // Only this machine may connect, on a port chosen free. The browser resolves no host name but
    // 127.0.0.1's, so nothing a page asks of another origin leaves the machine (support/browser.ts
    // records each such request; it used to route every request, which also turns the cache off).
    launchServerLean(chromium, {
      executablePath: chromePath,
      args: [...chromiumArgs, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
      host: '127.0.0.1',
    }),
    serveDist(),
  ]);
  project.provide('baseUrl', site.url);
  project.provide('browserEndpoint', browser.wsEndpoint());
  return async () => {
    await Promise.all([browser.close(), site.stop()]);
  };
}
