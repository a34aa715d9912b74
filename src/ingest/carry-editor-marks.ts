import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Block } from './parse-source.ts';
import { readBody } from './read-article.ts';

/**
 * Re-applies an editor's set-apart decisions from an existing article to the
 * blocks of its re-ingested source, so that `ingest --force` does not undo
 * them. The article is the record: for each new block whose text equals a
 * block of the old article (matched in order, so repeated texts pair up one
 * to one), an old `<Aside kind="…">` sets the new block apart with that kind,
 * and an old paragraph or subheading turns a new aside back into that text
 * block. Blocks of new text keep what the rules made of them. Returns new
 * blocks; `newBlocks` is not changed. An old article the build would refuse
 * has no marks to trust: its blocks are returned as they are.
 *
 * Limit: an article is not told apart from an editor's hand, so a line an
 * older ingest left as text stays text; to let the rules decide afresh,
 * delete the article before ingesting its source again.
 */
export function carryEditorMarks(oldMdx: string, newBlocks: readonly Block[]): Block[] {
  let oldBlocks: Block[];
  try {
    oldBlocks = readBody(parseFrontmatter(oldMdx).content, { editorMarks: true });
  } catch {
    return [...newBlocks];
  }
  const byText = new Map<string, Block[]>();
  for (const block of oldBlocks) {
    const same = byText.get(block.text);
    if (same) same.push(block);
    else byText.set(block.text, [block]);
  }
  return newBlocks.map((block) => {
    const old = byText.get(block.text)?.shift();
    if (!old) return block;
    if (old.kind === 'aside') return old;
    return block.kind === 'aside' ? { kind: old.kind, text: block.text } : block;
  });
}
