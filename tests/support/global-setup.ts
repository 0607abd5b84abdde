/**
 * Before the browser tests: find (or install) Chromium, start it once for the whole run (each test
 * file connects to it: support/browser.ts, `useBrowser`), and serve dist/ on 127.0.0.1. The tests
 * read them through `inject('browserEndpoint')` and `inject('baseUrl')`; both close after the run.
 */
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { ensureChromium, launchTestBrowser } from './chromium.mjs';
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
  const [browser, site] = await Promise.all([launchTestBrowser(chromium, chromePath), serveDist()]);
  project.provide('baseUrl', site.url);
  project.provide('browserEndpoint', browser.wsEndpoint());
  return async () => {
    await Promise.all([browser.close(), site.stop()]);
  };
}
