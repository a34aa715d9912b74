import { describe, expect, it } from 'vitest';
import { alignReports } from './align-reports.ts';

describe('alignReports', () => {
  const a = [
    'Heavy rain caused the River Lenna to burst its banks on Wednesday night.',
    'Around 1,200 residents were evacuated from their homes by the army.',
    'The mayor thanked the volunteers of the rowing club for their help.',
  ];
  const b = [
    'Shops on the main square stayed shut all day on Thursday morning.',
    'The army evacuated around 1,200 residents from their homes in the night.',
    'After heavy rain, the River Lenna burst its banks on Wednesday night.',
  ];

  it('should pair each sentence with the one that retells it, in the first report’s order', () => {
    const rows = alignReports({ sentences: a }, { sentences: b });
    const paired = rows.filter((row) => row.a !== undefined && row.b !== undefined);
    expect(paired.map(({ a: i, b: j }) => [i, j])).toEqual([
      [0, 2],
      [1, 1],
    ]);
  });

  it('should list every sentence of both reports exactly once', () => {
    const rows = alignReports({ sentences: a }, { sentences: b });
    expect(rows.flatMap((row) => (row.a === undefined ? [] : [row.a])).sort()).toEqual([0, 1, 2]);
    expect(rows.flatMap((row) => (row.b === undefined ? [] : [row.b])).sort()).toEqual([0, 1, 2]);
    // B's unmatched first sentence comes before everything, where B has it.
    expect(rows[0]).toEqual({ b: 0 });
  });

  it('should pair a Serbian report with its copy in the other script', () => {
    const latin = ['Vatrogasci i vojska evakuisali su oko 1.200 stanovnika iz njihovih domova.'];
    const cyrillic = ['Ватрогасци и војска евакуисали су око 1.200 становника из њихових домова.'];
    const rows = alignReports({ sentences: latin, lang: 'sr-Latn' }, { sentences: cyrillic, lang: 'sr-Cyrl' });
    expect(rows).toEqual([{ a: 0, b: 0, similarity: 1 }]);
  });

  it('should not pair sentences that are only a number, a date or a figure, nor count them as shared', () => {
    // What sentence splitting leaves alone, or a table's cells: the same in any two reports of the year.
    const figures = ['2023.', '12.5%', '1,200', '24 September 2023.'];
    const rows = alignReports({ sentences: [...a, ...figures] }, { sentences: [...figures, ...b] });
    const paired = rows.filter((row) => row.a !== undefined && row.b !== undefined);
    expect(paired.map(({ a: i, b: j }) => [i, j])).toEqual([
      [0, 6],
      [1, 5],
    ]);
    expect(rows.flatMap((row) => (row.b === undefined ? [] : [row.b])).sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('should not pair a short sentence that the build would not count as a passage either', () => {
    const rows = alignReports({ sentences: ['The army denied it.'] }, { sentences: ['The army denied it.'] });
    // Each on a row of its own: B's, matching nothing in A, before all of A's.
    expect(rows).toEqual([{ b: 0 }, { a: 0 }]);
  });
});
