import type { SearchController } from './search-ui.ts';

// A box in a dialog that has just closed can keep focus until the browser's next rendering step: a key pressed
// then is not typing, since the box is no longer shown.
const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) && (target.checkVisibility?.() ?? true);

/**
 * Opens search from the header box, "/" and Ctrl/Cmd+K. Only this small script runs on every page: the
 * search code and Pagefind load the first time search opens. On the search page itself the shortcuts focus
 * its own box instead.
 */
export function initSearchLauncher(): void {
  const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
  const headerForm = document.querySelector<HTMLFormElement>('.site-header form[role="search"]');
  const headerInput = headerForm?.querySelector<HTMLInputElement>('input[type="search"]');
  if (!dialog || !headerForm || !headerInput) return;
  const dialogInput = dialog.querySelector<HTMLInputElement>('input[type="search"]')!;
  const pageInput = document.querySelector<HTMLInputElement>('[data-search-page] input[type="search"]');
  let controller: Promise<SearchController> | undefined;

  async function open(query?: string) {
    if (pageInput) {
      if (query !== undefined) pageInput.value = query;
      pageInput.focus();
      pageInput.dispatchEvent(new Event('input'));
      return;
    }
    if (!dialog!.open) dialog!.showModal();
    if (query !== undefined) dialogInput.value = query;
    dialogInput.focus();
    if (controller) {
      if (query !== undefined) await (await controller).run(query);
      return;
    }
    // The first opening loads the search code, which then runs whatever is in the box by that time.
    controller = import('./search-ui.ts').then(({ mountSearch }) => mountSearch(dialog!.querySelector('[data-search-panel]')!));
  }

  document.addEventListener('keydown', (event) => {
    const commandK = (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k';
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target);
    if (!commandK && !slash) return;
    event.preventDefault();
    void open();
  });
  headerForm.addEventListener('submit', (event) => {
    event.preventDefault();
    void open(headerInput.value);
  });
  // Typing in the header box carries on in the dialog, which has room for filters and results.
  headerInput.addEventListener('input', () => {
    const query = headerInput.value;
    headerInput.value = '';
    void open(query);
  });
  dialog.querySelector('[data-search-close]')!.addEventListener('click', () => dialog.close());
  // A click on the backdrop (the dialog element itself, outside its content box) closes it.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
}
