import { compiledGlossary } from '../annotate/compiled-glossary.ts';
import remarkAnnotate from '../annotate/remark-annotate.ts';
import { archivePassages } from '../passages/archive-passages.ts';
import remarkSharedPassages from '../passages/remark-shared-passages.ts';
import remarkQuotes from '../quotes/remark-quotes.ts';
import { contentFolders } from '../content-folders.ts';
import { routes } from '../urls/routes.ts';
import remarkExcerpt from '../remark/remark-excerpt.ts';
import remarkSafeArticle from '../remark/remark-safe-article.ts';
import type { Transformer } from '../remark/parse-article.ts';

/**
 * Quotations and shared passages are found unless `PASSAGES_AND_QUOTES=off`: the build benchmark
 * builds without them too, to measure what they cost (`npm run bench:build -- N rounds passages`).
 */
const passagesAndQuotes = process.env.PASSAGES_AND_QUOTES !== 'off';

/** The remark transformers every article goes through when the site is built, in order. */
export function articleTransformers(folders: { articles: string; glossary: string } = contentFolders): Transformer[] {
  return [
    remarkSafeArticle(),
    remarkAnnotate({ glossary: () => compiledGlossary(folders.glossary), entityUrl: routes.entity }),
    ...(passagesAndQuotes ? [remarkQuotes()] : []),
    remarkExcerpt(),
    // After the excerpt, which must not hold its markers.
    ...(passagesAndQuotes
      ? [remarkSharedPassages({ passages: () => archivePassages(folders.articles, folders.glossary) })]
      : []),
  ];
}
