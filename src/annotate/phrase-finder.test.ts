import { describe, expect, it } from 'vitest';
import { compilePhraseFinder } from './phrase-finder.ts';

const find = compilePhraseFinder([
  { phrase: 'Serbia’s president', value: 'vucic' },
  { phrase: "serbia's president", value: 'vucic-again' },
  { phrase: 'the alliance', value: 'nato' },
  { phrase: 'the alliance of the west', value: 'west' },
  { phrase: 'NATO Secretary General', value: 'stoltenberg' },
  { phrase: 'Kosovë’s prime minister', value: 'kurti' },
]);

/** The hits in a text, as `values:surface` strings. */
function hits(text: string, accept?: (start: number, end: number) => boolean): string[] {
  return find(text, accept).map(({ start, end, values }) => `${values.join('+')}:${text.slice(start, end)}`);
}

describe('compilePhraseFinder', () => {
  it('should find phrases in any case, with any apostrophe and white space, and with or without diacritics', () => {
    expect(hits("SERBIA'S  President met The Alliance and nato secretary\ngeneral")).toEqual([
      "vucic+vucic-again:SERBIA'S  President",
      'nato:The Alliance',
      'stoltenberg:nato secretary\ngeneral',
    ]);
    expect(hits("Kosove's prime minister")).toEqual(["kurti:Kosove's prime minister"]);
  });

  it('should match whole words only, a possessive ending being fine', () => {
    expect(hits('the alliances, bathe alliance, the alliance’s troops')).toEqual(['nato:the alliance']);
  });

  it('should prefer the longest phrase, unless refused', () => {
    expect(hits('the alliance of the west')).toEqual(['west:the alliance of the west']);
    expect(hits('the alliance of the west', (start, end) => end - start < 20)).toEqual(['nato:the alliance']);
  });

  it('should find nothing in a text without the phrases', () => {
    expect(hits('')).toEqual([]);
    expect(hits('Serbia and its president')).toEqual([]);
  });
});
