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

  it('should split a text that repeats the phrase 100,000 times, more than a call takes arguments', () => {
    const value = `${phrase} `.repeat(100_000);
    const texts = splitIn(value);
    expect(texts.join('')).toBe(value);
    expect(texts.some((text) => text.includes(phrase))).toBe(false);
  });
});
