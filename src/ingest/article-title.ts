import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { ArticleFrontmatter } from '../schemas/article.ts';
import { asideKindOf } from '../schemas/article-body.ts';
import { parseArticle } from '../remark/parse-article.ts';
import { countWords } from '../text/words.ts';
import { buildBody } from './build-article.ts';
import { furnitureKind } from './furniture.ts';
import { serializeMdx } from './mdx-syntax.ts';
import type { Block } from './parse-source.ts';
import { readBody } from './read-article.ts';
import { readArticleParts, withFrontmatter } from './update-article.ts';

/** An article under the title an editor gave it. */
export interface Retitled {
  mdx: string;
  frontmatter: ArticleFrontmatter;
  /** What became of the source's headline, in a clause for the editor; absent when no line moved. */
  note?: string;
}

/** Options of {@link giveTitle}. */
export interface TitleOptions {
  /** Whether a line of the text that reads as the title becomes the headline (default); else the title is given. */
  fromText?: boolean;
}

/**
 * An article file under the title an editor gives it (`--title`, a sidecar's
 * or front matter's `title`, or the title `--force` keeps), its body's hand
 * edits kept byte for byte. The text never loses a line:
 *
 * - A title that is a line of the body (`## Kosovo lifts ban …`, ingest having
 *   taken another line for the headline) makes that line the headline
 *   (`headline: true`), unless `fromText` is false.
 * - Any other title is the editor's (`headline: false`: the page says it is
 *   not in the source).
 * - Either way, the line that was the headline goes back into the body where
 *   ingest finds a headline, after the furniture at the top: as a subheading,
 *   or set apart when the furniture rules say it is furniture (`Skip to main
 *   content`). Limit: a headline an editor chose from further down goes back
 *   there too, not to its own place; `--force` puts every line in its place.
 *
 * `words` is counted again. Throws a `SourceError` for an article whose
 * frontmatter is broken, and an `Error` if the body would not read back.
 */
export function giveTitle(mdx: string, title: string, options: TitleOptions = {}): Retitled {
  const { frontmatter, body } = readArticleParts(mdx);
  const wanted = title.trim();
  if (wanted === frontmatter.title) return { mdx, frontmatter };
  const nodes = parseArticle(body, { position: true }).children;
  const edits: Edit[] = [];
  const promoted = options.fromText === false ? -1 : nodes.findIndex((node) => toString(node) === wanted);
  if (promoted >= 0) edits.push({ at: start(nodes, promoted, body), removeTo: start(nodes, promoted + 1, body) });
  const oldHeadline: Block | undefined = frontmatter.headline ? textBlock(frontmatter.title) : undefined;
  if (oldHeadline) {
    // The headline stood after the furniture above it, before the first block of text.
    const place = nodes.findIndex((node) => asideKindOf(node) === undefined);
    const serialized = serializeMdx(buildBody([oldHeadline]));
    edits.push(
      place >= 0
        ? { at: start(nodes, place, body), insert: `${serialized}\n` }
        : { at: body.length, insert: `\n${serialized}` },
    );
  }
  const newBody = applyEdits(body, edits).replace(/\n{2,}$/, '\n');
  const headline = promoted >= 0;
  const retitled = withFrontmatter(newBody, {
    ...frontmatter,
    title: wanted,
    headline,
    words: (headline ? countWords(wanted) : 0) + textWords(newBody),
  });
  const note = describeMove(wanted, headline, oldHeadline);
  return { ...retitled, ...(note ? { note } : {}) };
}

/**
 * The title that `--force` keeps from the article it rewrites (`oldMdx`) in
 * the article made afresh from its source (`newMdx`): the article, hand edits
 * and all, is the record. Its headline is kept as a line of the text, unless
 * the new article sets that line apart as furniture (an older ingest took
 * `Skip to main content` or a section's name for it); a title not in the
 * text (the editor's, or derived) is kept as it is.
 */
export function titleToKeep(oldMdx: string, newMdx: string): { title: string; options: TitleOptions } | undefined {
  let frontmatter: ArticleFrontmatter;
  try {
    ({ frontmatter } = readArticleParts(oldMdx));
  } catch {
    // An article with broken frontmatter has no title to trust.
    return undefined;
  }
  const { title, headline } = frontmatter;
  if (headline) {
    const newBlocks = readBody(readArticleParts(newMdx).body, { editorMarks: false });
    if (newBlocks.some((block) => block.kind === 'aside' && block.text === title)) return undefined;
  }
  return { title, options: { fromText: headline } };
}

/** A change to a body: text removed from `at` to `removeTo`, or inserted at `at`. */
type Edit = { at: number; removeTo: number } | { at: number; insert: string };

/** Applies edits from the end, so earlier offsets stay right; at one offset, a removal before an insertion. */
function applyEdits(text: string, edits: Edit[]): string {
  const ordered = edits.toSorted((a, b) => b.at - a.at || ('removeTo' in a ? -1 : 1));
  return ordered.reduce(
    (changed, edit) =>
      'removeTo' in edit
        ? changed.slice(0, edit.at) + changed.slice(edit.removeTo)
        : changed.slice(0, edit.at) + edit.insert + changed.slice(edit.at),
    text,
  );
}

/** Where the top-level node `index` starts in the body; the body's end past the last. */
function start(nodes: RootContent[], index: number, body: string): number {
  return nodes[index]?.position?.start.offset ?? body.length;
}

/** A line of the source as a block of the body: set apart when the furniture rules say so, else a subheading. */
function textBlock(text: string): Block {
  const aside = furnitureKind(text);
  return aside ? { kind: 'aside', aside, text } : { kind: 'subheading', text };
}

/** The words of a body's text, its `<Aside>` lines left out, as `buildFrontmatter` counts them. */
function textWords(body: string): number {
  let blocks: Block[];
  try {
    blocks = readBody(body, { editorMarks: true });
  } catch (error) {
    throw new Error(
      `the article would not read back with its new title (${(error as Error).message}); nothing was written`,
      { cause: error },
    );
  }
  return blocks.reduce((total, block) => total + (block.kind === 'aside' ? 0 : countWords(block.text)), 0);
}

/** What became of the source's headline, for the editor. */
function describeMove(title: string, headline: boolean, oldHeadline: Block | undefined): string | undefined {
  const kept = oldHeadline
    ? `"${oldHeadline.text}" stays in the text ${oldHeadline.kind === 'aside' ? 'set apart' : 'as a subheading'}`
    : undefined;
  if (headline) return `its headline is the source's line "${title}", as the editor chose${kept ? `; ${kept}` : ''}`;
  return kept ? `its title is the editor's, not in the source; the source's headline ${kept}` : undefined;
}
