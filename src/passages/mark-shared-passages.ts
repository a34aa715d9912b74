import type { VFile } from 'vfile';
import { type RelatedReport, type SharedPassageNote, handBack } from '../annotate/article-data.ts';
import { articleId } from '../discover/article-files.ts';
import { escapeHtml } from '../text/html.ts';
import { plural } from '../text/plural.ts';
import type { PassageEcho } from './archive-passages.ts';
import { markedSentences, sentenceEndPlaceholder } from './remark-sentence-ends.ts';

/** Related reports kept for the article's page, the most shared first. */
const relatedReportsKept = 6;

/** The id of a shared passage's marker in the article, and of the note it leads to. */
export const passageMarkerId = (number: number) => `passage-${number}`;
export const passageNoteId = (number: number) => `passage-note-${number}`;

/** A shared passage's numbered marker: a link to its note (`item`: the number of the notes' item). */
function marker(number: number, item: number, total: number): string {
  const label = `Shared passage ${number}: in ${plural(total, 'other report')}`;
  return (
    `<a href="#${passageNoteId(item)}" id="${passageMarkerId(number)}" class="passage-ref" ` +
    `aria-label="${escapeHtml(label)}">${number}</a>`
  );
}

/**
 * The notes as the page shows them: one item per earliest known version, in
 * the order of their first passages, each with its notes (one per number of
 * other reports). A wire story's passages mostly come from a few reports:
 * each is named once. Item `n` (from 1) has the id `passageNoteId(n)`.
 */
export function noteItems(notes: SharedPassageNote[]): SharedPassageNote[][] {
  return [...Map.groupBy(notes, ({ earliest }) => earliest.join(' ')).values()];
}

/**
 * Marks each sentence of an article's HTML that other reports share, once
 * the archive's passages are known: the placeholder after each sentence
 * (`remark-sentence-ends.ts`) becomes a numbered marker linking to its note
 * below the article, or nothing. Passages that as many other reports carry,
 * with the same earliest versions, share one note; the notes with the same
 * earliest versions, one item of the page's list. The notes and the reports
 * it shares most with are handed back with the article's data (`shared`:
 * the article's shared sentences by their text; nothing for an article that
 * shares none).
 */
export function markSharedPassages(html: string, file: VFile, shared: Map<string, PassageEcho> | undefined): string {
  const article = articleId(file.path);
  const notes: SharedPassageNote[] = [];
  const noteByContent = new Map<string, SharedPassageNote>();
  const sharedWith = new Map<string, number[]>();
  // Each sentence's passage, numbered, with its note; or nothing for a sentence no other report carries.
  let passages = 0;
  const passageOf = markedSentences(file).map((sentence) => {
    const echo = shared?.get(sentence);
    if (!echo) return undefined;
    const number = ++passages;
    // The article is one of the passage's reports, once: the others are all but it.
    const total = echo.reports - 1;
    const { earliest } = echo;
    const content = `${total} ${earliest.join(' ')}`;
    let note = noteByContent.get(content);
    if (!note) {
      note = { passages: [], total, earliest };
      notes.push(note);
      noteByContent.set(content, note);
    }
    note.passages.push(number);
    // The passage's earliest reports only: a wire sentence may be in thousands.
    for (const other of echo.articles) {
      if (other === article) continue;
      const numbers = sharedWith.get(other);
      if (numbers) numbers.push(number);
      else sharedWith.set(other, [number]);
    }
    return { number, note };
  });
  const itemOf = new Map(noteItems(notes).flatMap((item, index) => item.map((note) => [note, index + 1])));
  let place = 0;
  const marked = html.replaceAll(sentenceEndPlaceholder, () => {
    const passage = passageOf[place++];
    return passage ? marker(passage.number, itemOf.get(passage.note) ?? 1, passage.note.total) : '';
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
