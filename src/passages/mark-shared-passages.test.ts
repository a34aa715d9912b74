import type { Paragraph, Root } from 'mdast';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { readArticleData } from '../annotate/article-data.ts';
import type { PassageEcho } from './archive-passages.ts';
import { markSharedPassages } from './mark-shared-passages.ts';
import remarkSentenceEnds, { markedSentences, sentenceEndPlaceholder } from './remark-sentence-ends.ts';

/** A paragraph's children as text, with each sentence-end placeholder shown as `|`. */
function shown(paragraph: Paragraph): string {
  return paragraph.children
    .map((child) => {
      if (child.type === 'text') return child.value;
      if (child.type === 'html') return child.value === sentenceEndPlaceholder ? '|' : child.value;
      return child.type === 'link'
        ? `<${child.children.map((part) => ('value' in part ? part.value : '')).join('')}>`
        : '';
    })
    .join('');
}

describe('remarkSentenceEnds', () => {
  it('should mark the end of each sentence, inside text or after a link that ends it, and keep the sentences', () => {
    const paragraph: Paragraph = {
      type: 'paragraph',
      children: [
        { type: 'text', value: 'Three attackers were killed. Calm returned. The mission is led by ' },
        { type: 'link', url: '/glossary/nato/', children: [{ type: 'text', value: 'NATO' }] },
        { type: 'text', value: '.' },
      ],
    };
    const tree: Root = { type: 'root', children: [{ type: 'heading', depth: 2, children: [] }, paragraph] };
    const file = new VFile({ path: '/x/this.mdx' });
    remarkSentenceEnds()(tree, file);
    expect(shown(paragraph)).toBe('Three attackers were killed.| Calm returned.| The mission is led by <NATO>.|');
    expect(markedSentences(file)).toEqual([
      'Three attackers were killed.',
      'Calm returned.',
      'The mission is led by NATO.',
    ]);
  });
});

describe('markSharedPassages', () => {
  /** An article's HTML with a placeholder after each of `sentences`, as its draft has it. */
  function draft(sentences: string[]) {
    const file = new VFile({ path: '/x/this.mdx' });
    const tree: Root = {
      type: 'root',
      children: [{ type: 'paragraph', children: [{ type: 'text', value: sentences.join(' ') }] }],
    };
    remarkSentenceEnds()(tree, file);
    return { html: `<p>${sentences.map((sentence) => `${sentence}${sentenceEndPlaceholder}`).join(' ')}</p>`, file };
  }

  it('should put a numbered marker after each shared sentence and nothing after the others', () => {
    const echo: PassageEcho = { reports: 2, articles: ['other', 'this'], earliest: ['other'] };
    const { html, file } = draft(['Three attackers were killed.', 'Calm returned.', 'The mission is led by NATO.']);
    const shared = new Map([
      ['Three attackers were killed.', echo],
      ['The mission is led by NATO.', echo],
    ]);
    expect(markSharedPassages(html, file, shared)).toBe(
      '<p>Three attackers were killed.<a href="#passage-note-1" id="passage-1" class="passage-ref" ' +
        'aria-label="Shared passage 1: in 1 other report">1</a> Calm returned. The mission is led by NATO.' +
        '<a href="#passage-note-1" id="passage-2" class="passage-ref" aria-label="Shared passage 2: in 1 other report">2</a></p>',
    );
  });

  it('should give passages one note when as many reports carry them, with the same earliest versions, and lead each to its earliest version’s item', () => {
    const { html, file } = draft(['One shared.', 'Two shared.', 'Three shared.', 'Four shared.']);
    const shared = new Map<string, PassageEcho>([
      ['One shared.', { reports: 2, articles: ['wire', 'this'], earliest: ['wire'] }],
      ['Two shared.', { reports: 2, articles: ['this', 'later'], earliest: ['this'] }],
      ['Three shared.', { reports: 2, articles: ['wire', 'this'], earliest: ['wire'] }],
      ['Four shared.', { reports: 3, articles: ['wire', 'this', 'later'], earliest: ['wire'] }],
    ]);
    const marked = markSharedPassages(html, file, shared);
    expect(
      [...marked.matchAll(/href="#(passage-note-\d+)" id="(passage-\d+)"/g)].map(([, note, marker]) => [marker, note]),
    ).toEqual([
      ['passage-1', 'passage-note-1'],
      ['passage-2', 'passage-note-2'],
      ['passage-3', 'passage-note-1'],
      ['passage-4', 'passage-note-1'],
    ]);
    expect(readArticleData(file.data.astro?.frontmatter ?? {}).sharedPassages).toEqual([
      { passages: [1, 3], total: 1, earliest: ['wire'] },
      { passages: [2], total: 1, earliest: ['this'] },
      { passages: [4], total: 2, earliest: ['wire'] },
    ]);
  });

  it('should leave an article that shares nothing as it was, but for its placeholders', () => {
    const { html, file } = draft(['Nothing shared here.']);
    expect(markSharedPassages(html, file, undefined)).toBe('<p>Nothing shared here.</p>');
    expect(readArticleData(file.data.astro?.frontmatter ?? {}).sharedPassages).toBeUndefined();
  });

  it('should hand back the six reports that share the most passages, most first, ties by id', () => {
    // Sentence n is shared with the reports r1 … rn: r1 shares all eight, r8 only the last.
    const others = Array.from({ length: 8 }, (_, i) => `r${i + 1}`);
    const sentences = others.map((_, i) => `Sentence number ${i + 1} is shared.`);
    const shared = new Map(
      sentences.map((sentence, i): [string, PassageEcho] => [
        sentence,
        { reports: i + 2, articles: ['this', ...others.slice(0, i + 1)], earliest: ['this'] },
      ]),
    );
    const { html, file } = draft(sentences);
    markSharedPassages(html, file, shared);
    const { relatedReports } = readArticleData(file.data.astro?.frontmatter ?? {});
    expect(relatedReports?.map(({ id, passages }) => [id, passages.length])).toEqual([
      ['r1', 8],
      ['r2', 7],
      ['r3', 6],
      ['r4', 5],
      ['r5', 4],
      ['r6', 3],
    ]);
    expect(relatedReports?.[5]?.passages).toEqual([6, 7, 8]);
  });
});
