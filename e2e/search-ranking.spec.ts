import { expect, test } from '@playwright/test';
import { nonEmpty } from './site.ts';
import { evaluateQuerySet, querySet, rankingTable } from './search-ranking.ts';

test('the search page meets the ranked query set: names, topic words, facets and typos', async ({ page }) => {
  test.setTimeout(240_000);
  nonEmpty([...querySet.names, ...querySet.topics, ...querySet.facets, ...querySet.typos], 'query in the set');
  const rows = await evaluateQuerySet(page);
  const unmet = rows.filter((row) => !row.pass);
  expect(unmet, rankingTable(rows)).toEqual([]);
});
