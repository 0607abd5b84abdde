/** The quizzes as their browser tests find them (tests/browser/quiz.test.ts, saved.test.ts). */
import type { Page } from 'playwright-core';
import { dictionaries } from '../../src/i18n/index.ts';
import type { Locale } from '../../src/i18n/locales.ts';
import { filled } from './strings.ts';
import { useIslands } from './layout.ts';

/**
 * Waits until the quiz's island has hydrated and read the saved progress, started first on a quiz
 * page as a pointer passing over it would (useIslands). Nothing a reader sees changes then (the
 * first question's controls work from the server's render on), so this reads the island's own mark.
 */
export async function quizReady(page: Page): Promise<void> {
  await useIslands(page);
  await progressRead(page);
}

/** Waits, starting nothing, until the quiz's island has hydrated and read the saved progress. */
export const progressRead = (page: Page) => page.locator('.quiz--live[data-ready]').waitFor();

/** "Question 3 of 8": the heading over each question (a page holds one quiz). */
export const quizProgress = (page: Page, locale: Locale) =>
  page.getByRole('main').getByRole('heading', { name: filled(dictionaries[locale].quiz.island.progress) });
