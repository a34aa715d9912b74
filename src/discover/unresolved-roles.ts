import type { CompiledGlossary } from '../annotate/compiled-glossary.ts';
import { inLanguage } from '../annotate/in-language.ts';
import type { ArticleText } from './article-text.ts';

/** A role phrase that no single holder fits on its article's date. */
export interface UnresolvedRole {
  /** The article's id. */
  article: string;
  /** Its date, absent when undated. */
  date?: string;
  /** The phrase as the article writes it: "Serbia’s president". */
  phrase: string;
  /** Who may have held the role then (entity ids); empty when the glossary knows nobody. */
  candidates: string[];
}

/**
 * The role phrases of the articles' text that stay unlinked because more than
 * one holder, or none the glossary knows, fits the article's date: for the
 * editor to mark with `<Mention of>`, or to resolve by dating the article or
 * adding the role's dates to the glossary.
 */
export function unresolvedRoles(articles: readonly ArticleText[], glossary: CompiledGlossary): UnresolvedRole[] {
  return articles.flatMap((article) => {
    const names = inLanguage(glossary, article.lang);
    return article.blocks
      .filter((block) => block.kind === 'text')
      .flatMap((block) =>
        glossary.roles(block.text, article.date, names.match(block.text)).unresolved.map(({ phrase, candidates }) => ({
          article: article.id,
          ...(article.date === undefined ? {} : { date: article.date }),
          phrase,
          candidates,
        })),
      );
  });
}
