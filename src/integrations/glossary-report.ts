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
import { whenArticlesCompiled } from './articles-compiled.ts';

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

/** The report's line, computed in a worker thread (see glossary-report-worker.ts) of the project at `root`. */
function reportInWorker(root: URL): { line: Promise<string>; worker: Worker } {
  // The worker is this project's source file, run by Node itself: the config that imports this
  // module is bundled by Vite, so `import.meta.url` does not point into src/.
  const worker = new Worker(new URL('src/integrations/glossary-report-worker.ts', root));
  // A build that fails before its end does not wait for the report; its end takes the worker back.
  worker.unref();
  const line = new Promise<string>((resolve, reject) => {
    worker.once('message', (message: string) => resolve(message));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the glossary report stopped with exit code ${code}`)));
  });
  return { line, worker };
}

/**
 * Reports the glossary's open work at the end of every `astro build`. Entity
 * discovery reads every article, so it runs in a worker thread, started once
 * the articles are compiled (the end of the prerender bundle's build): from
 * there, the bundler writes its chunks and the pages are generated with a core
 * to spare, and the worker's memory is not added to the bundler's while the
 * articles compile. Started with the build, it took 0.1–0.3 GB more at the
 * peak at 10,000 articles (two pairs of builds), and no less time.
 */
export default function glossaryReport(): AstroIntegration {
  let report: ReturnType<typeof reportInWorker> | undefined;
  return {
    name: 'annotated-sources:glossary-report',
    hooks: {
      'astro:config:setup': (setup) =>
        whenArticlesCompiled(setup, 'annotated-sources:glossary-report-start', () => {
          report = reportInWorker(setup.config.root);
          // Awaited at the end; until then a failure must not count as unhandled.
          report.line.catch(() => undefined);
        }),
      'astro:build:done': async ({ logger }) => {
        try {
          if (!report) throw new Error('the build did not start it');
          // Keep the process alive until the line arrives.
          report.worker.ref();
          logger.info(await report.line);
        } catch (error) {
          logger.warn(`The glossary report could not be made: ${(error as Error).message}`);
        }
      },
    },
  };
}
