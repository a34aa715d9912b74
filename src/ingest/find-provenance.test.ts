import { describe, expect, it } from 'vitest';
import { findProvenance, type FurnitureLine } from './find-provenance.ts';
import { provenanceCases } from './fixtures/provenance-cases.ts';

/** A source's lines as the ingest has them: in order, each trimmed. */
function linesOf(text: string): string[] {
  return text.split('\n').map((line) => line.trim());
}

describe('findProvenance', () => {
  it.each(provenanceCases.map((testCase) => [testCase.lang, testCase.name, testCase] as const))(
    'should read a report in %s: %s',
    (_lang, _name, { text, expected }) => {
      const { date, dateline, outlet, authors } = findProvenance(linesOf(text));
      // toEqual counts a property set to undefined as absent.
      expect({ date, dateline, outlet, authors }).toEqual(expected);
    },
  );

  it('should say which lines are furniture, and where a dateline ends', () => {
    const lines = linesOf(provenanceCases[1]?.text ?? '');
    const furniture = findProvenance(lines).lines;
    expect(furniture.map(({ index, kind }) => [index, kind])).toEqual([
      [1, 'timestamp'],
      [2, 'timestamp'],
      [4, 'dateline'],
      [8, 'byline'],
    ]);
    const dateline = furniture.find((line) => line.kind === 'dateline') as FurnitureLine;
    expect(lines[dateline.index]?.slice(dateline.end)).toMatch(/^The United States expects/);
  });

  it.each<[string, string[], string | undefined]>([
    ['a day marker', ['date 2023-11-06', 'Headline', 'Text.'], '2023-11-06'],
    ['a month marker', ['date 2023-09', 'Headline', 'Text.'], '2023-09'],
    ['a year marker', ['date 2023', 'Headline', 'Text.'], '2023'],
    ['a marker that is no date', ['date 2023-13-01', 'Headline', 'Text.'], undefined],
    ['a marker-like line further down, read as a timestamp', ['Headline', 'Date: 2023-11-06', 'Text.'], '2023-11-06'],
    ['a date only in a sentence', ['Headline', 'On 6 November 2023 the talks ended.'], undefined],
    ['a year marker and a dateline', ['date 2023', 'PRISTINA, Sept 24 (AP) — Text.'], '2023-09-24'],
    ['a dateline and a month timestamp', ['September 2023', 'PRISTINA, Sept 24 (AP) — Text.'], '2023-09-24'],
    [
      'a dateline and timestamps of two years',
      ['Updated: 2 January 2024', 'Published: December 2023', 'PRISTINA, Dec 31 (AP) — Text.'],
      '2023-12',
    ],
    ['a yearless 29 February completed to a common year', ['date 2023', 'PRISTINA, Feb 29 (AP) — Text.'], '2023'],
  ])('should date a source with %s', (_label, lines, date) => {
    expect(findProvenance(lines).date).toBe(date);
  });

  it('should report the marker as the first line furniture, up to the text after it', () => {
    expect(findProvenance(['', 'date 2023-11-06 Headline', 'Text.']).lines).toEqual([
      { index: 1, kind: 'date-marker', start: 0, end: 16 },
    ]);
  });

  it('should not look for a dateline past the first paragraph', () => {
    const paragraph =
      'The talks in the capital lasted all day and ended without any agreement on the border or the trade rules.';
    expect(findProvenance(['Headline', paragraph, 'BELGRADE, Sept 25 (Reuters) - Text.']).dateline).toBeUndefined();
  });

  it('should prefer the byline to closing credits for authors', () => {
    const lines = ['By Jane Roe', 'PRISTINA, Sept 24 (AP) — Text.', 'Reporting by John Doe; Editing by C. D.'];
    expect(findProvenance(lines).authors).toEqual(['Jane Roe']);
  });
});
