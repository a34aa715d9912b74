/**
 * The search page's list of results, a page at a time: the first
 * {@link resultsPerPage} and a button for the next ones, each result's
 * excerpt loaded only when shown (a common name in a large archive has
 * thousands of hits). A result shows its title, what it is (an article with
 * its outlet and date, or an entry with its kind and role), and two or three
 * lines around the best match with the matched words marked.
 */
import { formatCalendarDate } from '../text/calendar-date.ts';
import { element, link } from './dom.ts';
import type { PagefindFragment, PagefindHit } from './pagefind-api.ts';
import { entryKindFilter, everyArticleWord, outletFacet, sectionFilter, sections } from './filter-names.ts';
import { highlightParam } from './search-highlight.ts';

/** Results shown at first, and added by each "Show more results". */
export const resultsPerPage = 10;

/** Sections within a result (its headings that match) shown under it. */
const subResultsShown = 3;

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

/** What a result is, in a line: `Article · Reuters · 15 November 2023`, `Person · White House spokesperson`. */
export function resultKind({ meta, filters }: Pick<PagefindFragment, 'meta' | 'filters'>): string {
  if (filters[sectionFilter]?.includes(sections.glossary)) {
    return [filters[entryKindFilter]?.[0] ?? 'Glossary entry', meta.role].filter(Boolean).join(' · ');
  }
  const date = meta.date ? formatCalendarDate(meta.date) : 'Undated';
  return ['Article', filters[outletFacet]?.[0], date].filter(Boolean).join(' · ');
}

/** A result's link without terms to highlight when the reader typed none (browsing by facets). */
export function withoutBrowseHighlight(url: string): string {
  return url.replace(new RegExp(`[?&]${highlightParam}=(?:${everyArticleWord})?(?=#|$)`), '');
}

/** One result: its title linked, what it is, its excerpt, and the sections within it that match. */
function renderResult(item: HTMLLIElement, fragment: PagefindFragment): void {
  const title = fragment.meta.title ?? fragment.url;
  const sections = (fragment.sub_results ?? [])
    .filter((sub) => sub.url !== fragment.url && sub.title !== title)
    .slice(0, subResultsShown);
  item.replaceChildren(
    element('p', 'search-result__title', link(withoutBrowseHighlight(fragment.url), title)),
    element('p', 'search-result__kind', resultKind(fragment)),
    element('p', 'search-result__excerpt', ...excerptNodes(fragment.excerpt, document)),
  );
  if (sections.length > 0) {
    item.append(
      element(
        'ul',
        'search-result__subs',
        ...sections.map((sub) =>
          element(
            'li',
            'search-result__sub',
            element('p', 'search-result__sub-title', link(sub.url, sub.title)),
            // The section that holds the best match has the page's excerpt: shown once, above.
            ...(sub.excerpt === fragment.excerpt
              ? []
              : [element('p', 'search-result__excerpt', ...excerptNodes(sub.excerpt, document))]),
          ),
        ),
      ),
    );
  }
  item.removeAttribute('aria-busy');
}

export interface ResultList {
  /** Shows these hits, in this order, from the first page; resolves when the first is on screen. */
  show(hits: readonly PagefindHit[]): Promise<void>;
  /** Empties the list. */
  clear(): void;
}

/**
 * A list of results in `list`, a page at a time; `more` is the button that
 * shows the next page, `shown` says how many of how many are shown. Arrow
 * keys move from the search box through the result links and back.
 */
export function resultList({
  list,
  more,
  shown: shownStatus,
  box,
}: {
  list: HTMLOListElement;
  more: HTMLButtonElement;
  shown: HTMLElement;
  box: HTMLInputElement;
}): ResultList {
  let hits: readonly PagefindHit[] = [];
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
    shownStatus.textContent =
      hits.length > resultsPerPage ? `Showing ${shown} of ${hits.length.toLocaleString('en')}` : '';
    return shownItems[0] ?? Promise.resolve(undefined);
  };

  more.addEventListener('click', () => {
    // Keyboard and screen reader users go on where the new results start, once the first is shown.
    void showNext().then((first) => first?.querySelector('a')?.focus());
  });

  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('.search-result__title a')];
  box.addEventListener('keydown', (event) => {
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
    if (to < 0) box.focus();
    else all[Math.min(to, all.length - 1)]?.focus();
  });

  const clear = () => {
    generation++;
    hits = [];
    shown = 0;
    list.replaceChildren();
    more.hidden = true;
    shownStatus.textContent = '';
  };
  return {
    clear,
    show: async (newHits) => {
      clear();
      hits = newHits;
      await showNext();
    },
  };
}
