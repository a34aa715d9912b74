/**
 * Benchmark: one `npm run ingest` of a large batch. Writes `count` generated
 * sources (default 10,000) into a folder of a new scratch archive, ingests
 * the folder in one call as the ingest script does (same heap setting), and
 * prints the time and peak memory that `/usr/bin/time` measured, then the
 * same for a second call, in which every article exists already and is kept.
 *
 * Run with `npm run bench:batch [-- count]` (needs GNU time).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generatedSource } from '../ingest/generated-sources.ts';

const count = Number(process.argv[2] ?? 10_000);
const cli = path.resolve('src/ingest/cli.ts');
const root = mkdtempSync(path.join(tmpdir(), 'ingest-bench-'));
const inbox = path.join(root, 'inbox');
mkdirSync(inbox);
for (let n = 0; n < count; n++) writeFileSync(path.join(inbox, `report-${n}.txt`), generatedSource(n));

for (const label of ['new archive', 'all kept']) {
  const run = spawnSync(
    '/usr/bin/time',
    ['-f', '%e s %M KB', process.execPath, '--max-old-space-size=4096', cli, 'inbox'],
    { cwd: root, encoding: 'utf8' },
  );
  const summary = run.stdout.trim().split('\n').at(-1);
  const measured = run.stderr.trim().split('\n').at(-1);
  console.log(`${label.padEnd(12)} exit ${run.status}  ${measured}  ${summary}`);
}
console.log(`${readdirSync(path.join(root, 'content', 'articles')).length} articles`);
rmSync(root, { recursive: true, force: true });
