import { describe, expect, it } from 'vitest';
import { findQuotes, personCarried } from './find-quotes.ts';
import { scoreQuotes } from './quote-evaluation.ts';
import { quoteTestSet } from './quote-test-set.ts';

const kirby = { entity: 'john-kirby', kind: 'person', anchor: 'm-john-kirby-1' };

describe('findQuotes', () => {
  it('should find quotations in straight and typographic marks, of two words or more', () => {
    const text = 'He called it "unprecedented". “We are watching closely.” „Wir sehen zu“ and «nous regardons»';
    expect(findQuotes(text, []).map(({ text: words }) => words)).toEqual([
      'We are watching closely.',
      'Wir sehen zu',
      'nous regardons',
    ]);
  });

  it('should give the speaker the text names, with the mention to link to', () => {
    const text = '“Everyone involved must be brought to justice,” Kirby said.';
    const start = text.indexOf('Kirby');
    const [quote] = findQuotes(text, [{ ...kirby, start, end: start + 5 }]);
    expect(quote?.text).toBe('Everyone involved must be brought to justice');
    expect(quote?.speaker).toMatchObject({ entity: 'john-kirby', anchor: 'm-john-kirby-1' });
  });

  it('should read "he said" as the one person named before it, and nobody when two could be meant', () => {
    const kurti = { entity: 'albin-kurti', kind: 'person', anchor: 'm-albin-kurti-1', start: 0, end: 5 };
    const vucic = { entity: 'aleksandar-vucic', kind: 'person', anchor: 'm-aleksandar-vucic-1', start: 15, end: 20 };
    expect(findQuotes('Kurti spoke. "This was planned," he said.', [kurti])[0]?.speaker?.entity).toBe('albin-kurti');
    expect(findQuotes('Kurti accused Vučić. "This was planned," he said.', [kurti, vucic])[0]?.speaker).toBeUndefined();
    // With nobody named in the paragraph, the person carried from the paragraphs before.
    expect(findQuotes('"This was planned," he said.', [], kurti)[0]?.speaker?.entity).toBe('albin-kurti');
  });

  it('should carry to the next paragraph only a person it is clear "he" would mean', () => {
    const kurti = { entity: 'albin-kurti', kind: 'person', anchor: 'm-albin-kurti-1', start: 0, end: 5 };
    const vucic = { entity: 'aleksandar-vucic', kind: 'person', anchor: 'm-aleksandar-vucic-1', start: 15, end: 20 };
    expect(personCarried([kurti], [], undefined)?.entity).toBe('albin-kurti');
    expect(personCarried([kurti, vucic], [], kurti)).toBeUndefined();
    expect(personCarried([], [], kurti)?.entity).toBe('albin-kurti');
    const quoted = [{ text: 'We will not be intimidated', start: 30, end: 60, speaker: kurti }];
    expect(personCarried([kurti, vucic], quoted, undefined)?.entity).toBe('albin-kurti');
  });

  it('should leave a quotation unattributed when the text does not say who spoke', () => {
    const text = 'Kirby spoke later. Residents called it "a night without end" as the water rose.';
    expect(findQuotes(text, [{ ...kirby, start: 0, end: 5 }])[0]?.speaker).toBeUndefined();
  });
});

describe('quote attribution on the test set', () => {
  it('should name speakers with precision of at least 0.95, and read every quotation', () => {
    const score = scoreQuotes(quoteTestSet);
    expect(score.expected).toBeGreaterThan(10);
    expect(score.misread).toEqual([]);
    expect(score.precision).toBeGreaterThanOrEqual(0.95);
    expect(score.recall).toBeGreaterThanOrEqual(0.8);
  });
});
