import type { Paragraph, Root } from 'mdast';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
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
    remarkSharedPassages({ passages: () => index, isArticle: () => true })(tree, file);
    expect(shown(paragraph)).toBe('Three attackers were killed.[1] Calm returned. The mission is led by <NATO>.[2]');
  });
});
