/**
 * How lists that grow with the archive are cut into pages, so that no page
 * of the site grows without limit: the article list, an entity's mentions,
 * the matrix. One home for the page sizes.
 */

/** Articles per page of the home list. */
export const articlesPerPage = 50;

/** Articles per page of the timeline. */
export const timelinePerPage = 50;

/** Stories per page of the list of stories, and the reports shown for each. */
export const storiesPerPage = 20;
export const reportsShownPerStory = 30;

/** Articles per page of the matrix (its columns). */
export const matrixColumnsPerPage = 25;

/** Limits of one page of an entity's mentions: whole articles, until either is reached. */
export const entityPageLimits = { articles: 100, mentions: 500 } as const;

/** Mentions of one entity shown for one article; the rest are read in the article itself. */
export const mentionsShownPerArticle = 100;

/** Cuts a list into pages of `size` items (at least one page, maybe empty). */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const pages: T[][] = [];
  for (let start = 0; start < items.length; start += size) pages.push(items.slice(start, start + size));
  return pages.length > 0 ? pages : [[]];
}

/**
 * Cuts a list into pages by two limits: at most `maxItems` items and, once a
 * page holds something, at most `maxWeight` in all (an item heavier than
 * that has a page to itself). Items keep their order.
 */
export function chunkByWeight<T>(
  items: readonly T[],
  weight: (item: T) => number,
  { maxItems, maxWeight }: { maxItems: number; maxWeight: number },
): T[][] {
  const pages: T[][] = [];
  let page: T[] = [];
  let pageWeight = 0;
  for (const item of items) {
    const itemWeight = weight(item);
    if (page.length > 0 && (page.length >= maxItems || pageWeight + itemWeight > maxWeight)) {
      pages.push(page);
      page = [];
      pageWeight = 0;
    }
    page.push(item);
    pageWeight += itemWeight;
  }
  pages.push(page);
  return pages;
}

/**
 * The page numbers a pager shows around the current one: the first, the
 * last, and `spread` on each side of the current, with `undefined` for a gap
 * (`1 … 4 5 [6] 7 8 … 200`). Numbers start at 1.
 */
export function pagerNumbers(current: number, total: number, spread = 2): (number | undefined)[] {
  const shown: (number | undefined)[] = [];
  for (let page = 1; page <= total; page++) {
    const near = page === 1 || page === total || Math.abs(page - current) <= spread;
    // A gap of one page shows that page: "…" would hide no fewer numbers than it takes.
    const onlyOneHidden = Math.abs(page - current) === spread + 1 && (page === 2 || page === total - 1);
    if (near || onlyOneHidden) shown.push(page);
    else if (shown.at(-1) !== undefined) shown.push(undefined);
  }
  return shown;
}
