/**
 * Builds the site for a generated archive of `count` articles (default 120,
 * enough for every list to run to several pages) into `dist-large/`, for the
 * end-to-end tests of pagination: a scratch copy of the project with this
 * project's glossary, synthetic sources made from the seed paragraphs and
 * two reports in Serbian, one in each script (for search across scripts),
 * three in Chinese and Japanese (`cjk-reports.ts`), and two stories in wire
 * copies (`wire-copies.ts`), ingested as an editor
 * would, then `astro build`. The archive itself is thrown away. Run with
 * `npm run build:large [-- count]`.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { scratchProject } from './scratch-project.ts';
import { cjkReports } from './cjk-reports.ts';
import { serbianReports } from './serbian-reports.ts';
import { writeSyntheticSources } from './synthetic-archive.ts';
import { renamedCopy, wireCopies } from './wire-copies.ts';

const count = Number(process.argv[2] ?? 120);
const output = path.resolve('dist-large');
const project = scratchProject();

/** Runs Node with a script of the project in the scratch copy, its output shown; fails the run if it fails. */
function run(args: string[]): void {
  const { status } = spawnSync(process.execPath, ['--max-old-space-size=4096', ...args], {
    cwd: project.root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, BASE_PATH: '' },
  });
  if (status !== 0) throw new Error(`build:large: \`node ${args.join(' ')}\` failed (exit ${status})`);
}

try {
  const inbox = path.join(project.root, 'inbox');
  mkdirSync(inbox);
  writeSyntheticSources(inbox, count);
  for (const [name, text] of Object.entries({ ...serbianReports, ...cjkReports }))
    writeFileSync(path.join(inbox, name), text);
  for (const { file, text, slug } of wireCopies) if (!slug) writeFileSync(path.join(inbox, file), text);
  run(['src/ingest/cli.ts', 'inbox']);
  // A copy under a headline already taken is ingested alone, with a slug of its own.
  for (const { file, text, slug } of wireCopies) {
    if (!slug) continue;
    const copy = path.join(project.root, file);
    writeFileSync(copy, text);
    run(['src/ingest/cli.ts', '--slug', slug, copy]);
  }
  run(['src/ingest/cli.ts', '--update', '--slug', renamedCopy.to, `content/articles/${renamedCopy.from}.mdx`]);
  run(['node_modules/astro/bin/astro.mjs', 'build']);
  rmSync(output, { recursive: true, force: true });
  cpSync(path.join(project.root, 'dist'), output, { recursive: true });
  console.log(`Built ${count} generated articles into dist-large/`);
} finally {
  project.remove();
}
