/**
 * The search page's script: runs the search in the box and the chosen facet
 * values with Pagefind's JavaScript API, shows the results a page at a time,
 * offers the nearest glossary name when a query finds little, and keeps the
 * URL in step so that any search can be shared, bookmarked and restored.
 */
import { type KeyedEntry, type NamedEntry, excerptShowsQuery, keyNames, nearestName } from './entity-names.ts';
import { facetPane } from './facet-pane.ts';
import { countFacets, findResults } from './find-results.ts';
import { type Pagefind, loadPagefind } from './pagefind-api.ts';
import { resultList } from './search-results.ts';
import { type SearchState, hasSearch, readSearchUrl, writeSearchUrl } from './search-url.ts';

/**
 * A short pause after a key that leaves the last word of the query under
 * three characters: such a prefix matches a large part of the index, and the
 * next key would wait for its search. Any other key searches at once; keys
 * typed while a search runs are searched together when it ends.
 */
const typingPause = 120;
const shortPrefix = 3;

/** Whether a query typed so far is worth searching without a pause: its last word is not a short prefix. */
export const searchesAtOnce = (term: string): boolean => [...(term.split(/\s+/).at(-1) ?? '')].length >= shortPrefix;

/**
 * How long results stay on screen, with no new search, before the facet
 * values are counted among them. Counting takes Pagefind's worker about as
 * long as a search, and a search typed meanwhile would wait for it.
 */
const countingPause = 400;

const failed = 'Search could not be loaded. Reload the page to try again.';

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

  // Results come from two instances of Pagefind, facet counts from a third (see `find-results.ts`):
  // the second loads when a search first needs it, the third when the facets' values are first wanted.
  const pagefindReady: Promise<Pagefind> = loadPagefind(bundle, { baseUrl });
  pagefindReady.catch((error: unknown) => {
    console.error(error);
    summary.textContent = failed;
  });
  let facetsReady: Promise<Pagefind> | undefined;
  const facetsInstance = () => (facetsReady ??= loadPagefind(bundle, { baseUrl }));
  let countingReady: Promise<Pagefind> | undefined;
  const counting = () => (countingReady ??= loadPagefind(bundle, { baseUrl }));
  // The names tell a name query from a topic word; without them, search still runs, as for a topic word.
  const namesReady: Promise<KeyedEntry[]> = fetch(namesUrl)
    .then((response) => (response.ok ? (response.json() as Promise<NamedEntry[]>) : []))
    .catch(() => [])
    .then(keyNames);

  const facetNames = [...root.querySelectorAll<HTMLElement>('[data-facet]')].map((group) => group.dataset.facet ?? '');
  let state: SearchState = readSearchUrl(window.location.search, facetNames);
  box.value = state.term;

  const facets = facetPane({
    pane: part(root, '.search-page__filters'),
    active: part(root, '.active-filters'),
    focusAfterClearing: box,
    loadValues: async () => (await counting()).filters(),
    onChange: (changed) => {
      state = changed;
      search();
    },
    onLoaded: () => {
      // Searches before the values were loaded could not count them: count again, leaving the results be.
      if (hasSearch(state)) void recount();
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
      search();
      box.focus();
    });
    suggestion.replaceChildren('Did you mean ', link, '?');
  };

  // One search at a time: Pagefind's worker runs them one after another, so a search started while
  // another runs waits for it, and only the newest waiting one runs.
  let running: Promise<void> | undefined;
  let waiting = false;
  // A count waiting for its pause (see `countingPause`); a new search or a key typed drops it.
  let countLater: ReturnType<typeof setTimeout> | undefined;
  function search(): void {
    clearTimeout(countLater);
    const url = `${window.location.pathname}${writeSearchUrl(state)}`;
    if (url !== `${window.location.pathname}${window.location.search}`) window.history.replaceState(null, '', url);
    facets.update(state);
    if (running) {
      waiting = true;
      return;
    }
    running = run().finally(() => {
      running = undefined;
      if (waiting) {
        waiting = false;
        search();
      }
    });
  }

  async function run(): Promise<void> {
    const searched = state;
    if (!hasSearch(searched)) {
      results.clear();
      offer(undefined);
      summary.textContent = '';
      return;
    }
    summary.textContent = searched.term ? `Searching for ${searched.term}…` : 'Searching…';
    try {
      const [pages, names] = await Promise.all([pagefindReady, namesReady]);
      const found = await findResults({ pages, facets: facetsInstance }, searched, names);
      if (waiting) return;
      const count = found.hits.length;
      const counted = count === 0 ? 'No results' : `${count.toLocaleString('en')} result${count === 1 ? '' : 's'}`;
      summary.textContent = searched.term ? `${counted} for ${searched.term}` : counted;
      facets.update(searched);
      const shown = results.show(found.hits);
      if (countingReady) countLater = setTimeout(() => void recount(), countingPause);
      // A query that names no entry and finds nothing, or only hits without its words, may be a misspelt name.
      const best = await found.hits[0]?.data().catch(() => undefined);
      const weak = !best || !excerptShowsQuery(searched.term, best.excerpt);
      if (waiting) return;
      offer(searched.term && found.named.length === 0 && weak ? nearestName(searched.term, names) : undefined);
      await shown;
    } catch (error) {
      console.error(error);
      results.clear();
      offer(undefined);
      summary.textContent = failed;
    }
  }

  /** Counts the facet values among the results, once they are shown, if the facets' values are loaded. */
  async function recount(): Promise<void> {
    await running;
    const counted = state;
    if (!hasSearch(counted)) return;
    const counts = await countFacets(await counting(), counted).catch(() => undefined);
    if (counts && counted === state) facets.update(counted, counts);
  }

  let pause: ReturnType<typeof setTimeout> | undefined;
  box.addEventListener('input', () => {
    clearTimeout(pause);
    clearTimeout(countLater);
    const typed = () => {
      state = { ...state, term: box.value.trim() };
      search();
    };
    if (searchesAtOnce(box.value.trim())) typed();
    else pause = setTimeout(typed, typingPause);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(pause);
    state = { ...state, term: box.value.trim() };
    search();
  });

  // A URL that chooses facet values shows them, with counts; otherwise they load when a group is opened.
  if (Object.keys(state.chosen).length > 0) void facets.load();
  search();
  box.focus();
}
