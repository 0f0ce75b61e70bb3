/**
 * The header menu is a <details>, so it opens without scripts. This only adds what a menu button is expected
 * to do: report its state (aria-expanded), close on Escape (focus back on the button) and on a click or focus
 * elsewhere.
 */
export function initSiteMenu(): void {
  const menu = document.querySelector<HTMLDetailsElement>('[data-site-menu]');
  const button = menu?.querySelector('summary');
  if (!menu || !button) return;
  const sync = () => button.setAttribute('aria-expanded', String(menu.open));
  sync();
  menu.addEventListener('toggle', sync);
  // On laptops the summary is hidden and the links show in the header row: nothing to close there.
  const collapsible = () => getComputedStyle(button).display !== 'none';
  menu.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !menu.open || !collapsible()) return;
    menu.open = false;
    button.focus();
  });
  const closeFrom = (event: Event) => {
    if (menu.open && collapsible() && event.target instanceof Node && !menu.contains(event.target)) menu.open = false;
  };
  document.addEventListener('click', closeFrom);
  document.addEventListener('focusin', closeFrom);
}
