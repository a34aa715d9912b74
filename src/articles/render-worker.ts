/** Renders a share of the archive's articles on a worker thread, writes them, and says when done (see render-articles.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { VFileMessage } from 'vfile-message';
import { EditorError } from '../editor-error.ts';
import { articleTransformers } from './article-transformers.ts';
import { type RenderReply, type RenderTask, renderArticleFile } from './render-articles.ts';

const { files, folders } = workerData as RenderTask;
let reply: RenderReply = {};
try {
  const transformers = articleTransformers(folders);
  for (const file of files) renderArticleFile(file, transformers, folders.rendered);
} catch (error) {
  // A problem in the content (an article the check refuses, a bad glossary entry) is its message
  // alone, which names the file and says what to do; any other keeps its stack.
  const problem = error as Error;
  const inContent = problem instanceof VFileMessage || problem instanceof EditorError;
  reply = inContent ? { error: problem.message } : { error: problem.message, stack: problem.stack ?? '' };
}
parentPort?.postMessage(reply);
