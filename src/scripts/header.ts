/**
 * The header's script, the one script of every page (about a kilobyte): the phone header's two
 * disclosures, "Menu" and "Search" (Header.astro), the language dropdown, the theme button, the
 * search fields of the page (search-boot.ts, which loads the search on first use), and clean
 * copying of hyphenated text.
 * - A button toggles its panel (aria-expanded on the button, data-open on the panel; CSS shows
 *   it). Opening one closes the other; opening search puts the caret in the field.
 * - Escape closes what is open, innermost first, and returns focus to the button or the summary
 *   that opened it. The search's own Escape (closing its results) comes first: search.ts stops it.
 * - A click outside the language dropdown closes it; leaving the page closes everything, so Back
 *   does not return to an open menu.
 */
import { cleanCopiedText } from './clean-copy.ts';
import { initSearch } from './search-boot.ts';
import { initThemeToggle } from './theme.ts';

function isOpen(button: HTMLButtonElement): boolean {
  return button.getAttribute('aria-expanded') === 'true';
}

export function initHeader(): void {
  initThemeToggle();
  initSearch();
  cleanCopiedText();
  const header = document.querySelector<HTMLElement>('[data-site-header]');
  if (!header) return;
  const toggles = [...header.querySelectorAll<HTMLButtonElement>('[data-header-toggle]')];
  const dropdowns = [...header.querySelectorAll<HTMLDetailsElement>('details[data-header-dropdown]')];
  const panelOf = (button: HTMLButtonElement) => document.getElementById(button.getAttribute('aria-controls') ?? '');
  const set = (button: HTMLButtonElement, open: boolean) => {
    button.setAttribute('aria-expanded', String(open));
    panelOf(button)?.toggleAttribute('data-open', open);
  };

  for (const button of toggles) {
    button.addEventListener('click', () => {
      const open = !isOpen(button);
      for (const other of toggles) if (other !== button) set(other, false);
      set(button, open);
      if (open && button.dataset.headerToggle === 'search') panelOf(button)?.querySelector('input')?.focus();
    });
  }

  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    const focused = document.activeElement;
    const dropdown = dropdowns.find((details) => details.open);
    if (dropdown) {
      dropdown.open = false;
      if (dropdown.contains(focused)) dropdown.querySelector('summary')?.focus();
      event.preventDefault();
      return;
    }
    const button = toggles.find(isOpen);
    if (button) {
      set(button, false);
      button.focus();
      // In the search field this also keeps the query, which Escape would otherwise empty.
      event.preventDefault();
    }
  });

  // A page kept for Back comes back closed, not with the menu the reader left it by.
  addEventListener('pagehide', () => {
    for (const details of dropdowns) details.open = false;
    for (const button of toggles) set(button, false);
  });

  document.addEventListener('click', (event) => {
    for (const details of dropdowns) {
      if (details.open && !details.contains(event.target as Node)) details.open = false;
    }
  });
}
