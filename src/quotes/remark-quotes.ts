import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { type Quote, handBack } from '../annotate/article-data.ts';
import { blockText } from '../annotate/block-text.ts';
import { type QuoteParagraph, findArticleQuotes } from './find-quotes.ts';

interface MentionData {
  mention?: { entity: string; inflected?: true };
  hProperties?: Record<string, string>;
}

/**
 * Finds the direct quotations of an article's paragraphs and their speakers
 * ({@link findArticleQuotes}), reading the names from the mention links the
 * annotator made (so it runs after it), and hands them back as `quotes`.
 */
export default function remarkQuotes() {
  return (tree: Root, file: VFile): void => {
    const { lang } = file.data.astro?.frontmatter ?? {};
    const paragraphs: QuoteParagraph[] = tree.children.flatMap((block) => {
      if (block.type !== 'paragraph') return [];
      const { text, mentions } = blockText(block);
      return [
        {
          text,
          mentions: mentions.map(({ link, start, end }) => {
            const data = link.data as MentionData;
            return {
              entity: data.mention?.entity ?? '',
              kind: data.hProperties?.['data-kind'] ?? '',
              anchor: data.hProperties?.id ?? '',
              start,
              end,
              ...(data.mention?.inflected ? { inflected: true } : {}),
            };
          }),
        },
      ];
    });
    const quotes: Quote[] = findArticleQuotes(paragraphs, typeof lang === 'string' ? lang : undefined)
      .flat()
      .map(({ text, speaker }) => (speaker ? { text, speaker: speaker.entity, anchor: speaker.anchor } : { text }));
    handBack(file, { quotes });
  };
}
