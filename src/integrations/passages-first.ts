import type { AstroIntegration } from 'astro';
import { archivePassages } from '../passages/archive-passages.ts';

/**
 * Computes the archive's shared passages when a build starts, before any
 * article is compiled. The articles' shared-passage plugin would otherwise
 * compute them at the first article, in the middle of the bundler's work,
 * and the comparison's working memory (several times the index it leaves)
 * would be added to the bundler's at its peak.
 */
export default function passagesFirst(): AstroIntegration {
  return {
    name: 'annotated-sources:passages-first',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const started = performance.now();
        const index = archivePassages();
        logger.info(
          `Shared passages of ${index.size.toLocaleString('en')} articles found in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
