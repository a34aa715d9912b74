/**
 * The search page's script: runs the search in the box and the chosen facet
 * values with Pagefind's JavaScript API, shows the results a page at a time,
 * offers the nearest glossary name when a query finds little, and keeps the
 * URL in step so that any search can be shared, bookmarked and restored.
 */
import { type NamedEntry, excerptShowsQuery, nearestName } from './entity-names.ts';
import { facetPane } from './facet-pane.ts';
import { findResults } from './find-results.ts';
import { type Pagefind, loadPagefind } from './pagefind-api.ts';
import { resultList } from './search-results.ts';
import { type SearchState, hasSearch, readSearchUrl, writeSearchUrl } from './search-url.ts';

/** A short pause after typing before searching: results follow the last key, not every key. */
const typingPause = 120;

function part<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`The search page has no ${selector}`);
  return found;
}

/** Starts the search page whose parts are in `root` (`search.astro`), its settings in `root`'s data attributes. */
export function startSearchPage(root: HTMLElement): void {
  const { bundle = '', names: namesUrl = '', baseUrl = '/' } = root.dataset;
  const form = part<HTMLFormElement>(root, '.search-form');
  const box = part<HTMLInputElement>(root, '.search-form input[type="search"]');
  const summary = part<HTMLElement>(root, '.search-summary');
  const suggestion = part<HTMLElement>(root, '.search-suggestion');
  const results = resultList({
    list: part(root, '.search-results'),
    more: part(root, '.search-results__button'),
    shown: part(root, '.search-results__status'),
    box,
  });

  const pagefindReady: Promise<Pagefind> = loadPagefind(bundle, { baseUrl });
  const namesReady: Promise<NamedEntry[]> = fetch(namesUrl)
    .then((response) => (response.ok ? (response.json() as Promise<NamedEntry[]>) : []))
    .catch(() => []);

  const facetNames = [...root.querySelectorAll<HTMLElement>('[data-facet]')].map((group) => group.dataset.facet ?? '');
  let state: SearchState = readSearchUrl(window.location.search, facetNames);
  box.value = state.term;
  // A newer search makes an older one's results stale.
  let generation = 0;

  const facets = facetPane({
    pane: part(root, '.search-page__filters'),
    active: part(root, '.active-filters'),
    loadValues: async () => (await pagefindReady).filters(),
    onChange: (changed) => {
      state = changed;
      void run();
    },
  });

  const offer = (name: string | undefined) => {
    suggestion.hidden = name === undefined;
    if (name === undefined) return suggestion.replaceChildren();
    const link = document.createElement('a');
    link.href = writeSearchUrl({ ...state, term: name }) || '?';
    link.textContent = name;
    link.addEventListener('click', (event) => {
      event.preventDefault();
      box.value = name;
      state = { ...state, term: name };
      void run();
    });
    suggestion.replaceChildren('Did you mean ', link, '?');
  };

  async function run(): Promise<void> {
    const current = ++generation;
    const url = `${window.location.pathname}${writeSearchUrl(state)}`;
    if (url !== `${window.location.pathname}${window.location.search}`) window.history.replaceState(null, '', url);
    facets.update(state);
    if (!hasSearch(state)) {
      results.clear();
      offer(undefined);
      summary.textContent = '';
      return;
    }
    summary.textContent = state.term ? `Searching for ${state.term}…` : 'Searching…';
    try {
      const [pagefind, names] = await Promise.all([pagefindReady, namesReady]);
      const found = await findResults(pagefind, state, names);
      if (current !== generation) return;
      const count = found.hits.length;
      const counted = count === 0 ? 'No results' : `${count.toLocaleString('en')} result${count === 1 ? '' : 's'}`;
      summary.textContent = state.term ? `${counted} for ${state.term}` : counted;
      facets.update(state, found.counts);
      const shown = results.show(found.hits);
      // A query that names no entry and finds nothing, or only hits without its words, may be a misspelt name.
      const best = await found.hits[0]?.data().catch(() => undefined);
      const weak = !best || !excerptShowsQuery(state.term, best.excerpt);
      if (current !== generation) return;
      offer(state.term && found.named.length === 0 && weak ? nearestName(state.term, names) : undefined);
      await shown;
    } catch {
      if (current !== generation) return;
      results.clear();
      summary.textContent = 'Search could not be loaded. Reload the page to try again.';
    }
  }

  let pause: ReturnType<typeof setTimeout> | undefined;
  box.addEventListener('input', () => {
    clearTimeout(pause);
    pause = setTimeout(() => {
      state = { ...state, term: box.value.trim() };
      void run();
    }, typingPause);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(pause);
    state = { ...state, term: box.value.trim() };
    void run();
  });

  // A URL that chooses facet values shows them, with counts; otherwise they load when a group is opened.
  if (Object.keys(state.chosen).length > 0) void facets.load();
  void run();
  box.focus();
}
