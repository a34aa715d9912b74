import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { VFile } from 'vfile';
import { type DateRange, archiveDateRange } from '../annotate/archive-range.ts';
import { type RenderedArticleJson, renderedArticleFile } from '../archive/render-article.ts';
import { articleId } from '../discover/article-files.ts';
import { EditorError } from '../editor-error.ts';
import type { Transformer } from '../remark/parse-article.ts';
import { articleHtml } from './article-html.ts';
import { articleTransformers, passagesAndQuotes } from './article-transformers.ts';
import { type PassageEcho, type PassageIndex, archivePassages } from '../passages/archive-passages.ts';
import { markSharedPassages } from '../passages/mark-shared-passages.ts';

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

/** An article rendered but for its shared passages, which wait for the archive's to be compared. */
export interface DraftArticle {
  id: string;
  html: string;
  /** The file its transformers handed data back on; its frontmatter is what will be written. */
  file: VFile;
}

/** Renders one article file with `transformers`, short of marking its shared passages. */
export function draftArticleFile(file: string, transformers: Transformer[]): DraftArticle {
  const { frontmatter, body } = readArticleFile(file);
  const rendered = articleHtml(body, { path: path.resolve(file), frontmatter, transformers });
  return { id: articleId(file), html: rendered.html, file: rendered.file };
}

/** Marks a drafted article's shared passages (`shared`: its own, by sentence) and writes it into `folder` (see render-article.ts). */
export function finishArticle(draft: DraftArticle, shared: Map<string, PassageEcho> | undefined, folder: string): void {
  const html = markSharedPassages(draft.html, draft.file, shared);
  const json: RenderedArticleJson = { html, computed: draft.file.data.astro?.frontmatter ?? {} };
  writeFileSync(renderedArticleFile(draft.id, folder), JSON.stringify(json));
}

/** What a rendering thread is given (see render-worker.ts). */
export interface RenderTask {
  files: string[];
  folders: ArchiveFolders;
  /** The period the archive's dated articles cover (see `compiledGlossary`): read once, not by each thread. */
  undated: DateRange;
}

/**
 * What a rendering thread posts: that its articles are drafted, that they are
 * written, or the error that stopped it: a problem in the content as its
 * one-line message, any other with its stack.
 */
export type RenderReply = { step: 'drafted' | 'written' } | { error: string; stack?: string };

/** What the build's thread posts to a rendering thread once the archive's passages are compared: its articles' own. */
export type PassageShare = Map<string, Map<string, PassageEcho>>;

/**
 * Below this many articles, rendering them on the build's own thread is as
 * quick as starting threads that each read the glossary.
 */
const threadsFrom = 500;

/** At most this many rendering threads: each holds the glossary and its share of the articles in its memory. */
const mostThreads = 4;

/** The archive's shared passages, unless they are not looked for (`PASSAGES_AND_QUOTES=off`). */
const archiveIndex = (folders: ArchiveFolders): PassageIndex =>
  passagesAndQuotes ? archivePassages(folders.articles, folders.glossary) : new Map();

/**
 * Renders the article files into `folders.rendered`, which holds nothing
 * else: what it held before is removed first. Each article is drafted (all
 * but its shared passages), the archive's passages are compared once, and
 * then each draft is marked and written. An archive of hundreds of articles
 * is drafted on worker threads (`render-worker.ts` under `projectRoot`), one
 * per core (at most four), each a contiguous share of the files, while the
 * build's own thread, which has nothing else to do while its content loads,
 * compares the passages; it then sends each thread its articles' passages.
 * `undated`, the period the archive's dated articles cover, is read from the
 * files when not given; once, for all the threads.
 */
export async function renderArticleFiles(
  files: string[],
  folders: ArchiveFolders,
  {
    projectRoot,
    threads = files.length < threadsFrom ? 1 : Math.min(availableParallelism(), mostThreads),
    undated = archiveDateRange(folders.articles),
  }: { projectRoot: URL; threads?: number; undated?: DateRange },
): Promise<void> {
  rmSync(folders.rendered, { recursive: true, force: true });
  mkdirSync(folders.rendered, { recursive: true });
  if (threads <= 1) {
    const transformers = articleTransformers(folders, undated);
    const drafts = files.map((file) => draftArticleFile(file, transformers));
    const index = archiveIndex(folders);
    for (const draft of drafts) finishArticle(draft, index.get(draft.id), folders.rendered);
    return;
  }
  const share = Math.ceil(files.length / threads);
  const shares = Array.from({ length: threads }, (_, place) => files.slice(place * share, (place + 1) * share)).filter(
    (files) => files.length > 0,
  );
  const script = new URL('src/articles/render-worker.ts', projectRoot);
  const running = shares.map((files) => renderOnThread(script, { files, folders, undated }));
  try {
    // The comparison runs here while the threads draft; an article the check refuses is reported
    // first all the same, before anything the comparison met.
    let index: PassageIndex = new Map();
    let comparing: unknown;
    try {
      index = archiveIndex(folders);
    } catch (error) {
      comparing = error;
    }
    await Promise.all(running.map(({ drafted }) => drafted));
    if (comparing) throw comparing;
    await Promise.all(
      running.map(({ finish }, place) =>
        finish(
          new Map(
            (shares[place] ?? []).flatMap((file) => {
              const id = articleId(file);
              const shared = index.get(id);
              return shared ? [[id, shared] as const] : [];
            }),
          ),
        ),
      ),
    );
  } finally {
    for (const { stop } of running) stop();
  }
}

/** A rendering thread at work on `task`: drafting, then finishing with the passages it is sent. */
function renderOnThread(script: URL, task: RenderTask) {
  const worker = new Worker(script, { workerData: task });
  // Each step's promise settles on the thread's next reply.
  const waiting: { resolve: () => void; reject: (error: Error) => void }[] = [];
  const next = () => new Promise<void>((resolve, reject) => waiting.push({ resolve, reject }));
  const drafted = next();
  const fail = (error: Error) => {
    for (const step of waiting.splice(0)) step.reject(error);
  };
  worker.on('message', (reply: RenderReply) => {
    if ('step' in reply) return waiting.shift()?.resolve();
    if (reply.stack === undefined) return fail(new EditorError(reply.error));
    const failure = new Error(reply.error);
    failure.stack = reply.stack;
    fail(failure);
  });
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`a thread rendering articles stopped with exit code ${code}`)));
  // A failed step is reported by whoever awaits it; a thread that fails while nobody waits is stopped.
  drafted.catch(() => {});
  return {
    drafted,
    finish: (passages: PassageShare) => {
      const written = next();
      worker.postMessage(passages);
      return written;
    },
    stop: () => void worker.terminate(),
  };
}
