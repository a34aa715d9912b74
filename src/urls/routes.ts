/**
 * Every URL of the site, built by one function each, under the base path the
 * site is built for. Pages, components and the annotator use these; nothing
 * else writes a site path.
 */

/** A base path as Astro and these routes take it: `/`, or `/a/b/` with one slash at each end. */
export function normaliseBase(raw: string | undefined): string {
  const trimmed = (raw ?? '').replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** The base path, from `BASE_PATH` (e.g. `/archive/`), else `/`; `astro.config.mjs` hands it to Astro. */
export const base = normaliseBase(process.env.BASE_PATH);

/** The id of an entity page's section on one article, which the matrix links to. */
export function articleSectionId(slug: string): string {
  return `in-${slug}`;
}

export const routes = {
  /** The home page: the list of articles, newest first (its first page). */
  home: (): string => base,
  /** A page of the list of articles: the home page for page 1. */
  articleList: (page: number): string => (page === 1 ? base : `${base}page/${page}/`),
  /** An article page. */
  article: (slug: string): string => `${base}articles/${slug}/`,
  /** One mention on its article page. */
  mention: (slug: string, anchor: string): string => `${routes.article(slug)}#${anchor}`,
  /** The raw source of an article, served byte for byte. */
  source: (name: string): string => `${base}sources/${encodeURIComponent(name)}`,
  /** The glossary index. */
  glossary: (): string => `${base}glossary/`,
  /** An entity's glossary page. */
  entity: (id: string): string => `${base}glossary/${id}/`,
  /** What an entity's preview card shows, as JSON (read by the preview script on the article pages). */
  entityPreview: (id: string): string => `${routes.entity(id)}preview.json`,
  /** A page of an entity's mentions: the entity page itself for page 1. */
  entityMentions: (id: string, page: number): string =>
    page === 1 ? routes.entity(id) : `${routes.entity(id)}mentions/${page}/`,
  /** An entity's mentions in one article, on the page of its mentions that holds them. */
  entityInArticle: (id: string, slug: string, page = 1): string =>
    `${routes.entityMentions(id, page)}#${articleSectionId(slug)}`,
  /** Who appears where: entities against articles (its first page, the newest articles). */
  matrix: (page = 1): string => (page === 1 ? `${base}matrix/` : `${base}matrix/${page}/`),
  /** The timeline: articles in time order (its first page, the oldest). */
  timeline: (page = 1): string => (page === 1 ? `${base}timeline/` : `${base}timeline/${page}/`),
  /** The stories: groups of reports that retell one another (its first page, the largest stories). */
  stories: (page = 1): string => (page === 1 ? `${base}stories/` : `${base}stories/${page}/`),
  /** One story on the page of stories that holds it. */
  story: (number: number, page: number): string => `${routes.stories(page)}#story-${number}`,
  /** Two articles side by side, aligned passage by passage. */
  compare: (a: string, b: string): string => `${base}compare/?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`,
  /** The search page. */
  search: (): string => `${base}search/`,
  /** The glossary's names as the search page reads them (JSON). */
  searchNames: (): string => `${base}search/names.json`,
  /** Pagefind's bundle folder, or a file in it. */
  pagefind: (file = ''): string => `${base}pagefind/${file}`,
  /** A file from `public/`. */
  asset: (file: string): string => `${base}${file}`,
};
