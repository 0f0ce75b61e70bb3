import { mountSearch } from './search-ui.ts';

/** The search page: runs the query from the URL (the header form's no-JavaScript target), then searches as the reader types. */
export function initSearchPage(): void {
  const panel = document.querySelector<HTMLElement>('[data-search-page] [data-search-panel]');
  if (!panel) return;
  const search = mountSearch(panel, { syncUrl: true });
  const initial = new URLSearchParams(location.search).get('q') ?? '';
  panel.querySelector<HTMLInputElement>('input[type="search"]')!.value = initial;
  if (initial) void search.run(initial);
}
