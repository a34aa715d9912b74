import type { Html, Paragraph, PhrasingContent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { sentenceEnds } from '../text/sentences.ts';

/**
 * What stands in the article's HTML at the end of each sentence of its text
 * until the archive's shared passages are known: a comment, which no text of
 * the article can be (its `<` is escaped), replaced then by a marker or by
 * nothing (`mark-shared-passages.ts`).
 */
export const sentenceEndComment = 's';
export const sentenceEndPlaceholder = `<!--${sentenceEndComment}-->`;

/** Each article's sentences, in the order of the placeholders that end them. */
const sentencesByFile = new WeakMap<VFile, string[]>();

/** The sentences whose ends {@link remarkSentenceEnds} marked in `file`, in order. */
export const markedSentences = (file: VFile): string[] => sentencesByFile.get(file) ?? [];

/**
 * Marks the end of each sentence of an article's paragraphs with
 * {@link sentenceEndPlaceholder} and keeps the sentences' texts, so that the
 * article can be rendered before the archive's passages are compared, and
 * its shared sentences marked afterwards in its HTML. Paragraphs of the body
 * only: headings and page furniture are not compared.
 */
export default function remarkSentenceEnds() {
  return (tree: Root, file: VFile): void => {
    const sentences: string[] = [];
    for (const block of tree.children) {
      if (block.type !== 'paragraph') continue;
      const text = toString(block);
      let start = 0;
      const ends = [...sentenceEnds(text), text.length];
      for (const end of ends) {
        sentences.push(text.slice(start, end).trim());
        start = end;
      }
      insertAt(
        block,
        ends.map((offset) => ({ offset, node: { type: 'html', value: sentenceEndPlaceholder } satisfies Html })),
      );
    }
    sentencesByFile.set(file, sentences);
  };
}

/**
 * Inserts nodes into a paragraph at text offsets (in order): inside a text
 * node, or after the child the offset ends. One pass over the children, so a
 * long paragraph with many sentences stays linear.
 */
function insertAt(paragraph: Paragraph, places: { offset: number; node: PhrasingContent }[]): void {
  const children: PhrasingContent[] = [];
  let next = 0;
  let position = 0;
  for (const child of paragraph.children) {
    const length = toString(child).length;
    if (child.type === 'text') {
      let cut = 0;
      for (; next < places.length && (places[next]?.offset ?? 0) < position + length; next++) {
        const at = (places[next]?.offset ?? 0) - position;
        if (at > cut) children.push({ type: 'text', value: child.value.slice(cut, at) });
        children.push((places[next] as { node: PhrasingContent }).node);
        cut = Math.max(cut, at);
      }
      if (cut < length) children.push(cut === 0 ? child : { type: 'text', value: child.value.slice(cut) });
    } else children.push(child);
    position += length;
    // Offsets at this child's end (or inside a child that is not text) go right after it.
    for (; next < places.length && (places[next]?.offset ?? 0) <= position; next++)
      children.push((places[next] as { node: PhrasingContent }).node);
  }
  for (; next < places.length; next++) children.push((places[next] as { node: PhrasingContent }).node);
  paragraph.children = children;
}
