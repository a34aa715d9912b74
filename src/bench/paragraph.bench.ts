/**
 * Benchmark: build time against the length of one paragraph. Builds the site
 * with one article whose text is a single paragraph (prose from the archive's
 * sources, mentions included, no line breaks: how reports pasted from a web
 * page arrive) of 1 KB to 1 MB, and prints each build's time and what each
 * KB added since the previous size cost. That cost should stay flat as the
 * paragraph grows: every step over a paragraph is linear in its length.
 * Differences of a second or less are noise (a build takes several seconds).
 *
 * Run with `npm run bench:paragraph [-- KB …]` (default 1 10 100 250 500 1000).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { contentFolders } from '../content-folders.ts';
import { sentenceEnds } from '../text/sentences.ts';
import { scratchProject } from './scratch-project.ts';

const sizes = process.argv.slice(2).map(Number);
const kilobytes = sizes.length > 0 ? sizes : [1, 10, 100, 250, 500, 1000];

/** The sentences of the archive's sources, to repeat into paragraphs of any length. */
function sourceSentences(): string[] {
  const text = readdirSync(contentFolders.sources)
    .map((name) => readFileSync(path.join(contentFolders.sources, name), 'utf8'))
    .join(' ')
    .replace(/^\s*date \S+/gm, '')
    .replace(/\s+/g, ' ');
  let start = 0;
  return sentenceEnds(text).map((end) => {
    const sentence = text.slice(start, end).trim();
    start = end;
    return sentence;
  });
}

/** One paragraph of about `bytes` bytes, sentence after sentence. */
function paragraph(sentences: string[], bytes: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let n = 0; length < bytes; n++) {
    const sentence = sentences[n % sentences.length] ?? '';
    parts.push(sentence);
    length += Buffer.byteLength(sentence) + 1;
  }
  return parts.join(' ');
}

const { root, remove } = scratchProject();
const run = (command: string, args: string[]) =>
  execFileSync(command, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: process.env });
/** Ingests one source holding a headline and `text`, builds the site, and returns the build's seconds. */
function buildWith(text: string): number {
  rmSync(path.join(root, 'content', 'articles'), { recursive: true, force: true });
  rmSync(path.join(root, 'content', 'sources'), { recursive: true, force: true });
  const source = path.join(root, 'report.txt');
  writeFileSync(source, `A long report\n\n${text}\n`);
  run('npm', ['run', '--silent', 'ingest', '--', source]);
  const started = performance.now();
  run('npm', ['run', '--silent', 'build']);
  return (performance.now() - started) / 1000;
}

try {
  const sentences = sourceSentences();
  let previous = { kb: 0, seconds: buildWith(sentences[0] ?? 'One sentence.') };
  console.log(`Build with a one-sentence article: ${previous.seconds.toFixed(1)} s`);
  console.log('paragraph |   build | cost of each KB added since the row above');
  for (const kb of kilobytes) {
    const seconds = buildWith(paragraph(sentences, kb * 1024));
    const perKb = ((seconds - previous.seconds) * 1000) / (kb - previous.kb);
    console.log(`${`${kb} KB`.padStart(9)} | ${seconds.toFixed(1).padStart(5)} s | ${perKb.toFixed(1)} ms`);
    previous = { kb, seconds };
  }
} finally {
  remove();
}
