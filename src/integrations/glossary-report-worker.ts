/** Computes the glossary report's line in a worker thread and posts it to the build (see glossary-report.ts). */
import { parentPort } from 'node:worker_threads';
import { glossaryReportLine } from './glossary-report.ts';

parentPort?.postMessage(glossaryReportLine());
