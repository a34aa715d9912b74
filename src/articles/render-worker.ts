/**
 * Drafts a share of the archive's articles on a worker thread, posting their
 * sentences as it goes for the comparison of passages, says when done, then
 * marks their shared passages once the build's thread sends them, writes
 * them, and says when done (see render-articles.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { VFileMessage } from 'vfile-message';
import { EditorError } from '../editor-error.ts';
import { articleTransformers } from './article-transformers.ts';
import {
  type DraftArticle,
  type PassageShare,
  type RenderReply,
  type RenderTask,
  comparedArticle,
  comparedBatch,
  draftArticleFile,
  finishArticle,
} from './render-articles.ts';

const { files, folders, undated, compare } = workerData as RenderTask;

/** Runs one step; replies with its end, or with the error that stopped it. */
function step(name: 'drafted' | 'written', work: () => void): boolean {
  let reply: RenderReply = { step: name };
  try {
    work();
  } catch (error) {
    // A problem in the content (an article the check refuses, a bad glossary entry) is its message
    // alone, which names the file and says what to do; any other keeps its stack.
    const problem = error as Error;
    const inContent = problem instanceof VFileMessage || problem instanceof EditorError;
    reply = inContent ? { error: problem.message } : { error: problem.message, stack: problem.stack ?? '' };
  }
  parentPort?.postMessage(reply);
  return 'step' in reply;
}

const drafts: DraftArticle[] = [];
const drafted = step('drafted', () => {
  const transformers = articleTransformers(folders, undated);
  let posted = 0;
  for (const file of files) {
    drafts.push(draftArticleFile(file, transformers));
    if (compare && (drafts.length - posted === comparedBatch || drafts.length === files.length)) {
      const reply: RenderReply = { compared: drafts.slice(posted).map(comparedArticle) };
      parentPort?.postMessage(reply);
      posted = drafts.length;
    }
  }
});
if (drafted)
  parentPort?.once('message', (passages: PassageShare) => {
    step('written', () => {
      for (const draft of drafts) finishArticle(draft, passages.get(draft.id), folders.rendered);
    });
    parentPort?.close();
  });
else parentPort?.close();
