/**
 * Helpers for the builders' browser tests: opening a builder page once its island has run, typing
 * as a keyboard user does, and reading what the page shows and says.
 */
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { axeViolations } from './axe.ts';
import { withoutSoftHyphens } from '../../src/lib/soft-hyphens.ts';

export const clipboard = { permissions: ['clipboard-read', 'clipboard-write'] };

/**
 * How long to wait for what the page does after an input: announcements wait 500 ms for typing to
 * pause, and two browsers share two cores while the tests run, so a second is not always enough.
 */
export const soon = { timeout: 5000 };

/** Opens a builder page and waits until the island has replaced the static fallback. */
export async function openBuilder(page: Page, path: string) {
  await page.goto(path);
  await page.locator('.builder').waitFor();
}

export async function expectNoAxe(page: Page, step: string) {
  expect(await axeViolations(page), step).toEqual([]);
}

/** Types into the focused field, then moves on with Tab, as a keyboard user does. */
export async function typeAndTab(page: Page, text: string) {
  await page.keyboard.type(text);
  await page.keyboard.press('Tab');
}

export const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
export const failing = (page: Page) => page.locator('.checklist__item--fail').count();
/** What the polite live region last said (checks summary, counter thresholds). */
export const announced = async (page: Page) =>
  withoutSoftHyphens((await page.locator('.builder > [aria-live="polite"]').textContent()) ?? '');
export const readClipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

/** Whether the element is the one with focus. */
export const isFocused = (locator: Locator) => locator.evaluate((el) => el === document.activeElement);
