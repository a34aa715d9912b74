import type { Paragraph, Root } from 'mdast';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { readArticleData } from '../annotate/article-data.ts';
import type { PassageEcho } from './archive-passages.ts';
import remarkSharedPassages from './remark-shared-passages.ts';

/** A paragraph's children as text, with each marker shown as `[n]`. */
function shown(paragraph: Paragraph): string {
  return paragraph.children
    .map((child) => {
      if (child.type === 'text') return child.value;
      const text =
        child.type === 'link' ? child.children.map((part) => ('value' in part ? part.value : '')).join('') : '';
      return child.type === 'link' && child.url.startsWith('#passage-note-') ? `[${text}]` : `<${text}>`;
    })
    .join('');
}

describe('remarkSharedPassages', () => {
  it('should put a marker after each shared sentence, inside text or after a link that ends it', () => {
    const echo: PassageEcho = { articles: ['other', 'this'], earliest: ['other'] };
    const index = new Map([
      [
        'this',
        new Map([
          ['Three attackers were killed.', echo],
          ['The mission is led by NATO.', echo],
        ]),
      ],
    ]);
    const paragraph: Paragraph = {
      type: 'paragraph',
      children: [
        { type: 'text', value: 'Three attackers were killed. Calm returned. The mission is led by ' },
        { type: 'link', url: '/glossary/nato/', children: [{ type: 'text', value: 'NATO' }] },
        { type: 'text', value: '.' },
      ],
    };
    const tree: Root = { type: 'root', children: [paragraph] };
    const file = new VFile({ path: '/x/this.mdx' });
    remarkSharedPassages({ passages: () => index })(tree, file);
    expect(shown(paragraph)).toBe('Three attackers were killed.[1] Calm returned. The mission is led by <NATO>.[2]');
  });

  it('should hand back the six reports that share the most passages, most first, ties by id', () => {
    // Sentence n is shared with the reports r1 … rn: r1 shares all eight, r8 only the last.
    const others = Array.from({ length: 8 }, (_, i) => `r${i + 1}`);
    const sentences = others.map((_, i) => `Sentence number ${i + 1} is shared.`);
    const shared = new Map(
      sentences.map((sentence, i): [string, PassageEcho] => [
        sentence,
        { articles: ['this', ...others.slice(0, i + 1)], earliest: ['this'] },
      ]),
    );
    const tree: Root = {
      type: 'root',
      children: [{ type: 'paragraph', children: [{ type: 'text', value: sentences.join(' ') }] }],
    };
    const file = new VFile({ path: '/x/this.mdx' });
    remarkSharedPassages({ passages: () => new Map([['this', shared]]) })(tree, file);
    const { relatedReports } = readArticleData(file.data.astro?.frontmatter ?? {});
    expect(relatedReports?.map(({ id, passages }) => [id, passages.length])).toEqual([
      ['r1', 8],
      ['r2', 7],
      ['r3', 6],
      ['r4', 5],
      ['r5', 4],
      ['r6', 3],
    ]);
    expect(relatedReports?.[5]?.passages).toEqual([6, 7, 8]);
  });
});
