import { compile, evaluate } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import recmaSplitMdxContent from './recma-split-mdx-content.ts';

const phrase = 'export default function MDXContent';
const source = `Quoting code: ${phrase} is a line of JavaScript.`;
const occurrences = (code: string) => code.split(phrase).length - 1;

describe('recmaSplitMdxContent', () => {
  it('should leave the compiled module one "export default function MDXContent": the real one', async () => {
    expect(occurrences(String(await compile(source)))).toBe(2);
    const code = String(await compile(source, { recmaPlugins: [recmaSplitMdxContent] }));
    expect(occurrences(code)).toBe(1);
    expect(code.indexOf(phrase)).toBe(code.lastIndexOf(`${phrase}(`));
  });

  it('should not change the rendered text', async () => {
    const Fragment = Symbol('Fragment');
    const jsx = (_type: unknown, props: { children?: unknown }) => props.children;
    const { default: Content } = await evaluate(source, {
      Fragment,
      jsx,
      jsxs: jsx,
      recmaPlugins: [recmaSplitMdxContent],
    });
    expect(Content({})).toBe(source);
  });
});
