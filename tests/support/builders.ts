/**
 * Helpers for the builders' browser tests: opening a builder page once its island has run, typing
 * as a keyboard user does, and reading what the page shows and says.
 */
import type { Page } from 'playwright-core';
import { dictionaries } from '../../src/i18n/index.ts';
import type { Locale } from '../../src/i18n/locales.ts';
import { escaped } from './strings.ts';
import { typeText } from './browser.ts';
import { withoutSoftHyphens } from '../../src/lib/soft-hyphens.ts';

/** The locale of the page, from its address (`/de/tools/reconnect/` is German). */
const localeOf = (page: Page) => new URL(page.url()).pathname.split('/')[1] as Locale;
const builderStrings = (page: Page) => dictionaries[localeOf(page)].builders.common;

/** The builder's form, named "Your answers": in the page from the start, working once the island has run. */
export const answersForm = (page: Page) => page.getByRole('form', { name: builderStrings(page).answers });

/**
 * Opens a builder page, moves the pointer over its form as a reader would (the island runs on first
 * use, or at once when it has drafts to show), and waits until the island has read the drafts.
 */
export async function openBuilder(page: Page, path: string) {
  await page.goto(path);
  await builderReady(page);
}

/** Moves the pointer over the builder's form, which starts its island, and waits until it shows the drafts. */
export async function builderReady(page: Page) {
  await answersForm(page).hover();
  await draftsShown(page);
}

/** Waits until the builder's island has run and shows this browser's drafts (no longer `data-pending`). */
export const draftsShown = (page: Page) =>
  page.waitForFunction(() => document.querySelector('.builder:not([data-pending])'));

/** Types into the focused field, then moves on with Tab, as a keyboard user does. */
export async function typeAndTab(page: Page, text: string) {
  await typeText(page, text);
  await page.keyboard.press('Tab');
}

/** How many checks of the draft are still to do: the items of "Checks" whose verdict says so. */
export const failing = (page: Page) => {
  const c = builderStrings(page);
  // The verdict opens the item: "! To do" (the mark is hidden from screen readers).
  const toDo = new RegExp(`^\\W*${escaped(c.fail)}`);
  return page.getByRole('region', { name: c.checks }).getByRole('listitem').filter({ hasText: toDo }).count();
};
/**
 * What the builder's polite live region last said (checks summary, counter thresholds): a region
 * with no role, so found as the one element that carries `aria-live="polite"` in the builder.
 */
export const announced = async (page: Page) =>
  withoutSoftHyphens((await page.locator('.builder > [aria-live="polite"]').textContent()) ?? '');
