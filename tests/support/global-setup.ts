/**
 * Before the browser tests: find (or install) Chromium and serve dist/ on 127.0.0.1. The tests
 * read both through `inject('baseUrl')` and `inject('chromePath')`.
 */
import type { TestProject } from 'vitest/node';
import { ensureChromium } from './chromium.mjs';
import { serveDist } from './server.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromePath: string;
  }
}

export default async function setup(project: TestProject) {
  const chromePath = ensureChromium();
  const server = await serveDist();
  project.provide('baseUrl', server.url);
  project.provide('chromePath', chromePath);
  return () => server.stop();
}
