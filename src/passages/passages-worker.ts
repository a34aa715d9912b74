/**
 * Computes the shared passages of the articles in `workerData.folder` on a
 * thread of its own and posts the index back (see `startArchivePassages`).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { archivePassages } from './archive-passages.ts';

parentPort?.postMessage(archivePassages((workerData as { folder: string }).folder));
