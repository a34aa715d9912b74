import path from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { articleBodyProblems } from '../schemas/article-body.ts';

/**
 * Fails the build on an article that holds more than ingest writes plus the
 * editor's marks (see {@link articleBodyProblems}): a hand edit that adds an
 * `export`, a `{…}` expression or an element would otherwise run as code when
 * the site is built. Runs before every other plugin; the error names the file
 * and line of the first problem.
 */
export default function remarkSafeArticle() {
  return (tree: Root, file: VFile): void => {
    const [first] = articleBodyProblems(tree, { editorMarks: true });
    if (first) {
      const where = `${path.relative(file.cwd, file.path)}:${first.node.position?.start.line ?? 1}`;
      file.fail(
        `${where}: unexpected ${first.what} in an article: articles hold only text, subheadings, <Aside kind="…"> lines and ` +
          'the editor’s <Mention of="…"> and <NotMention> marks; remove it, or re-ingest the source with --force',
        first.node,
      );
    }
  };
}
