import { runGardenQuery, type GardenResults, type SearchEngine } from '../lib/search/search-query.ts';
import { describeOutcome, listed, MAX_RESULTS, quoted, replaceWord } from '../lib/search/search-status.ts';
import { loadPagefind, loadVocabulary, type Pagefind, type PagefindResultData } from './pagefind.ts';
import { isDevServer, openableUrl } from './site-root.ts';
import { excerptWithoutHiddenTerms, excerptWithoutTitle } from '../lib/search/search-excerpt.ts';

/** Pause after a keystroke before searching, so that a word is searched once, not letter by letter. */
const TYPING_PAUSE_MS = 150;
const FILTERS = ['topic', 'source', 'kind'] as const;

export interface SearchController {
  /** Shows the results for a query at once (no debounce). */
  run(query: string): Promise<void>;
}

/**
 * Wires one search panel (SearchPanel.astro): searches as the reader types through the garden's query layer
 * (search-query.ts: stop words optional, most-terms ranking, typo correction), narrows by the filter menus,
 * announces what was searched and found, and lets the arrow keys move between the search box and the results.
 */
export function mountSearch(panel: HTMLElement, options: { syncUrl?: boolean } = {}): SearchController {
  const form = panel.querySelector<HTMLFormElement>('form')!;
  const input = panel.querySelector<HTMLInputElement>('input[type="search"]')!;
  const status = panel.querySelector<HTMLElement>('[data-search-status]')!;
  const list = panel.querySelector<HTMLOListElement>('[data-search-results]')!;
  const empty = panel.querySelector<HTMLElement>('[data-search-empty]')!;
  const unmatchedNote = panel.querySelector<HTMLElement>('[data-search-unmatched]')!;
  const filterBox = panel.querySelector<HTMLElement>('[data-search-filters]')!;
  const selects = FILTERS.map((name) => panel.querySelector<HTMLSelectElement>(`select[data-filter="${name}"]`)!);

  const chosenFilters = () =>
    Object.fromEntries(selects.filter((select) => select.value).map((select) => [select.dataset.filter!, select.value]));

  async function engineOrExplain(): Promise<Pagefind | undefined> {
    try {
      return await loadPagefind();
    } catch (error) {
      console.error('Pagefind failed to load', error);
      status.textContent = isDevServer()
        ? 'Search could not load: the dev server searches the index of the last build, and there is none yet. Run npm run build once, then search again.'
        : 'Search could not load. Browse the topic hubs or all notes instead.';
      return undefined;
    }
  }

  const asEngine = (pagefind: Pagefind): SearchEngine<PagefindResultData> => ({
    search: (query, filters) => pagefind.search(query, { filters }),
    vocabulary: loadVocabulary,
  });

  let generation = 0;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;

  async function run(query: string, debounce: boolean) {
    const current = ++generation;
    clearTimeout(typingTimer);
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
    if (debounce) await new Promise((resolve) => (typingTimer = setTimeout(resolve, TYPING_PAUSE_MS)));
    if (current !== generation) return; // the reader typed on
    if (status.textContent !== 'Searching…') status.textContent = 'Searching…';
    const pagefind = await engineOrExplain();
    if (!pagefind) return;
    const filters = chosenFilters();
    const outcome = await runGardenQuery(asEngine(pagefind), trimmed, filters);
    if (!outcome || current !== generation) return;
    const shown = outcome.hits.slice(0, MAX_RESULTS);
    const found = await Promise.all(shown.map((hit) => hit.data()));
    if (current !== generation) return; // the reader typed on while the fragments loaded
    const showMatches = outcome.partial || outcome.corrections.length > 0;
    list.replaceChildren(...found.map((data, at) => renderResult(data, showMatches ? shown[at].matched : [])));
    empty.hidden = outcome.hits.length > 0;
    renderUnmatched(outcome);
    status.textContent = describeOutcome(outcome, trimmed, Object.keys(filters).length > 0);
  }

  /** The words that found nothing and, as buttons, the indexed words nearest to them. */
  function renderUnmatched(outcome: GardenResults<unknown>) {
    unmatchedNote.replaceChildren();
    unmatchedNote.hidden = outcome.hits.length > 0 || !outcome.unmatched.length;
    if (unmatchedNote.hidden) return;
    unmatchedNote.append(`No page holds ${listed(outcome.unmatched.map(quoted))}.`);
    for (const { word, nearest } of outcome.suggestions.filter((suggestion) => suggestion.nearest.length)) {
      unmatchedNote.append(` Near ${quoted(word)}: `);
      nearest.forEach((candidate, at) => {
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'search-suggestion';
        button.textContent = candidate;
        button.addEventListener('click', () => {
          input.value = replaceWord(input.value, word, candidate);
          input.focus();
          void run(input.value, false);
        });
        unmatchedNote.append(at ? ', ' : '', button);
      });
      unmatchedNote.append('.');
    }
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

function renderResult(data: PagefindResultData, matched: string[]): HTMLLIElement {
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
  excerpt.innerHTML = excerptWithoutTitle(excerptWithoutHiddenTerms(data.excerpt, data.meta.summary), data.meta.title ?? '');
  item.append(excerpt);
  if (matched.length) {
    const matches = document.createElement('p');
    matches.className = 'search-result__matches';
    matches.dataset.searchMatches = '';
    matches.textContent = `Matches: ${matched.map((term) => term.replaceAll('"', '')).join(', ')}`;
    item.append(matches);
  }
  return item;
}
