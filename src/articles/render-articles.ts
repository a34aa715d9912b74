import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { VFile } from 'vfile';
import { type DateRange, archiveDateRange } from '../annotate/archive-range.ts';
import { renderedDataFile, renderedHtmlFile } from '../archive/render-article.ts';
import { articleId } from '../discover/article-files.ts';
import { EditorError } from '../editor-error.ts';
import type { Transformer } from '../remark/parse-article.ts';
import { articleHtml } from './article-html.ts';
import { articleTransformers, passagesAndQuotes } from './article-transformers.ts';
import {
  type ComparedArticle,
  type PassageComparison,
  type PassageEcho,
  passageComparison,
} from '../passages/archive-passages.ts';
import { markSharedPassages } from '../passages/mark-shared-passages.ts';
import { markedSentences } from '../passages/remark-sentence-ends.ts';
import { frontmatterDate } from '../schemas/dates.ts';

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

/** A drafted article as the archive's passages are compared: the sentences its page marks, its language and its date. */
export function comparedArticle({ id, file }: DraftArticle): ComparedArticle {
  const { lang, date } = file.data.astro?.frontmatter ?? {};
  const day = frontmatterDate(date);
  return {
    article: id,
    ...(typeof lang === 'string' ? { lang } : {}),
    ...(day ? { date: day } : {}),
    sentences: markedSentences(file),
  };
}

/** Marks a drafted article's shared passages (`shared`: its own, by sentence) and writes it into `folder` (see render-article.ts). */
export function finishArticle(draft: DraftArticle, shared: Map<string, PassageEcho> | undefined, folder: string): void {
  writeFileSync(renderedHtmlFile(draft.id, folder), markSharedPassages(draft.html, draft.file, shared));
  // After the HTML: the data's file is the one whose time tells that the article was written again.
  writeFileSync(renderedDataFile(draft.id, folder), JSON.stringify(draft.file.data.astro?.frontmatter ?? {}));
}

/** What a rendering thread is given (see render-worker.ts). */
export interface RenderTask {
  files: string[];
  folders: ArchiveFolders;
  /** The period the archive's dated articles cover (see `compiledGlossary`): read once, not by each thread. */
  undated: DateRange;
  /** Whether the archive's passages are compared: the thread posts its drafts' sentences as it goes. */
  compare: boolean;
}

/**
 * What a rendering thread posts: articles it has drafted, as their passages
 * are compared; that its articles are drafted, that they are written; or the
 * error that stopped it: a problem in the content as its one-line message,
 * any other with its stack.
 */
export type RenderReply =
  { compared: ComparedArticle[] } | { step: 'drafted' | 'written' } | { error: string; stack?: string };

/** Drafted articles a rendering thread posts at a time: few messages, and the comparison reads them meanwhile. */
export const comparedBatch = 100;

/** What the build's thread posts to a rendering thread once the archive's passages are compared: its articles' own. */
export type PassageShare = Map<string, Map<string, PassageEcho>>;

/**
 * Below this many articles, rendering them on the build's own thread is as
 * quick as starting threads that each read the glossary.
 */
const threadsFrom = 500;

/** At most this many rendering threads: each holds the glossary and its share of the articles in its memory. */
const mostThreads = 4;

/**
 * Renders the article files into `folders.rendered`, which holds nothing
 * else: what it held before is removed first. Each article is drafted (all
 * but its shared passages), the archive's passages are compared once, from
 * the sentences of the drafts, and then each draft is marked and written.
 * An archive of hundreds of articles is drafted on worker threads
 * (`render-worker.ts` under `projectRoot`), one per core (at most four),
 * each a contiguous share of the files, which post their drafts' sentences
 * as they go; the build's own thread, which has nothing else to do while
 * its content loads, reads their words meanwhile, compares them once the
 * last is drafted and sends each thread its articles' passages. `undated`,
 * the period the archive's dated articles cover, is read from the files
 * when not given; once, for all the threads.
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
  // Quotations and shared passages are not looked for with `PASSAGES_AND_QUOTES=off`.
  const comparison = passagesAndQuotes ? passageComparison(folders.glossary) : undefined;
  const ids = files.map(articleId);
  if (threads <= 1) {
    const transformers = articleTransformers(folders, undated);
    const drafts = files.map((file) => draftArticleFile(file, transformers));
    comparison?.add(drafts.map(comparedArticle));
    const index = comparison?.index(ids);
    for (const draft of drafts) finishArticle(draft, index?.get(draft.id), folders.rendered);
    return;
  }
  const share = Math.ceil(files.length / threads);
  const shares = Array.from({ length: threads }, (_, place) => files.slice(place * share, (place + 1) * share)).filter(
    (files) => files.length > 0,
  );
  const script = new URL('src/articles/render-worker.ts', projectRoot);
  const compare = comparison !== undefined;
  const running = shares.map((files) => renderOnThread(script, { files, folders, undated, compare }, comparison));
  try {
    await Promise.all(running.map(({ drafted }) => drafted));
    const index = comparison?.index(ids);
    await Promise.all(
      running.map(({ finish }, place) =>
        finish(
          new Map(
            (shares[place] ?? []).flatMap((file) => {
              const id = articleId(file);
              const shared = index?.get(id);
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

/**
 * A rendering thread at work on `task`: drafting, its drafts' sentences
 * added to `comparison` as they come, then finishing with the passages it
 * is sent.
 */
function renderOnThread(script: URL, task: RenderTask, comparison: PassageComparison | undefined) {
  const worker = new Worker(script, { workerData: task });
  // Each step's promise settles on the thread's next reply.
  const waiting: { resolve: () => void; reject: (error: Error) => void }[] = [];
  const next = () => new Promise<void>((resolve, reject) => waiting.push({ resolve, reject }));
  const drafted = next();
  const fail = (error: Error) => {
    for (const step of waiting.splice(0)) step.reject(error);
  };
  worker.on('message', (reply: RenderReply) => {
    if ('compared' in reply) return comparison?.add(reply.compared);
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
