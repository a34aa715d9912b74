import type { AstroIntegration } from 'astro';
import { archivePassages, forgetArchivePassages } from '../passages/archive-passages.ts';
import { whenArticlesCompiled } from './articles-compiled.ts';

/**
 * Computes the archive's shared passages when a build starts, before any
 * article is compiled, and lets them go once every article is. The articles'
 * shared-passage plugin would otherwise compute them at the first article, in
 * the middle of the bundler's work, and the comparison's working memory
 * (several times the index it leaves) would be added to the bundler's at its
 * peak; and the index itself (about 100 MB at 10,000 articles) is not needed
 * to generate the pages, whose notes the articles carry.
 */
export default function passagesFirst(): AstroIntegration {
  return {
    name: 'annotated-sources:passages-first',
    hooks: {
      'astro:config:setup': (setup) =>
        whenArticlesCompiled(setup, 'annotated-sources:passages-done', forgetArchivePassages),
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
