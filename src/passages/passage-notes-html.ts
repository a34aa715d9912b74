import type { RelatedReport, SharedPassageNote } from '../annotate/article-data.ts';
import type { Article } from '../archive/articles.ts';
import { formatCalendarDate } from '../text/calendar-date.ts';
import { escapeHtml } from '../text/html.ts';
import { numberRuns } from '../text/number-runs.ts';
import { plural } from '../text/plural.ts';
import { routes } from '../urls/routes.ts';
import { noteItems, passageMarkerId, passageNoteId } from './mark-shared-passages.ts';

/*
 * An article's shared-passage notes as HTML strings. A report may share every
 * sentence it has, and every article page carries its notes: written as
 * strings, they cost the build no rendering step per link on each page.
 */

/** A report's date as the notes show it. */
const reportDate = (report: Article): string => (report.data.date ? formatCalendarDate(report.data.date) : 'Undated');

/** The earliest-version links already written, by report: a wire story's notes name the same few on every page. */
const earliestLinks = new WeakMap<Article, string>();

/** A link to a report named as the earliest version: its title's first words and its date, enough to tell it from the others. */
function earliestLink(report: Article): string {
  let link = earliestLinks.get(report);
  if (link === undefined) {
    const words = report.data.title.split(/\s+/);
    const name = `${words.slice(0, 4).join(' ')}${words.length > 4 ? '…' : ''} (${reportDate(report)})`;
    link = `<a href="${escapeHtml(routes.article(report.id))}">${escapeHtml(name)}</a>`;
    earliestLinks.set(report, link);
  }
  return link;
}

/** What the earliest known version of a passage is, said from the report `article`. */
function earliestLine(article: string, earliest: string[], byId: Map<string, Article>): string {
  if (earliest.includes(article))
    return `<strong>${earliest.length > 1 ? 'This report is one of the earliest known versions.' : 'This report is the earliest known version.'}</strong>`;
  const first = byId.get(earliest.find((id) => id !== article && byId.has(id)) ?? '');
  return first ? `Earliest known version: ${earliestLink(first)}.` : '';
}

/** Links to passages of the article, by their numbers: to their markers in the text. */
const passageLink = (number: number) => `<a href="#${passageMarkerId(number)}">${number}</a>`;

/** Passages by their numbers, runs of consecutive ones as `3–9`, each number a link to its marker. */
const passageRuns = (passages: number[]) =>
  numberRuns(passages)
    .map(({ first, last }) => (last > first ? `${passageLink(first)}–${passageLink(last)}` : passageLink(first)))
    .join(', ');

/**
 * One list item per earliest known version of the shared passages of
 * `article` (see `noteItems`): its passages, each a link back to its marker,
 * with how many other reports carry them; then the earliest version.
 */
export function passageNoteItems(article: string, notes: SharedPassageNote[], byId: Map<string, Article>): string {
  return noteItems(notes)
    .map((item, index) => {
      const passages = item.reduce((count, note) => count + note.passages.length, 0);
      const counts = item
        .map(
          ({ passages: numbers, total }) => `${passageRuns(numbers)}: in ${escapeHtml(plural(total, 'other report'))}`,
        )
        .join('; ');
      const earliestVersion = earliestLine(article, item[0]?.earliest ?? [], byId);
      return (
        `<li id="${passageNoteId(index + 1)}">${passages === 1 ? 'Passage' : 'Passages'} ${counts}.` +
        `${earliestVersion && ` ${earliestVersion}`}</li>`
      );
    })
    .join('');
}

/**
 * One list item per report `article` shares passages with: its title and
 * date, the passages (runs of consecutive ones as `3–9`, linked to their
 * markers in the text) and a link to compare it with this one. Reports not
 * in the archive are left out.
 */
export function relatedReportItems(article: string, related: RelatedReport[], byId: Map<string, Article>): string {
  return related
    .flatMap(({ id, passages }) => {
      const other = byId.get(id);
      if (!other) return [];
      return [
        `<li><a href="${escapeHtml(routes.article(id))}">${escapeHtml(other.data.title)}</a> ` +
          `<span class="passage-notes__date">${escapeHtml(reportDate(other))}</span> · ` +
          `${passages.length === 1 ? 'passage' : 'passages'} ${passageRuns(passages)} · ` +
          `<a href="${escapeHtml(routes.compare(article, id))}">compare</a></li>`,
      ];
    })
    .join('');
}
