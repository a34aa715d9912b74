import { parseFrontmatter } from '@astrojs/markdown-remark';
import fc from 'fast-check';
import { evaluate } from 'satteri';
import { describe, expect, it } from 'vitest';
import { articleFeatures } from '../remark/parse-article.ts';
import { splitDateMarker } from './parse-source.ts';
import { prepareArticle } from './prepare-article.ts';
import { SourceError } from './source-error.ts';

/**
 * Property: for any source text, weighted towards what Markdown, MDX, HTML
 * and Unicode make dangerous, ingest either refuses it with a SourceError or
 * writes an article that (1) holds no JavaScript, JSX, expression or HTML
 * node (prepareArticle reads it back with remark and refuses anything else)
 * and (2) once compiled and rendered by the site's MDX compiler (Sätteri,
 * with the site's features) shows exactly the words of the source.
 *
 * `PROPERTY_RUNS` sets the number of cases (default 300); `npm run
 * test:property` runs 10,000.
 */
const runs = Number(process.env.PROPERTY_RUNS ?? 300);

const dangerous = [
  '{',
  '}',
  '{1+1}',
  '{process.exit(1)}',
  '<',
  '>',
  '<div>',
  '</div>',
  '<Promo>',
  '<script>alert(1)</script>',
  '<!--',
  '-->',
  'import ',
  'export ',
  'import x from "y"',
  '#',
  '## ',
  '*',
  '**',
  '_',
  '__',
  '`',
  '```',
  '~~~',
  '---',
  '+++',
  '***',
  '===',
  '|',
  '| a | b |',
  '[',
  ']',
  '(',
  ')',
  '[x](javascript:alert(1))',
  '![i](x)',
  '&',
  '&amp;',
  '&#123;',
  '&lt;',
  '\\',
  '\\{',
  '\t',
  '    ',
  ' ',
  '\r\n',
  '\r',
  '\n',
  '\n\n',
  '\uFEFF',
  '\u0000',
  '\u0007',
  '\u001B',
  '\u200B',
  '\u200D',
  '\u200F',
  '\u202E',
  '\u2028',
  'e\u0301',
  '😀',
  '👍🏽',
  '🇽🇰',
  'שלום',
  'Vučić',
  ' date 2023-11-06 ',
  'date night ',
  'date 2023-11-06: ',
  'export default function MDXContent',
  'Read next: ',
  '1. ',
  '- ',
  '> ',
  ': ',
  'https://x.org',
  'word',
  'Kosovo',
];

const sourceText = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...dangerous) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
    ),
    {
      maxLength: 60,
    },
  )
  .map((pieces) => pieces.join(''));

/** A JSX runtime for the test: elements as plain objects, so rendering is a pure function. */
const Fragment = Symbol('Fragment');
interface Element {
  type: unknown;
  props: { children?: unknown; [key: string]: unknown };
}
const jsx = (type: unknown, props: unknown): Element => ({ type, props: props as Element['props'] });
const blocks = new Set(['p', 'h1', 'h2', 'h3', 'aside', 'li']);

/** The text a rendered element tree shows, blocks on lines of their own. */
function renderedText(node: unknown): string {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(renderedText).join('');
  const { type, props } = node as Element;
  if (typeof type === 'function') return renderedText((type as (props: unknown) => unknown)(props));
  const inner = renderedText(props.children);
  return typeof type === 'string' && blocks.has(type) ? `\n${inner}\n` : inner;
}

/** Compiles and runs the article body as the site's MDX does, and returns the text it renders. */
async function render(mdx: string): Promise<{ title: string; headline: boolean; text: string }> {
  const { frontmatter, content } = parseFrontmatter(mdx);
  const { default: Content } = (await evaluate(content, { Fragment, jsx, jsxs: jsx, features: articleFeatures })) as {
    default: (props: unknown) => unknown;
  };
  const Aside = (props: Element['props']) => jsx('aside', props);
  const text = renderedText(Content({ components: { Aside } }));
  return { title: String(frontmatter.title), headline: frontmatter.headline === true, text };
}

const words = (text: string) => text.split(/\s+/).filter((word) => word !== '');

/**
 * The words a page shows, in the source's order: its body's words, with the
 * headline's put back where the source has them (the page shows the
 * headline first, though page furniture such as a promotional line may come
 * before it in the source). Without a match, headline first: the comparison
 * then fails.
 */
function inSourceOrder(rendered: { title: string; headline: boolean; text: string }, source: string[]): string[] {
  const body = words(rendered.text);
  if (!rendered.headline) return body;
  const title = words(rendered.title);
  for (let at = 0; at <= body.length; at++) {
    const placed = [...body.slice(0, at), ...title, ...body.slice(at)];
    if (placed.every((word, index) => word === source[index]) && placed.length === source.length) return placed;
  }
  return [...title, ...body];
}

describe('ingest round trip', () => {
  it(`should render any accepted source word for word, and refuse the rest cleanly (${runs} cases)`, async () => {
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(sourceText, async (text) => {
        const bytes = new TextEncoder().encode(text);
        let mdx: string;
        try {
          mdx = prepareArticle(bytes, 'property.txt').mdx;
        } catch (error) {
          // A refusal must be an editor-facing SourceError, never a failed round trip.
          expect(error).toBeInstanceOf(SourceError);
          return;
        }
        accepted++;
        const rendered = await render(mdx);
        const source = splitDateMarker(new TextDecoder().decode(bytes).replace(/^\uFEFF/, '')).rest;
        expect(inSourceOrder(rendered, words(source))).toEqual(words(source));
      }),
      { numRuns: runs },
    );
    // The property must not hold merely because everything was refused.
    expect(accepted).toBeGreaterThan(runs / 3);
  }, 600_000);
});
