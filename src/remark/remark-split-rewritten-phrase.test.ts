import type { Paragraph, Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import remarkSplitRewrittenPhrase from './remark-split-rewritten-phrase.ts';

const phrase = 'export default function';

/** The pieces of a text after the split: texts as they are, expressions as the string they evaluate to. */
function splitIn(value: string): string[] {
  const tree: Root = { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value }] }] };
  remarkSplitRewrittenPhrase()(tree);
  return (tree.children[0] as Paragraph).children.map((child) =>
    child.type === 'text' ? child.value : child.type === 'mdxTextExpression' ? (JSON.parse(child.value) as string) : '',
  );
}

describe('remarkSplitRewrittenPhrase', () => {
  it('should split a quoted "export default function" into texts that never hold it, keeping the text', () => {
    const texts = splitIn(`Quoting: ${phrase} MDXContent is code.`);
    expect(texts).toEqual(['Quoting: ', 'export default ', 'function MDXContent is code.']);
    expect(texts.some((text) => text.includes(phrase))).toBe(false);
  });

  it('should split the phrase at any depth: in links, emphasis, headings, lists, quotes and elements', () => {
    const text = () => ({ type: 'text' as const, value: `Quoting: ${phrase} MDXContent.` });
    const tree: Root = {
      type: 'root',
      children: [
        { type: 'heading', depth: 2, children: [text()] },
        {
          type: 'paragraph',
          children: [
            { type: 'link', url: '/', children: [{ type: 'emphasis', children: [text()] }] },
            { type: 'strong', children: [text()] },
          ],
        },
        { type: 'list', children: [{ type: 'listItem', children: [{ type: 'paragraph', children: [text()] }] }] },
        { type: 'blockquote', children: [{ type: 'paragraph', children: [text()] }] },
        {
          type: 'mdxJsxFlowElement',
          name: 'Aside',
          attributes: [],
          children: [{ type: 'paragraph', children: [text()] }],
        },
      ],
    };
    remarkSplitRewrittenPhrase()(tree);
    const texts: string[] = [];
    const collect = (node: object): void => {
      if ('type' in node && node.type === 'text' && 'value' in node) texts.push(node.value as string);
      if ('children' in node) (node.children as object[]).forEach(collect);
    };
    collect(tree);
    expect(texts).toHaveLength(12);
    expect(texts.some((value) => value.includes(phrase))).toBe(false);
  });

  it('should split a text that repeats the phrase 100,000 times, more than a call takes arguments', () => {
    const value = `${phrase} `.repeat(100_000);
    const texts = splitIn(value);
    expect(texts.join('')).toBe(value);
    expect(texts.some((text) => text.includes(phrase))).toBe(false);
  });
});
