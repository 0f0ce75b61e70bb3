import { loadPagefind, type Pagefind, type PagefindResultData } from './pagefind.ts';
import { openableUrl } from './site-root.ts';

const MAX_RESULTS = 20;
const FILTERS = ['topic', 'source', 'kind'] as const;

export interface SearchController {
  /** Shows the results for a query at once (no debounce). */
  run(query: string): Promise<void>;
}

/**
 * Wires one search panel (SearchPanel.astro): searches as the reader types, narrows by the filter menus,
 * announces result counts, and lets the arrow keys move between the search box and the results.
 */
export function mountSearch(panel: HTMLElement, options: { syncUrl?: boolean } = {}): SearchController {
  const form = panel.querySelector<HTMLFormElement>('form')!;
  const input = panel.querySelector<HTMLInputElement>('input[type="search"]')!;
  const status = panel.querySelector<HTMLElement>('[data-search-status]')!;
  const list = panel.querySelector<HTMLOListElement>('[data-search-results]')!;
  const empty = panel.querySelector<HTMLElement>('[data-search-empty]')!;
  const filterBox = panel.querySelector<HTMLElement>('[data-search-filters]')!;
  const selects = FILTERS.map((name) => panel.querySelector<HTMLSelectElement>(`select[data-filter="${name}"]`)!);

  const chosenFilters = () =>
    Object.fromEntries(selects.filter((select) => select.value).map((select) => [select.dataset.filter!, select.value]));

  async function engineOrExplain(): Promise<Pagefind | undefined> {
    try {
      return await loadPagefind();
    } catch (error) {
      console.error('Pagefind failed to load', error);
      status.textContent = 'Search could not load. Browse the topic hubs or all notes instead.';
      return undefined;
    }
  }

  async function run(query: string, debounce: boolean) {
    const trimmed = query.trim();
    if (options.syncUrl) {
      const url = new URL(location.href);
      if (trimmed) url.searchParams.set('q', trimmed);
      else url.searchParams.delete('q');
      history.replaceState(null, '', url);
    }
    if (!trimmed) {
      list.replaceChildren();
      empty.hidden = true;
      status.textContent = '';
      return;
    }
    if (status.textContent !== 'Searching…') status.textContent = 'Searching…';
    const engine = await engineOrExplain();
    if (!engine) return;
    const filters = chosenFilters();
    const search = debounce ? await engine.debouncedSearch(trimmed, { filters }, 150) : await engine.search(trimmed, { filters });
    if (search === null) return; // superseded by a newer keystroke
    const found = await Promise.all(search.results.slice(0, MAX_RESULTS).map((result) => result.data()));
    if (input.value.trim() !== trimmed) return; // the reader typed on while the fragments loaded
    list.replaceChildren(...found.map(renderResult));
    const total = search.results.length;
    empty.hidden = total > 0;
    const narrowed = Object.keys(filters).length ? ' with the chosen filters' : '';
    status.textContent =
      total === 0
        ? `No results for “${trimmed}”${narrowed}.`
        : `${total} result${total === 1 ? '' : 's'} for “${trimmed}”${narrowed}${total > MAX_RESULTS ? `, showing the first ${MAX_RESULTS}` : ''}.`;
  }

  async function fillFilters() {
    const engine = await engineOrExplain();
    if (!engine) return;
    const available = await engine.filters();
    for (const select of selects) {
      const values = Object.entries(available[select.dataset.filter!] ?? {}).sort(([a], [b]) => a.localeCompare(b));
      select.append(...values.map(([value, count]) => new Option(`${value} (${count})`, value)));
    }
    filterBox.hidden = false;
  }

  function moveFocus(event: KeyboardEvent) {
    const links = [...list.querySelectorAll<HTMLAnchorElement>('a[data-result]')];
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    const target =
      event.key === 'ArrowDown' ? (at === -1 ? links[0] : links[at + 1])
      : event.key === 'ArrowUp' ? (at <= 0 ? input : links[at - 1])
      : event.key === 'Home' && at !== -1 ? links[0]
      : event.key === 'End' && at !== -1 ? links.at(-1)
      : undefined;
    if (!target) return;
    event.preventDefault();
    target.focus();
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(input.value, false);
  });
  input.addEventListener('input', () => void run(input.value, true));
  for (const select of selects) select.addEventListener('change', () => void run(input.value, false));
  input.addEventListener('keydown', (event) => event.key === 'ArrowDown' && moveFocus(event));
  list.addEventListener('keydown', moveFocus);
  void fillFilters();
  // Words typed while this module was still loading.
  if (input.value.trim()) void run(input.value, false);

  return { run: (query) => run(query, false) };
}

function renderResult(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = openableUrl(data.url);
  link.dataset.result = '';
  link.textContent = data.meta.title ?? data.url;
  item.append(link);
  if (data.meta.type) {
    const type = document.createElement('span');
    type.className = 'badge search-result__kind';
    type.textContent = data.meta.type;
    item.append(' ', type);
  }
  const excerpt = document.createElement('p');
  // Pagefind escapes the indexed text itself and only adds <mark> around matched terms.
  excerpt.innerHTML = data.excerpt;
  item.append(excerpt);
  return item;
}
