/** The site header as the browser tests measure it (layout.test.ts, layout-shift.test.ts). */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { localeNames, ui } from '../../src/i18n/index.ts';
import type { Locale } from '../../src/i18n/locales.ts';

/**
 * Fails unless every part of the header (the site name, the sections, the language dropdown, the
 * theme button, the search field) is visible, in one row: their centres within 8 px of each other,
 * the header at most 72 px high.
 */
export async function headerInOneRow(page: Page, locale: string, where: string): Promise<void> {
  const banner = page.getByRole('banner');
  const t = ui(locale as Locale);
  const parts = [
    banner.getByRole('link', { name: 'Connector' }),
    ...(await banner.getByRole('navigation', { name: t.a11y.mainNav }).getByRole('link').all()),
    banner
      .getByRole('navigation', { name: t.language.label })
      .getByText(`${t.language.label}: ${localeNames[locale as Locale]}`),
    banner.getByRole('button', { name: new RegExp(t.theme.label) }),
    banner.getByRole('searchbox'),
  ];
  const centres: number[] = [];
  for (const part of parts) {
    expect(await part.isVisible(), `${where}: ${part}`).toBe(true);
    const box = (await part.boundingBox())!;
    centres.push(box.y + box.height / 2);
  }
  expect(Math.max(...centres) - Math.min(...centres), where).toBeLessThan(8);
  expect((await banner.boundingBox())!.height, where).toBeLessThanOrEqual(72);
}
