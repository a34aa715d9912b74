import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { contentFolders } from '../content-folders.ts';
import { articleFiles } from '../discover/article-files.ts';
import { readArticleText } from '../discover/article-text.ts';
import { glossaryCoverage } from '../discover/coverage.ts';
import { discoverCandidates } from '../discover/discover.ts';
import { readRejected, rejectedFile } from '../discover/rejected-names.ts';
import { readGlossary } from '../glossary/read-glossary.ts';

/**
 * What the glossary still owes the articles, in one line: how many entries
 * are drafts nobody has reviewed, and how many named people and bodies in the
 * articles have no entry and were not rejected (`npm run entities` lists them).
 */
export function glossaryReportLine(folders = contentFolders): string {
  const entries = readGlossary(folders.glossary);
  const articles = articleFiles(folders.articles).map((file) => readArticleText(file, readFileSync(file, 'utf8')));
  const candidates = discoverCandidates(articles, {
    covered: glossaryCoverage(entries),
    rejected: readRejected(rejectedFile(path.dirname(folders.glossary))),
  });
  const drafts = entries.filter((entry) => entry.draft).length;
  return (
    `${drafts} draft glossary entr${drafts === 1 ? 'y' : 'ies'} to review; ` +
    `${candidates.length} named ${candidates.length === 1 ? 'person or body' : 'people and bodies'} in the articles with no entry (npm run entities lists them)`
  );
}

/** The report's line, computed in a worker thread (see glossary-report-worker.ts). */
function reportInWorker(): Promise<string> {
  // The worker is this project's source file, run by Node itself: the config that imports this
  // module is bundled by Vite, so `import.meta.url` does not point into src/.
  const worker = new Worker(path.resolve('src', 'integrations', 'glossary-report-worker.ts'));
  return new Promise((resolve, reject) => {
    worker.once('message', (line: string) => resolve(line));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the glossary report stopped with exit code ${code}`)));
  });
}

/**
 * Reports the glossary's open work at the end of every `astro build`. Entity
 * discovery reads every article, so it runs in a worker thread from the
 * build's start, on the core the build leaves idle much of the time.
 */
export default function glossaryReport(): AstroIntegration {
  let report: Promise<string> | undefined;
  return {
    name: 'annotated-sources:glossary-report',
    hooks: {
      'astro:build:start': () => {
        report = reportInWorker();
        // Awaited at the end; until then a failure must not count as unhandled.
        report.catch(() => undefined);
      },
      'astro:build:done': async ({ logger }) => {
        try {
          logger.info(await (report ?? reportInWorker()));
        } catch (error) {
          logger.warn(`The glossary report could not be made: ${(error as Error).message}`);
        }
      },
    },
  };
}
