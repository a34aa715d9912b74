import type { Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { type ArticleFrontmatter, type EditorMetadata, articleSchema } from '../schemas/article.ts';
import { asideElement } from '../schemas/article-body.ts';
import { describeIssue } from '../schemas/format-issues.ts';
import { deriveTitle } from './derive-title.ts';
import { frontmatterBlock } from './frontmatter-block.ts';
import { countWords } from '../text/words.ts';
import type { Block, ParsedSource } from './parse-source.ts';
import { serializeMdx } from './mdx-syntax.ts';
import { SourceError } from './source-error.ts';

/** Frontmatter for a parsed source, validated with the site's own schema. */
/**
 * Frontmatter for a parsed source, validated with the site's own schema:
 * its title, the date of its marker, and what else its text `states` (the
 * date, dateline, outlet and authors of its furniture, its language).
 */
export function buildFrontmatter(
  parsed: ParsedSource,
  sourceName: string,
  states: EditorMetadata = {},
): ArticleFrontmatter {
  const textBlocks = parsed.blocks.filter((block) => block.kind !== 'aside');
  const result = articleSchema.safeParse({
    title: parsed.headline ?? deriveTitle(titleText(textBlocks)),
    headline: parsed.headline !== undefined,
    ...(parsed.date ? { date: parsed.date } : {}),
    ...states,
    source: sourceName,
    words: [parsed.headline ?? '', ...textBlocks.map((block) => block.text)].reduce(
      (total, text) => total + countWords(text),
      0,
    ),
  });
  if (!result.success) {
    const problems = result.error.issues.map(describeIssue).join('; ');
    throw new SourceError(`its article would have invalid frontmatter (${problems}); please report this`);
  }
  return result.data;
}

/**
 * The text a title is derived from: the first paragraph with words, else the
 * first subheading with words (a source such as `--`, `Hello world`, `--`
 * has words only there).
 */
function titleText(textBlocks: Block[]): string {
  const worded = textBlocks.filter((block) => countWords(block.text) > 0);
  return (worded.find((block) => block.kind === 'paragraph') ?? worded[0])?.text ?? '';
}

/** The article body as an mdast tree: source text only ever lands in `text` nodes. */
export function buildBody(blocks: Block[]): Root {
  return { type: 'root', children: blocks.map(blockNode) };
}

function blockNode(block: Block): RootContent {
  const text = { type: 'text', value: block.text } as const;
  switch (block.kind) {
    case 'paragraph':
      return { type: 'paragraph', children: [text] };
    case 'subheading':
      return { type: 'heading', depth: 2, children: [text] };
    case 'aside': {
      const element: MdxJsxFlowElement = {
        type: 'mdxJsxFlowElement',
        name: asideElement,
        attributes: [{ type: 'mdxJsxAttribute', name: 'kind', value: block.aside }],
        children: [{ type: 'paragraph', children: [text] }],
      };
      return element;
    }
  }
}

/** The complete `.mdx` file: its frontmatter block, then the serialized body. */
export function serializeArticle(frontmatter: ArticleFrontmatter, blocks: Block[]): string {
  return `${frontmatterBlock(frontmatter)}\n${serializeMdx(buildBody(blocks))}`;
}
