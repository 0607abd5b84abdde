/**
 * The meeting goal worksheet as its browser tests find it (tests/browser/worksheet.test.ts, and
 * saved.test.ts, which uses the worksheet too): by role and label, with the dictionary's strings.
 */
import type { Page } from 'playwright-core';
import { dictionaries } from '../../src/i18n/index.ts';
import type { Locale } from '../../src/i18n/locales.ts';
import type { TextField } from '../../src/islands/worksheet/worksheet.ts';
import { filled } from './strings.ts';

const strings = (locale: Locale) => dictionaries[locale].worksheet;

/** The worksheet's list of steps: the island shows it once it has read the saved work. */
export const stepList = (page: Page, locale: Locale = 'en') =>
  page.getByRole('navigation', { name: strings(locale).progress });

/** Waits until the worksheet has read this browser's saved work and shows its questions. */
export async function worksheetReady(page: Page, locale: Locale = 'en'): Promise<void> {
  await stepList(page, locale).waitFor();
}

/** A question's field, found by its label. */
export const worksheetField = (page: Page, locale: Locale, name: TextField) =>
  page.getByLabel(strings(locale).fields[name].label);

/** "Saved at 10:42", once the worksheet has saved. */
export const savedAt = (page: Page, locale: Locale = 'en') =>
  page.getByRole('status').filter({ hasText: filled(strings(locale).saving.saved) });
/** The summary of the "Your worksheets (n)" disclosure. */
export const listToggle = (page: Page, locale: Locale = 'en') => page.getByText(filled(strings(locale).list.title));
/** The worksheets in the list: each item has its own Delete button, named after it. */
export const listItems = (page: Page, locale: Locale = 'en') =>
  page.getByRole('listitem').filter({ has: page.getByRole('button', { name: `${strings(locale).list.delete}: ` }) });
