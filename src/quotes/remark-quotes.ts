import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { type Quote, handBack } from '../annotate/article-data.ts';
import { blockText } from '../annotate/block-text.ts';
import { type NamedSpan, findQuotes, personCarried } from './find-quotes.ts';

/** Options of {@link remarkQuotes}. */
export interface QuotesOptions {
  /** Whether a file is an article; other Markdown is left alone. */
  isArticle: (file: VFile) => boolean;
}

interface MentionData {
  mention?: { entity: string };
  hProperties?: Record<string, string>;
}

/**
 * Finds the direct quotations of an article's paragraphs and their speakers
 * ({@link findQuotes}), reading the names from the mention links the
 * annotator made (so it runs after it), and hands them back as `quotes`.
 * A `he said` at the start of a paragraph refers to the person earlier
 * paragraphs make clear ({@link personCarried}).
 */
export default function remarkQuotes(options: QuotesOptions) {
  return (tree: Root, file: VFile): void => {
    if (!options.isArticle(file)) return;
    const { lang } = file.data.astro?.frontmatter ?? {};
    const quotes: Quote[] = [];
    let carried: NamedSpan | undefined;
    for (const block of tree.children) {
      if (block.type !== 'paragraph') continue;
      const { text, mentions } = blockText(block);
      const spans: NamedSpan[] = mentions.map(({ link, start, end }) => {
        const data = link.data as MentionData;
        return {
          entity: data.mention?.entity ?? '',
          kind: data.hProperties?.['data-kind'] ?? '',
          anchor: data.hProperties?.id ?? '',
          start,
          end,
        };
      });
      const found = findQuotes(text, spans, carried, typeof lang === 'string' ? lang : undefined);
      for (const { text: words, speaker } of found)
        quotes.push(speaker ? { text: words, speaker: speaker.entity, anchor: speaker.anchor } : { text: words });
      carried = personCarried(text, spans, found, carried);
    }
    handBack(file, { quotes });
  };
}
