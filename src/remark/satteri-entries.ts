import { fileURLToPath } from 'node:url';
import type { Root } from 'mdast';
import { type MdastPluginDefinition, markdownToMdast } from 'satteri';
import { VFile } from 'vfile';
import { type Transformer, articleFeatures } from './parse-article.ts';

/**
 * Runs remark transformers on each glossary entry's body inside Astro's
 * Sätteri processor, which renders the entries (its mdast plugins see a
 * lazy, read-through tree, and it runs no remark plugins of its own): the
 * plugin parses the body into a plain mdast tree, runs the transformers on it
 * as remark would, and hands the tree back as the document's content. Other
 * documents are left alone. (Articles are rendered by the article loader.)
 */
export function satteriEntries(options: {
  isEntry: (file: VFile) => boolean;
  transformers: Transformer[];
}): MdastPluginDefinition {
  return {
    name: 'annotated-sources:entries',
    before(root, ctx) {
      if (!ctx.fileURL) return;
      const file = new VFile({ path: fileURLToPath(ctx.fileURL), cwd: process.cwd(), value: ctx.source });
      if (!options.isEntry(file)) return;
      const tree = markdownToMdast(ctx.source, { features: articleFeatures }) as Root;
      for (const transformer of options.transformers) transformer(tree, file);
      ctx.setProperty(root, 'children', tree.children);
    },
  };
}
