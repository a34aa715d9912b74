/**
 * Prints what a reader downloads for search, in Chromium with a cold cache,
 * file by file (bytes as sent by the test server, which does not compress,
 * and gzipped, as a compressing host would send them), and how long results
 * take to appear. Run after `npm run build` with
 * `npm run measure:search [query]` (default "Kosovo").
 */
import { measureSearch, transferGroups } from './search-measure.ts';

const query = process.argv[2] ?? 'Kosovo';
const { transfers, coldMs, warmMs, warmWithFiltersMs } = await measureSearch('dist', { query });
console.log(`Opening /search/?q=${query} and searching again:`);
console.log('   bytes     gzip  file');
for (const { path, bytes, gzip } of transfers)
  console.log(`${String(bytes).padStart(8)} ${String(gzip).padStart(8)}  ${path}`);
for (const [group, { bytes, gzip, files }] of transferGroups(transfers))
  console.log(`${group}: ${bytes} bytes (${gzip} gzipped) in ${files} files`);
console.log(
  `results ${Math.round(coldMs)} ms after opening the page cold, ${Math.round(warmMs)} ms after typing again ` +
    `(median of three), ${Math.round(warmWithFiltersMs)} ms with the filters open`,
);
