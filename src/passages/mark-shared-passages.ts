import type { VFile } from 'vfile';
import { type RelatedReport, type SharedPassageNote, handBack } from '../annotate/article-data.ts';
import { articleId } from '../discover/article-files.ts';
import { escapeHtml } from '../text/html.ts';
import type { PassageEcho } from './archive-passages.ts';
import { markedSentences, sentenceEndPlaceholder } from './remark-sentence-ends.ts';

/** Related reports kept for the article's page, the most shared first. */
const relatedReportsKept = 6;

/** The id of a shared passage's marker in the article, and of the note it leads to. */
export const passageMarkerId = (number: number) => `passage-${number}`;
export const passageNoteId = (number: number) => `passage-note-${number}`;

/** A shared passage's numbered marker: a link to its note (`note`: the note's number). */
function marker(number: number, note: number, total: number): string {
  const label = `Shared passage ${number}: in ${total} other ${total === 1 ? 'report' : 'reports'}`;
  return (
    `<a href="#${passageNoteId(note)}" id="${passageMarkerId(number)}" class="passage-ref" ` +
    `aria-label="${escapeHtml(label)}">${number}</a>`
  );
}

/**
 * Marks each sentence of an article's HTML that other reports share, once
 * the archive's passages are known: the placeholder after each sentence
 * (`remark-sentence-ends.ts`) becomes a numbered marker linking to its note
 * below the article, or nothing. Passages that as many other reports carry,
 * with the same earliest versions, share one note. The notes and the reports
 * it shares most with are handed back with the article's data (`shared`:
 * the article's shared sentences by their text; nothing for an article that
 * shares none).
 */
export function markSharedPassages(html: string, file: VFile, shared: Map<string, PassageEcho> | undefined): string {
  const sentences = markedSentences(file);
  const article = articleId(file.path);
  const notes: SharedPassageNote[] = [];
  const noteByContent = new Map<string, number>();
  const sharedWith = new Map<string, number[]>();
  let place = 0;
  let passages = 0;
  const marked = html.replaceAll(sentenceEndPlaceholder, () => {
    const echo = shared?.get(sentences[place++] ?? '');
    if (!echo) return '';
    const number = ++passages;
    // The article is one of the passage's reports, once: the others are all but it.
    const total = echo.reports - 1;
    const { earliest } = echo;
    const content = `${total} ${earliest.join(' ')}`;
    let note = noteByContent.get(content);
    if (note === undefined) {
      note = notes.push({ passages: [], total, earliest }) - 1;
      noteByContent.set(content, note);
    }
    notes[note]?.passages.push(number);
    // The passage's earliest reports only: a wire sentence may be in thousands.
    for (const other of echo.articles) {
      if (other === article) continue;
      const numbers = sharedWith.get(other);
      if (numbers) numbers.push(number);
      else sharedWith.set(other, [number]);
    }
    return marker(number, note + 1, total);
  });
  if (shared) handBack(file, { sharedPassages: notes, relatedReports: mostShared(sharedWith, relatedReportsKept) });
  return marked;
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
    let at = Math.min(kept.length, count - 1);
    while (at > 0 && before(report, kept[at - 1] as RelatedReport)) at--;
    kept.splice(at, 0, report);
    kept.length = Math.min(kept.length, count);
  }
  return kept;
}
