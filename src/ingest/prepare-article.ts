import { isDeepStrictEqual } from 'node:util';
import type { ArticleFrontmatter, EditorMetadata } from '../schemas/article.ts';
import { buildFrontmatter, serializeArticle } from './build-article.ts';
import { carryEditorMarks } from './carry-editor-marks.ts';
import { decodeSource } from './decode-source.ts';
import { detectLanguage } from './detect-language.ts';
import { findProvenance } from './find-provenance.ts';
import { type ParsedSource, parseSource, splitDateMarker } from './parse-source.ts';
import { readArticle } from './read-article.ts';
import { splitSourceFrontmatter } from './source-frontmatter.ts';
import { splitWords } from '../text/words.ts';

/** An article ready to be written, proven to hold exactly its source's text. */
export interface PreparedArticle {
  frontmatter: ArticleFrontmatter;
  /** The complete `.mdx` file. */
  mdx: string;
  /**
   * What the source's own front matter states (see `splitSourceFrontmatter`):
   * the editor's metadata, as a sidecar file holds it, not yet applied.
   */
  frontmatterMetadata: EditorMetadata;
}

/** Options of {@link prepareArticle}. */
export interface PrepareOptions {
  /**
   * The article the source was ingested as before (`--force`): the editor's
   * `<Aside>` marks in it, and lines unwrapped from one, carry over to blocks
   * of the same text (see `carryEditorMarks`). Default: none.
   */
  oldMdx?: string;
}

/**
 * Turns the bytes of a source into the text of its `.mdx` article:
 * decode → split off front matter → parse → build frontmatter and body →
 * serialize → read back. The front matter's fields are returned, not applied.
 * Throws a `SourceError` for unusable input, and an `Error` if the written
 * article would not read back as exactly the source's text (a bug; nothing
 * is written then).
 */
export function prepareArticle(bytes: Uint8Array, sourceName: string, options: PrepareOptions = {}): PreparedArticle {
  const { metadata: frontmatterMetadata, text } = splitSourceFrontmatter(decodeSource(bytes));
  const source = parseSource(text);
  const parsed =
    options.oldMdx === undefined ? source : { ...source, blocks: carryEditorMarks(options.oldMdx, source.blocks) };
  const frontmatter = buildFrontmatter(parsed, sourceName, statedMetadata(text, parsed));
  const mdx = serializeArticle(frontmatter, parsed.blocks);

  const readBack = readArticle(mdx);
  if (!isDeepStrictEqual(readBack, { frontmatter, blocks: parsed.blocks })) {
    throw new Error('the MDX written for it does not read back as its text; nothing was written (please report this)');
  }
  const sourceWords = splitWords(splitDateMarker(text).rest);
  // Furniture above the headline (a site banner) stays before it, in source order.
  const texts = parsed.blocks.map((block) => block.text);
  const headlineAt = parsed.headlineIndex ?? 0;
  const articleWords = splitWords(
    [...texts.slice(0, headlineAt), parsed.headline ?? '', ...texts.slice(headlineAt)].join(' '),
  );
  if (!isDeepStrictEqual(sourceWords, articleWords)) {
    throw new Error('the article would not hold the source word for word; nothing was written (please report this)');
  }
  return { frontmatter, mdx, frontmatterMetadata };
}

/**
 * What a source's text states about it: when, where and by whom it was
 * published (from its furniture: see `findProvenance`) and the language of
 * its article text (not of its furniture). Nothing else is filled in.
 */
function statedMetadata(text: string, parsed: ParsedSource): EditorMetadata {
  const articleText = [
    parsed.headline ?? '',
    ...parsed.blocks.filter((block) => block.kind !== 'aside').map((block) => block.text),
  ];
  const lang = detectLanguage(articleText.join('\n'));
  // Every language but English writes a numeric date day first; English on both sides of the Atlantic.
  const dayFirst = lang !== undefined && !/^en\b/iu.test(lang);
  const { date, dateline, outlet, authors } = findProvenance(
    text.split('\n').map((line) => line.trim()),
    dayFirst,
  );
  const stated: EditorMetadata = { date, dateline, outlet, authors, lang };
  return Object.fromEntries(Object.entries(stated).filter(([, value]) => value !== undefined));
}
