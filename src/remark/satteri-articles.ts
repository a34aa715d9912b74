import { fileURLToPath } from 'node:url';
import type { Root } from 'mdast';
import { type MdastPluginDefinition, markdownToMdast, mdxToMdast } from 'satteri';
import { VFile } from 'vfile';

/** A remark transformer: changes an article's tree in place, reads and writes `file.data`, fails with `file.fail`. */
export type Transformer = (tree: Root, file: VFile) => void;

/** What the articles' Markdown allows, for the build and for this plugin's own parse: CommonMark and MDX only. */
export const articleFeatures = { gfm: false, smartPunctuation: false } as const;

/**
 * Parses an article's source (MDX, without frontmatter) into a plain mdast
 * tree, as the site's compiler reads it; with `position`, each node knows
 * its place in the source.
 */
export function parseArticle(source: string, { position = false } = {}): Root {
  return mdxToMdast(source, { features: articleFeatures, position }) as Root;
}

/**
 * Runs the project's remark transformers on each article inside Astro's
 * Sätteri processor, the native Markdown and MDX compiler that Astro 7 uses
 * by default (its mdast plugins see a lazy, read-through tree). For an
 * article, the plugin parses the source into a plain mdast tree, runs the
 * transformers on it as remark would, with a VFile that holds Astro's data
 * (frontmatter in, computed fields out), and hands the tree back as the
 * document's content. A glossary entry's body (Markdown, not MDX) gets the
 * `entries` transformers the same way; other documents are left alone.
 *
 * The tree has no positions, which would cost half its memory; when a
 * transformer refuses the article, they run again on a tree with positions,
 * so that the error names the line.
 */
export function satteriArticles(options: {
  isArticle: (file: VFile) => boolean;
  transformers: Transformer[];
  /** Glossary entries' bodies, and what runs on them. */
  entries?: { isEntry: (file: VFile) => boolean; transformers: Transformer[] };
}): MdastPluginDefinition {
  const transform = (tree: Root, file: VFile) => {
    for (const transformer of options.transformers) transformer(tree, file);
  };
  return {
    name: 'annotated-sources:articles',
    before(root, ctx) {
      if (!ctx.fileURL) return;
      const file = new VFile({ path: fileURLToPath(ctx.fileURL), cwd: process.cwd(), value: ctx.source });
      if (options.entries?.isEntry(file)) {
        const tree = markdownToMdast(ctx.source, { features: articleFeatures }) as Root;
        for (const transformer of options.entries.transformers) transformer(tree, file);
        ctx.setProperty(root, 'children', tree.children);
        return;
      }
      if (!options.isArticle(file)) return;
      // The same object, not a copy: Astro seeds `astro.frontmatter` in it and reads it back after the compile.
      file.data = ctx.data as VFile['data'];
      let tree = parseArticle(ctx.source);
      try {
        transform(tree, file);
      } catch {
        tree = parseArticle(ctx.source, { position: true });
        transform(tree, file);
      }
      ctx.setProperty(root, 'children', tree.children);
    },
  };
}
