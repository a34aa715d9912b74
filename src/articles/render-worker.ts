/** Renders a share of the archive's articles on a worker thread, writes them, and says when done (see render-articles.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { articleTransformers } from './article-transformers.ts';
import { type RenderReply, type RenderTask, renderArticleFile } from './render-articles.ts';

const { files, folders } = workerData as RenderTask;
let reply: RenderReply = {};
try {
  const transformers = articleTransformers(folders);
  for (const file of files) renderArticleFile(file, transformers, folders.rendered);
} catch (error) {
  // The message alone: it names the article's file and line and says what to do.
  reply = { error: (error as Error).message };
}
parentPort?.postMessage(reply);
