import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { contentFolders } from '../content-folders.ts';
import { articleFiles } from '../discover/article-files.ts';
import { readArticleText } from '../discover/article-text.ts';
import { glossaryCoverage } from '../discover/coverage.ts';
import { discoverCandidates } from '../discover/discover.ts';
import { readRejected, rejectedFile } from '../discover/rejected-names.ts';
import { readGlossary } from '../glossary/read-glossary.ts';

/**
 * Says, in one line at the end of a build, what the glossary still owes the
 * articles: how many entries are drafts nobody has reviewed, and how many
 * named people and bodies in the articles have no entry and were not
 * rejected (`npm run entities` lists them).
 */
export function reportGlossary(logger: AstroIntegrationLogger, folders = contentFolders): void {
  const entries = readGlossary(folders.glossary);
  const articles = articleFiles(folders.articles).map((file) => readArticleText(file, readFileSync(file, 'utf8')));
  const candidates = discoverCandidates(articles, {
    covered: glossaryCoverage(entries),
    rejected: readRejected(rejectedFile(path.dirname(folders.glossary))),
  });
  const drafts = entries.filter((entry) => entry.draft).length;
  logger.info(
    `${drafts} draft glossary entr${drafts === 1 ? 'y' : 'ies'} to review; ` +
      `${candidates.length} named ${candidates.length === 1 ? 'person or body' : 'people and bodies'} in the articles with no entry (npm run entities lists them)`,
  );
}

/** Reports the glossary's open work at the end of every `astro build`. */
export default function glossaryReport(): AstroIntegration {
  return {
    name: 'annotated-sources:glossary-report',
    hooks: { 'astro:build:done': ({ logger }) => reportGlossary(logger) },
  };
}
