import type { Link, Paragraph, PhrasingContent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { type RelatedReport, type SharedPassageNote, handBack } from '../annotate/article-data.ts';
import { articleId } from '../discover/article-files.ts';
import { sentenceEnds } from '../text/sentences.ts';
import type { PassageIndex } from './archive-passages.ts';

/** Options of {@link remarkSharedPassages}. */
export interface SharedPassagesOptions {
  /** The archive's shared passages (computed once per build by the caller). */
  passages: () => PassageIndex;
}

/**
 * Reports counted per passage when ranking the related reports (its earliest
 * ones): a wire sentence may be in thousands, and six are shown.
 */
const relatedCounted = 20;
/** Related reports kept for the article's page, the most shared first. */
const relatedReportsKept = 6;

/** The id of a shared passage's marker in the article, and of its note. */
export const passageMarkerId = (number: number) => `passage-${number}`;
export const passageNoteId = (number: number) => `passage-note-${number}`;

/**
 * Marks each sentence of an article that other reports share: a numbered
 * marker after the sentence, linking to its note below the article (which
 * the article page draws from the `sharedPassages` handed back: the other
 * reports, earliest first, and which holds the earliest known version).
 * Paragraphs of the body only: headings and page furniture are not compared.
 */
export default function remarkSharedPassages(options: SharedPassagesOptions) {
  return (tree: Root, file: VFile): void => {
    if (!file.path) return;
    const article = articleId(file.path);
    const shared = options.passages().get(article);
    if (!shared) return;
    const notes: SharedPassageNote[] = [];
    const sharedWith = new Map<string, number[]>();
    for (const block of tree.children) {
      if (block.type !== 'paragraph') continue;
      const text = toString(block);
      let start = 0;
      const ends: number[] = [];
      for (const end of [...sentenceEnds(text), text.length]) {
        const echo = shared.get(text.slice(start, end).trim());
        if (echo) {
          const number = notes.length + 1;
          // The article is one of the passage's, once: the others are all but it (a wire sentence may
          // be in thousands of reports, so only the earliest few are walked).
          notes.push({ number, total: echo.articles.length - 1, earliest: echo.earliest.slice(0, 3) });
          const counted = Math.min(echo.articles.length, relatedCounted + 1);
          for (let place = 0; place < counted; place++) {
            const other = echo.articles[place] as string;
            if (other === article) continue;
            const numbers = sharedWith.get(other);
            if (numbers) numbers.push(number);
            else sharedWith.set(other, [number]);
          }
          ends.push(end);
        }
        start = end;
      }
      if (ends.length > 0)
        insertAt(
          block,
          ends.map((offset, i) => ({
            offset,
            node: marker(notes[notes.length - ends.length + i] as SharedPassageNote),
          })),
        );
    }
    handBack(file, { sharedPassages: notes, relatedReports: mostShared(sharedWith, relatedReportsKept) });
  };
}

/**
 * The `count` reports that share the most passages, most first (ties by id).
 * A wire story's article may share with hundreds of reports: they are not
 * all sorted to keep six.
 */
function mostShared(sharedWith: Map<string, number[]>, count: number): RelatedReport[] {
  const kept: RelatedReport[] = [];
  const before = (a: RelatedReport, b: RelatedReport) =>
    a.passages.length > b.passages.length || (a.passages.length === b.passages.length && a.id < b.id);
  for (const [id, passages] of sharedWith) {
    const report = { id, passages };
    if (kept.length === count && !before(report, kept[count - 1] as RelatedReport)) continue;
    let place = Math.min(kept.length, count - 1);
    while (place > 0 && before(report, kept[place - 1] as RelatedReport)) place--;
    kept.splice(place, 0, report);
    kept.length = Math.min(kept.length, count);
  }
  return kept;
}

function marker({ number, total }: SharedPassageNote): Link {
  return {
    type: 'link',
    url: `#${passageNoteId(number)}`,
    children: [{ type: 'text', value: String(number) }],
    data: {
      hProperties: {
        id: passageMarkerId(number),
        class: 'passage-ref',
        'aria-label': `Shared passage ${number}: in ${total} other ${total === 1 ? 'report' : 'reports'}`,
      },
    },
  };
}

/**
 * Inserts nodes into a paragraph at text offsets (in order): inside a text
 * node, or after the child the offset ends. One pass over the children, so a
 * long paragraph with many markers stays linear.
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
