/**
 * Benchmark: how matching time depends on the number of aliases. The same
 * texts (the archive’s sources) are matched against the real glossary and
 * against glossaries padded with 10,000 and 100,000 made-up aliases; one pass
 * should take about as long in each case. They are matched as English (names as
 * written) and as Serbian and German (case forms too: the trie's stem records
 * are tried), each of which should stay flat as well. Run with `npm run bench`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { contentFolders } from '../content-folders.ts';
import { readGlossary, surfaceForms } from '../glossary/read-glossary.ts';
import { type AliasEntry, type Matcher, compileMatcher } from './matcher.ts';

const runs = 200;

// Each source is matched on its own, as the build matches each text: the matcher keeps the reading of
// the last text it was given, so matching one text again and again would measure none of that reading.
const texts = readdirSync(contentFolders.sources).map((name) =>
  readFileSync(`${contentFolders.sources}/${name}`, 'utf8'),
);
const matchAll = (match: Matcher, lang?: string) => texts.reduce((count, text) => count + match(text, lang).length, 0);
const real: AliasEntry[] = readGlossary(contentFolders.glossary).flatMap((entry) =>
  surfaceForms(entry).map((alias) => ({ entity: entry.id, alias })),
);
const padded = (count: number): AliasEntry[] => [
  ...real,
  ...Array.from({ length: count }, (_, n) => ({ entity: `made-up-${n}`, alias: `Kosovo Person ${n.toString(36)}` })),
];

/** Median time of one call, in milliseconds. */
function median(run: () => void): number {
  const times = Array.from({ length: runs }, () => {
    const start = performance.now();
    run();
    return performance.now() - start;
  }).sort((a, b) => a - b);
  return times[Math.floor(runs / 2)] ?? Number.NaN;
}

console.log(
  `Matching ${texts.join(' ').split(/\s+/).length} words in ${texts.length} texts, median of ${runs} passes:`,
);
for (const [label, aliases] of [
  ['the glossary', real],
  ['+10,000 aliases', padded(10_000)],
  ['+100,000 aliases', padded(100_000)],
] as const) {
  const compileStart = performance.now();
  const match = compileMatcher(aliases);
  const compileMs = performance.now() - compileStart;
  const mentions = matchAll(match);
  const inLanguages = (['sr-Latn', 'de'] as const).map(
    (lang) => `${lang} ${median(() => matchAll(match, lang)).toFixed(3)} ms (${matchAll(match, lang)})`,
  );
  console.log(
    `${label.padEnd(18)} ${String(aliases.length).padStart(7)} aliases  compile ${compileMs.toFixed(1).padStart(7)} ms  match ${median(() => matchAll(match)).toFixed(3)} ms  (${mentions} mentions)  ${inLanguages.join('  ')}`,
  );
}
