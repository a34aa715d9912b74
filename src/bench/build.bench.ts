/**
 * Benchmark: the project's build against a plain Astro + Pagefind build of
 * the same MDX (see plain-project.ts), at any archive size.
 *
 * Makes `count` synthetic sources from the seed paragraphs (default 1,000),
 * ingests them into a scratch copy of the project, copies the articles into
 * the plain project, then builds the two alternately (`rounds` times each,
 * default 2), after one build not counted, each from a clean state (no build
 * cache, no previous output, nothing of the previous build's left to write
 * to the disk) under `/usr/bin/time` with the same Node heap limit, and
 * prints every run's time, processor time (user and system, all threads) and
 * peak memory (the largest process: Node or Pagefind), the ratio of the
 * medians, the largest HTML page (gzipped) and the size of `dist/`, and what
 * the first search downloads and how long its results take in Chromium. The
 * last build's output of each is kept in the temporary folder
 * (`bench-build-project.log`, `bench-build-plain.log`). With `passages` after
 * the rounds, each round also builds the project without quotations and
 * shared passages (`PASSAGES_AND_QUOTES=off`), before or after the project
 * by turns, and prints what finding them adds, in time and in processor time
 * (the work they add, whichever core does it; and of it, user time, which
 * varies less from run to run than the system's): between the medians,
 * between the fastest build of each, and round by round. With
 * `own-sentences` among the arguments, the archive is one whose sentences
 * are mostly its own (`own-sentences.ts`) instead of one made of the seed
 * paragraphs.
 *
 * Run with `npm run bench:build [-- count [rounds [passages]] [own-sentences]]` (needs GNU time and Chromium).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { measureSearch, transferGroups } from '../../e2e/search-measure.ts';
import { plainProject } from './plain-project.ts';
import { scratchProject } from './scratch-project.ts';
import { writeOwnSentenceSources } from './own-sentences.ts';
import { writeSyntheticSources } from './synthetic-archive.ts';

const count = Number(process.argv[2] ?? 1_000);
const rounds = Number(process.argv[3] ?? 2);
const measurePassages = process.argv[4] === 'passages';
const ownSentences = process.argv.slice(4).includes('own-sentences');
const heap = '--max-old-space-size=4096';

interface Run {
  seconds: number;
  /** Processor time, user and system, of all its processes and threads: the work done, on however many cores. */
  cpuSeconds: number;
  /** Of it, the time in the build's own code; the rest is the system's (files, memory), which varies most between runs. */
  userSeconds: number;
  peakMb: number;
}

