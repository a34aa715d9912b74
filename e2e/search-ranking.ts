/**
 * The ranked query set (`ranked-queries.json`) checked on the search page in
 * Chromium, as a reader sees the results: one row per query saying whether
 * the page met it and what it showed. Used by the e2e spec and by
 * `npm run evaluate:search`, which prints the rows as a table.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type Page, expect } from '@playwright/test';
import {
  type SearchFilters,
  loadAllResults,
  resultPaths,
  searchTimeout,
  searchUi,
  searchUrl,
  underBase,
} from './site.ts';

interface QuerySet {
  /** How many results the first screen shows. */
  firstScreen: number;
  /** A name or alias: the entry first, then every article that mentions it (on the first screen). */
  names: { query: string; entity: string; articles: string[] }[];
  /** A topic word: every article holding it before any glossary entry. */
  topics: { query: string; articles: string[] }[];
  /** Filters with no query: exactly the articles that mention the chosen entity. */
  facets: { filters: Record<string, string[]>; articles: string[] }[];
  /** A misspelt name: the page offers the name. */
  typos: { query: string; suggests: string }[];
}

export const querySet = JSON.parse(
  readFileSync(path.join(import.meta.dirname, 'ranked-queries.json'), 'utf8'),
) as QuerySet;

/** One checked query: what was asked, whether the page met it, and what it showed. */
export interface RankingRow {
  check: 'name' | 'topic' | 'facet' | 'typo';
  query: string;
  pass: boolean;
  shown: string;
}

const articlePath = (id: string) => `/articles/${id}/`;
const entityPath = (id: string) => `/glossary/${id}/`;
/** A result path without the site's base path, so that ranks compare under `/archive/` too. */
const sitePath = (pathname: string) => pathname.replace(/^.*?(\/(?:articles|glossary)\/)/, '$1');

/**
 * Opens the search page for a query and filters, and waits until every result
 * is shown; none if the page finds none or never says how many it found.
 */
async function searchFor(page: Page, query: string, filters: SearchFilters = {}): Promise<string[]> {
  const ui = searchUi(page);
  await page.goto(underBase(searchUrl(query, filters)));
  const announced = await expect(ui.summary)
    .toHaveText(/^\s*(?:[\d,]+ results?|No results)\b/, { timeout: searchTimeout })
    .then(() => true)
    .catch(() => false);
  if (!announced || /^\s*No results/.test((await ui.summary.textContent()) ?? '')) return [];
  await loadAllResults(page);
  return (await resultPaths(page)).map(sitePath);
}

/** 1-based ranks of the paths in the results ("–" for one not shown). */
const ranksOf = (results: string[], paths: string[]) =>
  paths.map((wanted) => {
    const at = results.indexOf(wanted);
    return at === -1 ? '–' : String(at + 1);
  });

/** Runs every query of the set on the page and says how each went. */
export async function evaluateQuerySet(page: Page, set: QuerySet = querySet): Promise<RankingRow[]> {
  const rows: RankingRow[] = [];
  for (const { query, entity, articles } of set.names) {
    const results = await searchFor(page, query);
    const entryRank = results.indexOf(entityPath(entity)) + 1;
    const onFirstScreen = results.slice(0, set.firstScreen);
    const found = articles.filter((id) => onFirstScreen.includes(articlePath(id)));
    // Right after the entry: no other page between it and the articles that mention it.
    const next = results.slice(1, 1 + articles.length);
    rows.push({
      check: 'name',
      query,
      pass:
        entryRank === 1 && found.length === articles.length && articles.every((id) => next.includes(articlePath(id))),
      shown: `entry at ${entryRank || '–'}; ${found.length} of ${articles.length} articles on the first screen (ranks ${ranksOf(results, articles.map(articlePath)).join(', ')}) of ${results.length} results`,
    });
  }
  for (const { query, articles } of set.topics) {
    const results = await searchFor(page, query);
    const firstEntry = results.findIndex((result) => result.startsWith('/glossary/')) + 1;
    const ranks = ranksOf(results, articles.map(articlePath));
    const lastArticle = Math.max(...ranks.map((rank) => (rank === '–' ? Infinity : Number(rank))));
    rows.push({
      check: 'topic',
      query,
      pass: lastArticle !== Infinity && (firstEntry === 0 || lastArticle < firstEntry),
      shown: `articles at ${ranks.join(', ')}; first glossary entry at ${firstEntry || '–'} of ${results.length}`,
    });
  }
  for (const { filters, articles } of set.facets) {
    const results = await searchFor(page, '', filters);
    const expected = articles.map(articlePath).sort();
    const listed = [...results].sort();
    rows.push({
      check: 'facet',
      query: Object.entries(filters)
        .map(([name, values]) => `${name}: ${values.join(', ')}`)
        .join('; '),
      pass: JSON.stringify(listed) === JSON.stringify(expected),
      shown: `${results.length} results, ${expected.filter((wanted) => listed.includes(wanted)).length} of ${expected.length} expected articles, ${listed.filter((result) => !expected.includes(result)).length} others`,
    });
  }
  for (const { query, suggests } of set.typos) {
    await searchFor(page, query);
    const offered = (await searchUi(page).suggestion.allTextContents()).join(' ').trim();
    rows.push({
      check: 'typo',
      query,
      pass: offered.includes(suggests),
      shown: offered ? `offers "${offered}"` : 'offers nothing',
    });
  }
  return rows;
}

/** The rows as a Markdown table. */
export function rankingTable(rows: RankingRow[]): string {
  const lines = ['| check | query | met | shown |', '|---|---|---|---|'];
  for (const { check, query, pass, shown } of rows)
    lines.push(`| ${check} | ${query} | ${pass ? 'yes' : 'no'} | ${shown} |`);
  const met = rows.filter((row) => row.pass).length;
  return `${lines.join('\n')}\n\n${met} of ${rows.length} met`;
}
