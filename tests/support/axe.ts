/**
 * Runs axe-core in a page. The script is evaluated over the DevTools protocol, which the page's CSP
 * does not govern, so no policy has to be loosened for the tests.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe's rules that read colours: the only ones whose verdict a change of colour scheme can change. */
export const colourRules = ['color-contrast', 'link-in-text-block'];

/**
 * axe's violations on the page as it is now, one line each: rule, impact, first target. `rules`
 * limits the run to those rules (all of the WCAG 2.2 AA and best-practice set otherwise).
 */
export async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
  // Once per page load: a test that checks a page at several steps reuses it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async (rules) => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: object,
          ) => Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: unknown[] }> }> }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: rules
        ? { type: 'rule', values: rules }
        : { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      // Only violations are read: axe then skips collecting every passing node (half the time).
      resultTypes: ['violations'],
    });
    return result.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.nodes.length} node(s), e.g. ${JSON.stringify(v.nodes[0]?.target)}`,
    );
  }, rules);
  return violations;
}

/** Fails, naming the step, when axe finds anything on the page as it is now. */
export async function expectNoAxe(page: Page, step: string): Promise<void> {
  expect(await axeViolations(page), step).toEqual([]);
}
