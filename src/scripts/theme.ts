const STORAGE_KEY = 'tpm-garden-theme';
type Choice = 'auto' | 'light' | 'dark';

/**
 * Wires the theme menu: Auto follows the system, Light and Dark are remembered. CSS shows the menu only when
 * scripts run (class set before first paint); without them the system theme applies.
 */
export function initThemeChoice(): void {
  const select = document.querySelector<HTMLSelectElement>('[data-theme-choice]');
  if (!select) return;
  const chosen = document.documentElement.dataset.theme;
  select.value = chosen === 'light' || chosen === 'dark' ? chosen : 'auto';
  select.addEventListener('change', () => {
    const choice = select.value as Choice;
    if (choice === 'auto') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = choice;
    try {
      if (choice === 'auto') localStorage.removeItem(STORAGE_KEY);
      else localStorage.setItem(STORAGE_KEY, choice);
    } catch {
      // Storage can be unavailable (private mode); the choice then lasts for this page only.
    }
  });
}
