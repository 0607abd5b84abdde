import { describe, expect, it } from 'vitest';
import { dictionaries, locales } from '../i18n/index.ts';
import { advance, figureLayout, figureNames, width } from './figures.ts';

describe('figure layouts', () => {
  for (const locale of locales) {
    for (const name of figureNames) {
      it(`${locale} ${name}: every box inside the figure, every line inside its box`, () => {
        const layout = figureLayout(name, dictionaries[locale].figures);
        expect(layout.height).toBeGreaterThan(100);
        for (const box of layout.boxes) {
          expect(box.x).toBeGreaterThanOrEqual(0);
          expect(box.x + box.w).toBeLessThanOrEqual(width);
          expect(box.y + box.h).toBeLessThanOrEqual(layout.height);
          for (const line of box.lines) {
            expect(line.y, line.text).toBeGreaterThan(box.y);
            expect(line.y, line.text).toBeLessThan(box.y + box.h);
            expect(
              line.x + line.text.length * advance[line.style],
              `${locale} ${name}: “${line.text}”`,
            ).toBeLessThanOrEqual(box.x + box.w - 4);
          }
        }
      });

      it(`${locale} ${name}: says in its description everything its boxes say`, () => {
        const layout = figureLayout(name, dictionaries[locale].figures);
        const description = layout.description.join(' ');
        const shown = [...layout.boxes.flatMap((b) => b.lines), ...(layout.jar?.labels ?? [])];
        for (const line of shown) expect(description).toContain(line.text);
      });
    }
  }

  it('boxes do not overlap one another, but for the window that frames the email', () => {
    const layout = figureLayout('decision', dictionaries.de.figures);
    const [a, b, ...rest] = layout.boxes;
    expect(a!.y + a!.h).toBeLessThan(b!.y);
    for (let i = 1; i < rest.length; i++) expect(rest[i - 1]!.y + rest[i - 1]!.h).toBeLessThan(rest[i]!.y);
  });
});
