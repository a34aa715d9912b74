import { describe, expect, it } from 'vitest';
import type { Article } from '../archive/articles.ts';
import { passageNoteItems, relatedReportItems } from './passage-notes-html.ts';

/** Just what the notes read of an article. */
const report = (id: string, title: string, date?: string) => ({ id, data: { title, date } }) as unknown as Article;

const byId = new Map([
  ['wire', report('wire', 'Attack on the Banjska monastery & its aftermath', '2023-09-24')],
  ['rewrite', report('rewrite', 'Kosovo <police> clash', '2023-09-25')],
  ['undated', report('undated', 'A later retelling')],
]);

describe('passageNoteItems', () => {
  it('should give each earliest version one item: its passages, linked back, how many other reports carry them, and its link', () => {
    const html = passageNoteItems(
      'rewrite',
      [
        { passages: [1, 2, 4], total: 2, earliest: ['wire'] },
        { passages: [3], total: 1, earliest: ['rewrite'] },
        { passages: [5], total: 1, earliest: ['wire'] },
        { passages: [6], total: 1, earliest: ['rewrite', 'wire'] },
      ],
      byId,
    );
    expect(html).toBe(
      '<li id="passage-note-1">Passages <a href="#passage-1">1</a>–<a href="#passage-2">2</a>, ' +
        '<a href="#passage-4">4</a>: in 2 other reports; <a href="#passage-5">5</a>: in 1 other report. ' +
        'Earliest known version: <a href="/articles/wire/">Attack on the Banjska… (24 September 2023)</a>.</li>' +
        '<li id="passage-note-2">Passage <a href="#passage-3">3</a>: in 1 other report. ' +
        '<strong>This report is the earliest known version.</strong></li>' +
        '<li id="passage-note-3">Passage <a href="#passage-6">6</a>: in 1 other report. ' +
        '<strong>This report is one of the earliest known versions.</strong></li>',
    );
  });

  it('should name no earliest version that is not in the archive', () => {
    expect(passageNoteItems('rewrite', [{ passages: [1], total: 1, earliest: ['gone'] }], byId)).toBe(
      '<li id="passage-note-1">Passage <a href="#passage-1">1</a>: in 1 other report.</li>',
    );
  });
});

describe('relatedReportItems', () => {
  it('should list each report with its date, its passages as runs, and a link to compare, titles escaped', () => {
    const html = relatedReportItems(
      'wire',
      [
        { id: 'rewrite', passages: [1, 2, 3, 5] },
        { id: 'undated', passages: [4] },
        { id: 'gone', passages: [6] },
      ],
      byId,
    );
    expect(html).toBe(
      '<li><a href="/articles/rewrite/">Kosovo &lt;police&gt; clash</a> <span class="passage-notes__date">25 September 2023</span> · ' +
        'passages <a href="#passage-1">1</a>–<a href="#passage-3">3</a>, <a href="#passage-5">5</a> · ' +
        '<a href="/compare/?a=wire&amp;b=rewrite">compare</a></li>' +
        '<li><a href="/articles/undated/">A later retelling</a> <span class="passage-notes__date">Undated</span> · ' +
        'passage <a href="#passage-4">4</a> · <a href="/compare/?a=wire&amp;b=undated">compare</a></li>',
    );
  });
});
