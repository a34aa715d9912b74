import type { DateRange } from '../annotate/archive-range.ts';
import { compiledGlossary } from '../annotate/compiled-glossary.ts';
import remarkAnnotate from '../annotate/remark-annotate.ts';
import remarkSentenceEnds from '../passages/remark-sentence-ends.ts';
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
export const passagesAndQuotes = process.env.PASSAGES_AND_QUOTES !== 'off';

/**
 * The remark transformers every article goes through when the site is built, in order. Its shared
 * passages are marked after, in its HTML, once the archive's are known (`render-articles.ts`).
 * `undated`: the period the archive's dated articles cover (see `compiledGlossary`).
 */
export function articleTransformers(
  folders: { glossary: string } = contentFolders,
  undated?: DateRange,
): Transformer[] {
  return [
    remarkSafeArticle(),
    remarkAnnotate({ glossary: () => compiledGlossary(folders.glossary, undated), entityUrl: routes.entity }),
    ...(passagesAndQuotes ? [remarkQuotes()] : []),
    remarkExcerpt(),
    // After the excerpt, which must not hold the placeholders of its sentences' ends.
    ...(passagesAndQuotes ? [remarkSentenceEnds()] : []),
  ];
}