/** Runs a command under GNU time; fails with its output if it fails. Its output is kept in `log`, if given. */
function timed(label: string, args: string[], cwd: string, log?: string, env: NodeJS.ProcessEnv = {}): Run {
  const run = spawnSync('/usr/bin/time', ['-f', 'TIME %e %M %U %S', ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { ...process.env, BASE_PATH: '', ...env },
  });
  if (log) writeFileSync(log, `${run.stdout}\n${run.stderr}`);
  const measured = /TIME (\S+) (\d+) (\S+) (\S+)\s*$/.exec(run.stderr);
  if (run.status !== 0 || !measured) {
    throw new Error(`${label} failed (exit ${run.status}):\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-3000)}`);
  }
  return {
    seconds: Number(measured[1]),
    cpuSeconds: Number(measured[3]) + Number(measured[4]),
    userSeconds: Number(measured[3]),
    peakMb: Number(measured[2]) / 1024,
  };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

/** The largest HTML page of a built site, gzipped, and the size of the whole folder. */
function outputSizes(dist: string): { page: string; pageGzip: number; totalMb: number; pages: number } {
  let largest = { page: '', pageGzip: 0 };
  let total = 0;
  let pages = 0;
  for (const name of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
    const file = path.join(dist, name);
    const info = statSync(file);
    if (!info.isFile()) continue;
    total += info.size;
    if (!name.endsWith('.html')) continue;
    pages++;
    const gzip = gzipSync(readFileSync(file)).length;
    if (gzip > largest.pageGzip) largest = { page: `/${name}`, pageGzip: gzip };
  }
  return { ...largest, totalMb: total / 1e6, pages };
}

const project = scratchProject();
const inbox = path.join(project.root, 'inbox');
mkdirSync(inbox);
if (ownSentences) writeOwnSentenceSources(inbox, count);
else writeSyntheticSources(inbox, count);
console.log(`Ingesting ${count} ${ownSentences ? 'generated sources of their own sentences' : 'synthetic sources'}…`);
timed('ingest', [process.execPath, heap, 'src/ingest/cli.ts', 'inbox'], project.root);
const plain = plainProject(path.join(project.root, 'content', 'articles'));

const astro = [process.execPath, heap, 'node_modules/astro/bin/astro.mjs', 'build'];
type Build = 'project' | 'plain' | 'bare';
const runs: Record<Build, Run[]> = { project: [], plain: [], bare: [] };
// `bare`: the project without quotations and shared passages. It and the project take turns to go
// first, so that neither always follows the other; the project's last build is the output measured.
const projectBuilds: [Build, string, NodeJS.ProcessEnv][] = [
  ...(measurePassages
    ? [['bare', project.root, { PASSAGES_AND_QUOTES: 'off' }] as [Build, string, NodeJS.ProcessEnv]]
    : []),
  ['project', project.root, {}],
];
const buildsOfRound = (round: number): [Build, string, NodeJS.ProcessEnv][] => [
  ...(round % 2 === 1 || round === rounds ? projectBuilds : projectBuilds.toReversed()),
  ['plain', plain.root, {}],
];
/**
 * One build, cold: no cache and no output left by the previous one. A build deletes the output it
 * finds first (half a gigabyte of the project's at 5,000 articles): that is not building it. And
 * what the previous one wrote is on the disk before it starts, not written while it runs.
 */
function coldBuild(name: Build, root: string, env: NodeJS.ProcessEnv): Run {
  rmSync(path.join(root, 'node_modules', '.astro'), { recursive: true, force: true });
  rmSync(path.join(root, 'dist'), { recursive: true, force: true });
  spawnSync('sync');
  return timed(`${name} build`, astro, root, path.join(tmpdir(), `bench-build-${name}.log`), env);
}

try {
  // The first build of a run is the quickest (the machine's memory and caches are as the ingest left
  // them): one build of the project first, not counted, so that no configuration has it.
  const warmUp = coldBuild('project', project.root, {});
  console.log(`warm-up  project ${warmUp.seconds.toFixed(1)} s (not counted)`);
  for (let round = 1; round <= rounds; round++) {
    for (const [name, root, env] of buildsOfRound(round)) {
      const run = coldBuild(name, root, env);
      runs[name].push(run);
      console.log(
        `round ${round}  ${name.padEnd(7)} ${run.seconds.toFixed(1)} s  ${run.cpuSeconds.toFixed(1)} s of processor time (${run.userSeconds.toFixed(1)} s user)  ${Math.round(run.peakMb)} MB`,
      );
    }
  }
  const medianOf = (build: Build, measure: (run: Run) => number) => median(runs[build].map(measure));
  const time = medianOf('project', (r) => r.seconds) / medianOf('plain', (r) => r.seconds);
  const memory = medianOf('project', (r) => r.peakMb) / medianOf('plain', (r) => r.peakMb);
  const sizes = outputSizes(path.join(project.root, 'dist'));
  const plainSizes = outputSizes(path.join(plain.root, 'dist'));

  console.log(`\n${count} articles, ${rounds} alternating rounds (medians):`);
  console.log(
    `build time    project ${medianOf('project', (r) => r.seconds).toFixed(1)} s, plain ${medianOf('plain', (r) => r.seconds).toFixed(1)} s, ratio ${time.toFixed(2)}`,
  );
  console.log(
    `peak memory   project ${Math.round(medianOf('project', (r) => r.peakMb))} MB, plain ${Math.round(medianOf('plain', (r) => r.peakMb))} MB, ratio ${memory.toFixed(2)}`,
  );
  if (measurePassages) {
    // Another process on the machine only ever slows a build down: the fastest of each is the
    // estimate least moved by it, and the medians show how far a typical round strays from it.
    const fastestOf = (build: Build, measure: (run: Run) => number) => Math.min(...runs[build].map(measure));
    const adds = (of: typeof medianOf, measure: (run: Run) => number) => {
      const base = of('bare', measure);
      return `${(((of('project', measure) - base) / base) * 100).toFixed(1)}%`;
    };
    for (const [label, of] of [
      ['medians', medianOf],
      ['fastest', fastestOf],
    ] as const) {
      console.log(
        `passages and quotes (${label})  without them ${of('bare', (r) => r.seconds).toFixed(1)} s (${of('bare', (r) => r.cpuSeconds).toFixed(1)} s of processor time), ${Math.round(of('bare', (r) => r.peakMb))} MB; ` +
          `finding them adds ${adds(of, (r) => r.seconds)} time, ${adds(of, (r) => r.cpuSeconds)} processor time (${adds(of, (r) => r.userSeconds)} user time), ${adds(of, (r) => r.peakMb)} memory`,
      );
    }
    // The two builds of a round run minutes apart, the rounds up to half an hour: the machine's speed
    // drifts less within a round, so what each round adds, and their median, moves least with it.
    const added = (measure: (run: Run) => number) =>
      runs.project.map((run, round) => {
        const bare = runs.bare[round] as Run;
        return ((measure(run) - measure(bare)) / measure(bare)) * 100;
      });
    const byRound = added((r) => r.seconds);
    console.log(
      `passages and quotes (by round)  adds ${byRound.map((share) => `${share.toFixed(1)}%`).join(', ')} time: ` +
        `median ${median(byRound).toFixed(1)}% time, ${median(added((r) => r.cpuSeconds)).toFixed(1)}% processor time (${median(added((r) => r.userSeconds)).toFixed(1)}% user time)`,
    );
  }
  console.log(
    `output        project ${sizes.pages} pages, ${sizes.totalMb.toFixed(0)} MB; plain ${plainSizes.pages} pages, ${plainSizes.totalMb.toFixed(0)} MB`,
  );
  console.log(`largest page  ${sizes.page} ${(sizes.pageGzip / 1024).toFixed(1)} KB gzipped`);
  // Search is measured with names of the seeds' story, which an archive of made-up words does not have.
  if (!ownSentences) {
    const search = await measureSearch(path.join(project.root, 'dist'), { query: 'Kirby', nextQuery: 'Stoltenberg' });
    const payload = search.transfers.reduce((sum, { gzip }) => sum + gzip, 0);
    const raw = search.transfers.reduce((sum, { bytes }) => sum + bytes, 0);
    console.log(
      `first search  ${(payload / 1024).toFixed(0)} KB gzipped (${(raw / 1024).toFixed(0)} KB as sent uncompressed) in ${search.transfers.length} files`,
    );
    for (const [group, { gzip, files }] of transferGroups(search.transfers))
      console.log(`                ${group}: ${(gzip / 1024).toFixed(0)} KB in ${files} files`);
    console.log(
      `search time   ${Math.round(search.coldMs)} ms to results opening /search/?q=Kirby cold, ${Math.round(search.warmMs)} ms after typing a new query, ${Math.round(search.warmWithFiltersMs)} ms with the filters open`,
    );
  }
} finally {
  project.remove();
  plain.remove();
}
