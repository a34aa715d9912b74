import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedSource } from './generated-sources.ts';

const cli = path.resolve('src/ingest/cli.ts');

/** Runs `npm run ingest` as a user would, in a fresh archive folder. */
function ingest(args: string[], cwd: string) {
  return spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });
}

/** Writes generated sources `from` to `to` (excluded) into `folder` under `cwd`, as `<prefix><n>.txt`. */
function generate(cwd: string, folder: string, from: number, to: number, prefix = 'report-'): void {
  mkdirSync(path.join(cwd, folder), { recursive: true });
  for (let n = from; n < to; n++) writeFileSync(path.join(cwd, folder, `${prefix}${n}.txt`), generatedSource(n));
}

/** Starts `npm run ingest` without waiting for it; resolves with its exit code and output. */
function ingestConcurrently(
  args: string[],
  cwd: string,
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

describe('npm run ingest', () => {
  it('should exit non-zero with one line per bad file that names it and says how to fix it', () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'ingest-cli-'));
    writeFileSync(path.join(cwd, 'blank.txt'), '  \n');
    writeFileSync(path.join(cwd, 'undated.txt'), ' date 2023-11-31 Text.');
    writeFileSync(path.join(cwd, 'fine.txt'), 'A fine headline\nFine text.\n');
    const run = ingest(['blank.txt', 'undated.txt', 'fine.txt'], cwd);
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([
      'blank.txt: the file holds only whitespace; put the article text in it, or remove it',
      'undated.txt: line 1: the date marker holds "2023-11-31", which is not a real date; write it as YYYY-MM-DD (e.g. 2023-11-06), or YYYY-MM or YYYY when only the month or year is known',
    ]);
    expect(run.stdout).toContain('wrote  content/articles/a-fine-headline.mdx');
    expect(readdirSync(path.join(cwd, 'content', 'articles'))).toEqual(['a-fine-headline.mdx']);
  });

  it('should refuse every kind of unusable file by name, on one line each, writing nothing for them', () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'ingest-cli-'));
    const bad: Record<string, string | Uint8Array> = {
      'empty.txt': '',
      'blank.txt': ' \n\t\r\n',
      'latin1.txt': new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x0a]),
      'binary.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d]),
      'marker-only.txt': ' date 2023-11-06 ',
      'bad-date.txt': ' date 2023-02-30 Text.',
      'dashes.txt': '---\n---\n',
    };
    for (const [name, content] of Object.entries(bad)) writeFileSync(path.join(cwd, name), content);
    writeFileSync(path.join(cwd, 'fine.txt'), 'A fine headline\nFine text.\n');
    const run = ingest(['fine.txt', ...Object.keys(bad)], cwd);
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines.map((line) => line.split(':')[0])).toEqual(Object.keys(bad));
    for (const line of lines) expect(line).toMatch(/; [a-z-]+.*$/);
    expect(readdirSync(path.join(cwd, 'content', 'articles'))).toEqual(['a-fine-headline.mdx']);
    expect(readdirSync(path.join(cwd, 'content', 'sources'))).toEqual(['fine.txt']);
  });

  it('should print a file name with a line break escaped, keeping one line per file', () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'ingest-cli-'));
    writeFileSync(path.join(cwd, 'new\nline.txt'), 'Text.');
    const run = ingest(['new\nline.txt'], cwd);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^"new\\nline\.txt": .*; rename the file\n$/);
  });

  it('should print a file name with a right-to-left override escaped, so that the name shows as it is', () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'ingest-cli-'));
    writeFileSync(path.join(cwd, 'report\u202Etxt.exe.txt'), 'A headline\nText.\n');
    const run = ingest(['report\u202Etxt.exe.txt'], cwd);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^"report\\u202etxt\.exe\.txt": .*bidirectional control.*; rename the file\n$/);
  });

  it('should say that it restored the missing source copy of an article it keeps', () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'ingest-cli-'));
    writeFileSync(path.join(cwd, 'a.txt'), 'A headline\nText.\n');
    ingest(['a.txt'], cwd);
    rmSync(path.join(cwd, 'content', 'sources', 'a.txt'));
    const run = ingest(['a.txt'], cwd);
    expect(run.stdout).toBe(
      `kept   ${path.join('content', 'articles', 'a-headline.mdx')} (from a.txt; it exists already, --force rewrites it; ` +
        `restored its source copy ${path.join('content', 'sources', 'a.txt')})\n`,
    );
    expect(readdirSync(path.join(cwd, 'content', 'sources'))).toEqual(['a.txt']);
  });

  it('should take --slug for one file only', () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'ingest-cli-'));
    writeFileSync(path.join(cwd, 'a.txt'), 'A headline\nText.\n');
    writeFileSync(path.join(cwd, 'b.txt'), 'B headline\nText.\n');
    const both = ingest(['--slug', 'x', 'a.txt', 'b.txt'], cwd);
    expect(both.status).toBe(2);
    expect(both.stderr).toContain('--slug names the slug of one article; give exactly one file with it');
    const one = ingest(['--slug', 'my-slug', 'a.txt'], cwd);
    expect(one.status).toBe(0);
    expect(readdirSync(path.join(cwd, 'content', 'articles'))).toEqual(['my-slug.mdx']);
  });

  it('should number each of many same-headline sources that two ingests write at once, refusing none', async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'ingest-numbered-race-'));
    const files = (side: string) =>
      Array.from({ length: 40 }, (_, index) => {
        const file = `${side}-${index}.txt`;
        writeFileSync(path.join(cwd, file), `Same headline\nText ${index} from ${side}.\n`);
        return file;
      });
    const runs = await Promise.all([ingestConcurrently(files('a'), cwd), ingestConcurrently(files('b'), cwd)]);
    expect(runs.map((run) => run.stderr)).toEqual(['', '']);
    const articles = readdirSync(path.join(cwd, 'content', 'articles'));
    expect(articles).toHaveLength(80);
    const texts = new Set(
      articles.map(
        (name) => /Text \d+ from [ab]/.exec(readFileSync(path.join(cwd, 'content', 'articles', name), 'utf8'))?.[0],
      ),
    );
    expect(texts.size).toBe(80);
  }, 60_000);

  it('should let exactly one of two ingests racing for a slug write it, and number or refuse the other', async () => {
    const slugs = 10;
    // Long enough that each process takes a while over every file, so that the two overlap.
    const filler = 'More text of the article, a sentence that goes on. '.repeat(100).concat('\n').repeat(5);
    for (let round = 0; round < 5; round++) {
      const cwd = mkdtempSync(path.join(tmpdir(), 'ingest-race-'));
      // Each process writes the same slugs one after the other, so their writes interleave.
      const files = (side: string) =>
        Array.from({ length: slugs }, (_, index) => {
          const file = `${side}-${index}.txt`;
          writeFileSync(path.join(cwd, file), `Headline number ${index}\nText from ${side}.\n${filler}`);
          return file;
        });
      const runs = await Promise.all([ingestConcurrently(files('a'), cwd), ingestConcurrently(files('b'), cwd)]);

      const articles = path.join(cwd, 'content', 'articles');
      const wroteIn = (run: (typeof runs)[number], article: string) =>
        run.stdout.includes(`wrote  ${path.relative(cwd, article)} `);
      const written: string[] = [];
      for (let index = 0; index < slugs; index++) {
        const article = path.join(articles, `headline-number-${index}.mdx`);
        const wrote = runs.filter((run) => wroteIn(run, article));
        expect(wrote, `round ${round}, slug ${index}`).toHaveLength(1);
        const winner = wrote[0] === runs[0] ? 'a' : 'b';
        const loser = winner === 'a' ? 'b' : 'a';
        expect(readFileSync(article, 'utf8')).toContain(`Text from ${winner}.`);
        written.push(`${winner}-${index}.txt`);
        // A loser that started after the winner wrote saw the slug taken and numbered its own; one
        // that raced it found it taken meanwhile, and is refused.
        const loserRun = runs[winner === 'a' ? 1 : 0];
        const numbered = path.join(articles, `headline-number-${index}-2.mdx`);
        if (loserRun && wroteIn(loserRun, numbered)) {
          expect(readFileSync(numbered, 'utf8')).toContain(`Text from ${loser}.`);
          written.push(`${loser}-${index}.txt`);
        } else {
          expect(loserRun?.stderr).toMatch(
            new RegExp(`^${loser}-${index}\\.txt: its slug "headline-number-${index}" was taken by .*--slug`, 'm'),
          );
        }
      }
      expect(readdirSync(articles)).toHaveLength(written.length);
      expect(readdirSync(path.join(cwd, 'content', 'sources')).sort()).toEqual(written.sort());
    }
  }, 120_000);

  it('should ingest a folder, a glob pattern and a file in one batch, and sum it up instead of a line per article', () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'ingest-batch-'));
    generate(cwd, 'inbox', 0, 180);
    generate(cwd, path.join('inbox', 'older'), 180, 200);
    generate(cwd, 'inbox', 900, 901, '.draft-');
    writeFileSync(path.join(cwd, 'inbox', 'notes.md'), 'Not a source.\n');
    generate(cwd, 'extra', 200, 203);
    writeFileSync(path.join(cwd, 'bad.txt'), '');

    const first = ingest(['inbox', 'extra/*.txt', 'bad.txt'], cwd);
    expect(first.status).toBe(1);
    expect(first.stdout).toBe('204 sources: 203 written, 0 kept, 1 refused (listed above)\n');
    expect(first.stderr).toMatch(/^bad\.txt: [^\n]+\n$/);
    expect(readdirSync(path.join(cwd, 'content', 'articles'))).toHaveLength(203);
    expect(readdirSync(path.join(cwd, 'content', 'sources'))).toHaveLength(203);

    const again = ingest(['inbox', 'extra/*.txt', 'bad.txt'], cwd);
    expect(again.status).toBe(1);
    expect(again.stdout).toBe('204 sources: 0 written, 203 kept, 1 refused (listed above)\n');
  }, 60_000);

  it('should print a line for every article of a large batch only with --verbose', () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'ingest-batch-'));
    generate(cwd, 'inbox', 0, 51);
    const quiet = ingest(['--dry-run', 'inbox'], cwd);
    expect(quiet.status).toBe(0);
    expect(quiet.stdout).toBe('51 sources: 51 would be written, 0 kept, 0 refused\n');
    const verbose = ingest(['--dry-run', '--verbose', 'inbox'], cwd);
    expect(verbose.stdout.match(/^would write /gm)).toHaveLength(51);
    expect(verbose.stdout).toMatch(/\n51 sources: 51 would be written, 0 kept, 0 refused\n$/);
    // Not a terminal: no progress line.
    expect(quiet.stderr + verbose.stderr).toBe('');
  }, 60_000);

  it('should name each folder and glob pattern with no .txt file, and ingest nothing until they are fixed', () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'ingest-batch-'));
    generate(cwd, 'inbox', 0, 2);
    mkdirSync(path.join(cwd, 'empty'));
    const run = ingest(['inbox', 'empty', 'inbox/*.text'], cwd);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      'empty: the folder holds no .txt file; name a folder of sources\n' +
        'inbox/*.text: the pattern matches no .txt file; check it, and the folder npm run ingest runs in\n',
    );
    expect(readdirSync(cwd).sort()).toEqual(['empty', 'inbox']);
  });

  it('should correct a wrong headline with --update --title, say so, and keep it with --force', () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'ingest-cli-'));
    writeFileSync(
      path.join(cwd, 'kicker.txt'),
      'Live from our Balkans desk\n\nKosovo reopens the Jarinje crossing\n\nPolice said the crossing reopened at noon.\n',
    );
    expect(ingest(['kicker.txt'], cwd).stdout).toContain('live-from-our-balkans-desk.mdx');
    const article = path.join('content', 'articles', 'live-from-our-balkans-desk.mdx');
    const update = ingest(['--update', '--title', 'Kosovo reopens the Jarinje crossing', article], cwd);
    expect(update.status).toBe(0);
    expect(update.stdout).toBe(
      `updated ${article} (its headline is the source's line "Kosovo reopens the Jarinje crossing", as the editor ` +
        'chose; "Live from our Balkans desk" stays in the text as a subheading)\n',
    );
    const force = ingest(['--force', 'kicker.txt'], cwd);
    expect(force.stdout).toContain('as the editor chose');
    expect(readFileSync(path.join(cwd, article), 'utf8')).toContain('title: "Kosovo reopens the Jarinje crossing"');
  }, 60_000);

  it('should explain its usage when given no file', () => {
    const run = ingest([], mkdtempSync(path.join(tmpdir(), 'ingest-cli-')));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Usage: npm run ingest');
  });
});
