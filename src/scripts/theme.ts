/**
 * The header's theme button: cycles system -> light -> dark and remembers the choice. The button
 * shows the state's name by itself (CSS reads html[data-theme], see ThemeToggle.astro), so this
 * only changes the attribute and the saved choice.
 */
const KEY = 'connector:theme';
const order = ['system', 'light', 'dark'] as const;
type Theme = (typeof order)[number];

function current(): Theme {
  const theme = document.documentElement.dataset.theme;
  return theme === 'light' || theme === 'dark' ? theme : 'system';
}

function apply(theme: Theme): void {
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
  try {
    if (theme === 'system') localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, theme);
  } catch {
    // Storage may be full or blocked: the theme still applies to this page.
  }
}

export function initThemeToggle(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
    button.addEventListener('click', () => apply(order[(order.indexOf(current()) + 1) % order.length] ?? 'system'));
  }
}
