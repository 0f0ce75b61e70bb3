interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; type?: string };
}
interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
  debouncedSearch(query: string, options?: object, ms?: number): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

const MAX_RESULTS = 20;

/** Wires the search page: runs the query from the URL, then searches as the reader types. */
export function initSearchPage(): void {
  const root = document.querySelector<HTMLElement>('[data-search]');
  if (!root) return;
  const base = root.dataset.base ?? '/';
  const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
  const form = root.querySelector('form')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  let pagefind: Promise<Pagefind> | undefined;

  const load = () =>
    (pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (module: Pagefind) => {
      await module.options({ baseUrl: base, excerptLength: 24 });
      await module.init();
      return module;
    }));

  async function run(query: string, debounce: boolean) {
    const trimmed = query.trim();
    const url = new URL(location.href);
    if (trimmed) url.searchParams.set('q', trimmed);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    if (!trimmed) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    if (status.textContent !== 'Searching…') status.textContent = 'Searching…';
    let engine: Pagefind;
    try {
      engine = await load();
    } catch (error) {
      console.error('Pagefind failed to load', error);
      status.textContent = 'Search could not load. Reload the page, or browse all notes instead.';
      return;
    }
    const search = debounce ? await engine.debouncedSearch(trimmed, {}, 200) : await engine.search(trimmed);
    if (search === null) return; // superseded by a newer keystroke
    const found = await Promise.all(search.results.slice(0, MAX_RESULTS).map((result) => result.data()));
    list.replaceChildren(...found.map(renderResult));
    const total = search.results.length;
    status.textContent =
      total === 0
        ? `No notes match “${trimmed}”.`
        : `${total} result${total === 1 ? '' : 's'} for “${trimmed}”${total > MAX_RESULTS ? `, showing the first ${MAX_RESULTS}` : ''}.`;
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(input.value, false);
  });
  input.addEventListener('input', () => void run(input.value, true));

  // Fetch the search engine while the reader is still typing, so the first query does not wait for it.
  void load().catch(() => undefined);

  const initial = new URLSearchParams(location.search).get('q') ?? '';
  input.value = initial;
  const headerInput = document.querySelector<HTMLInputElement>('#site-search');
  if (headerInput) headerInput.value = initial;
  if (initial) void run(initial, false);
  else input.focus();
}

function renderResult(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  const excerpt = document.createElement('p');
  // Pagefind escapes the indexed text itself and only adds <mark> around matched terms.
  excerpt.innerHTML = data.excerpt;
  item.append(link);
  if (data.meta.type) {
    const type = document.createElement('span');
    type.className = 'badge';
    type.style.marginLeft = '0.5rem';
    type.textContent = data.meta.type;
    item.append(' ', type);
  }
  item.append(excerpt);
  return item;
}
