import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { type RenderedArticleJson, renderedArticleFile } from '../archive/render-article.ts';
import { articleId } from '../discover/article-files.ts';
import { EditorError } from '../editor-error.ts';
import type { Transformer } from '../remark/parse-article.ts';
import { articleHtml } from './article-html.ts';
import { articleTransformers } from './article-transformers.ts';

/** Where the archive's articles and glossary are, and where the rendered articles go. */
export interface ArchiveFolders {
  articles: string;
  glossary: string;
  rendered: string;
}

/** Reads an article file's frontmatter as written; its body keeps the frontmatter's lines, blank. */
export function readArticleFile(file: string): { frontmatter: Record<string, unknown>; body: string } {
  const { frontmatter, content } = parseFrontmatter(readFileSync(file, 'utf8'), { frontmatter: 'empty-with-lines' });
  return { frontmatter, body: content };
}

/** Renders one article file with `transformers` and writes it into `folder` (see render-article.ts). */
export function renderArticleFile(file: string, transformers: Transformer[], folder: string): void {
  const { frontmatter, body } = readArticleFile(file);
  const { html, frontmatter: computed } = articleHtml(body, { path: path.resolve(file), frontmatter, transformers });
  const json: RenderedArticleJson = { html, computed };
  writeFileSync(renderedArticleFile(articleId(file), folder), JSON.stringify(json));
}

/** What a rendering thread is given (see render-worker.ts). */
export interface RenderTask {
  files: string[];
  folders: ArchiveFolders;
}

/**
 * What a rendering thread posts back once its articles are written: nothing, or the error that
 * stopped it: a problem in the content as its one-line message, any other with its stack.
 */
export type RenderReply = { error?: string; stack?: string };

/**
 * Below this many articles, rendering them on the build's own thread is as
 * quick as starting threads that each read the glossary and compare the
 * archive's passages again.
 */
const threadsFrom = 500;

/** At most this many rendering threads: each holds the glossary and the archive's passages in its memory. */
const mostThreads = 4;

/**
 * Renders the article files into `folders.rendered`, which holds nothing
 * else: what it held before is removed first. An archive of hundreds of
 * articles is rendered on worker threads (`render-worker.ts` under
 * `projectRoot`), one per core (at most four), each a contiguous share of the files: the
 * build has nothing else to do while its content loads, and rendering is the
 * largest part of that (each thread reads the glossary and computes the
 * shared passages itself, as quickly as one thread would).
 */
export async function renderArticleFiles(
  files: string[],
  folders: ArchiveFolders,
  {
    projectRoot,
    threads = files.length < threadsFrom ? 1 : Math.min(availableParallelism(), mostThreads),
  }: { projectRoot: URL; threads?: number },
): Promise<void> {
  rmSync(folders.rendered, { recursive: true, force: true });
  mkdirSync(folders.rendered, { recursive: true });
  if (threads <= 1) {
    const transformers = articleTransformers(folders);
    for (const file of files) renderArticleFile(file, transformers, folders.rendered);
    return;
  }
  const share = Math.ceil(files.length / threads);
  const shares = Array.from({ length: threads }, (_, place) => files.slice(place * share, (place + 1) * share));
  const worker = new URL('src/articles/render-worker.ts', projectRoot);
  await Promise.all(
    shares.filter((files) => files.length > 0).map((files) => renderOnThread(worker, { files, folders })),
  );
}

/** Runs one rendering thread on `task`. */
function renderOnThread(script: URL, task: RenderTask): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: task });
    worker.once('message', ({ error, stack }: RenderReply) => {
      if (error === undefined) return resolve();
      if (stack === undefined) return reject(new EditorError(error));
      const failure = new Error(error);
      failure.stack = stack;
      reject(failure);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`a thread rendering articles stopped with exit code ${code}`)));
  });
}
