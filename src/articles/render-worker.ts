/** Renders a share of the archive's articles on a worker thread and posts them back (see render-articles.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { articleTransformers } from './article-transformers.ts';
import { type RenderReply, type RenderTask, renderArticleFile } from './render-articles.ts';

const { files, folders } = workerData as RenderTask;
let reply: RenderReply;
try {
  const transformers = articleTransformers(folders);
  reply = { rendered: files.map((file) => renderArticleFile(file, transformers)) };
} catch (error) {
  // The message alone: it names the article's file and line and says what to do.
  reply = { error: (error as Error).message };
}
parentPort?.postMessage(reply);
