/** The header's theme button: cycles system -> light -> dark and remembers the choice. */
const KEY = 'connector:theme';
const order = ['system', 'light', 'dark'] as const;
type Theme = (typeof order)[number];

function read(): Theme {
  try {
    const saved = localStorage.getItem(KEY);
    return saved === 'light' || saved === 'dark' ? saved : 'system';
  } catch {
    return 'system';
  }
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
  const button = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
  if (!button) return;
  // The visually hidden label ("Colour theme:") stays; only the state's name changes.
  const names = JSON.parse(button.dataset.names ?? '{}') as Record<Theme, string>;
  const text = button.querySelector('.theme-toggle__text');
  let current = read();
  const render = () => {
    if (text) text.textContent = names[current];
  };
  button.addEventListener('click', () => {
    current = order[(order.indexOf(current) + 1) % order.length] ?? 'system';
    apply(current);
    render();
  });
  render();
  button.hidden = false;
}
