/**
 * The search page's list of results, a page at a time. Pagefind's Component
 * UI renders a placeholder for every hit (4,500 list items for a common name
 * in a large archive); this list shows the first {@link resultsPerPage} and a
 * button for the next ones, and loads each result's excerpt only when shown.
 */
import type { PagefindInstance } from './search-page.ts';

/** Results shown at first, and added by each "Show more results". */
export const resultsPerPage = 10;

/** Sub-results (the headings within a page that match) shown under a result. */
const subResultsShown = 3;

/** One hit as Pagefind returns it: its fragment loads on demand. */
export interface PagefindHit {
  id: string;
  data(): Promise<PagefindFragment>;
}

/** What Pagefind knows of a hit's page. */
export interface PagefindFragment {
  url: string;
  meta: { title?: string };
  excerpt: string;
  sub_results?: { title: string; url: string; excerpt: string }[];
}

/** A search's results as the Component UI hands them on. */
export interface PagefindResults {
  results: PagefindHit[];
}

/**
 * An excerpt as nodes: Pagefind's excerpts are escaped text with `<mark>`
 * around the matched words. Only the text and those marks are kept, so
 * nothing else an indexed page held can reach this page as markup.
 */
export function excerptNodes(html: string, document: Document): Node[] {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body;
  return [...parsed.childNodes].map((node) => {
    const text = node.textContent ?? '';
    if (node.nodeName !== 'MARK') return document.createTextNode(text);
    const mark = document.createElement('mark');
    mark.textContent = text;
    return mark;
  });
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  created.className = className;
  created.append(...children);
  return created;
}

function link(href: string, ...children: (Node | string)[]): HTMLAnchorElement {
  const anchor = document.createElement('a');
  anchor.href = href;
  anchor.append(...children);
  return anchor;
}

/** One result: its title linked, its excerpt, and the matching headings within it. */
function renderResult(item: HTMLLIElement, fragment: PagefindFragment): void {
  const title = fragment.meta.title ?? fragment.url;
  const subResults = (fragment.sub_results ?? [])
    .filter((sub) => sub.url !== fragment.url && sub.title !== title)
    .slice(0, subResultsShown);
  item.replaceChildren(
    element('p', 'search-result__title', link(fragment.url, title)),
    element('p', 'search-result__excerpt', ...excerptNodes(fragment.excerpt, document)),
  );
  if (subResults.length > 0) {
    item.append(
      element(
        'ul',
        'search-result__subs',
        ...subResults.map((sub) =>
          element(
            'li',
            'search-result__sub',
            element('p', 'search-result__sub-title', link(sub.url, sub.title)),
            element('p', 'search-result__excerpt', ...excerptNodes(sub.excerpt, document)),
          ),
        ),
      ),
    );
  }
  item.removeAttribute('aria-busy');
}

/**
 * Shows the results of every search the page's Pagefind instance runs, into
 * `list`, a page at a time; `more` is the button that shows the next page.
 * Arrow keys move from the search box through the result links and back.
 */
export function showResults(
  instance: PagefindInstance,
  {
    list,
    more,
    status,
    box,
  }: { list: HTMLOListElement; more: HTMLButtonElement; status: HTMLElement; box?: HTMLInputElement | null },
): void {
  let hits: PagefindHit[] = [];
  let shown = 0;
  // A newer search makes the fragments an older one is still loading stale.
  let generation = 0;

  /** Shows the next page of results; resolves when the first of them is on screen. */
  const showNext = (): Promise<HTMLLIElement | undefined> => {
    const current = generation;
    const next = hits.slice(shown, shown + resultsPerPage);
    shown += next.length;
    const shownItems = next.map((hit) => {
      const item = element('li', 'search-result');
      item.setAttribute('aria-busy', 'true');
      list.append(item);
      return hit
        .data()
        .then((fragment) => {
          if (current === generation) renderResult(item, fragment);
        })
        .catch(() => {
          if (current !== generation) return;
          item.replaceChildren(element('p', 'search-result__excerpt', 'This result could not be loaded.'));
          item.removeAttribute('aria-busy');
        })
        .then(() => item);
    });
    more.hidden = shown >= hits.length;
    more.textContent = `Show ${Math.min(resultsPerPage, hits.length - shown)} more results`;
    status.textContent = hits.length > resultsPerPage ? `Showing ${shown} of ${hits.length.toLocaleString('en')}` : '';
    return shownItems[0] ?? Promise.resolve(undefined);
  };

  instance.on('results', ({ results }: PagefindResults) => {
    generation++;
    hits = results;
    shown = 0;
    list.replaceChildren();
    void showNext();
  });
  instance.on('error', () => {
    generation++;
    list.replaceChildren();
    more.hidden = true;
    status.textContent = 'Search could not be loaded. Reload the page to try again.';
  });
  more.addEventListener('click', () => {
    // Keyboard and screen reader users go on where the new results start, once the first is shown.
    void showNext().then((first) => first?.querySelector('a')?.focus());
  });

  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('.search-result__title a')];
  box?.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown') return;
    const first = links()[0];
    if (!first) return;
    event.preventDefault();
    first.focus();
  });
  list.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (at === -1) return;
    event.preventDefault();
    const to = at + (event.key === 'ArrowDown' ? 1 : -1);
    if (to < 0) box?.focus();
    else all[Math.min(to, all.length - 1)]?.focus();
  });
}
