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
    const rows = alignReports(a, b);
    const paired = rows.filter((row) => row.a !== undefined && row.b !== undefined);
    expect(paired.map(({ a: i, b: j }) => [i, j])).toEqual([
      [0, 2],
      [1, 1],
    ]);
  });

  it('should list every sentence of both reports exactly once', () => {
    const rows = alignReports(a, b);
    expect(rows.flatMap((row) => (row.a === undefined ? [] : [row.a])).sort()).toEqual([0, 1, 2]);
    expect(rows.flatMap((row) => (row.b === undefined ? [] : [row.b])).sort()).toEqual([0, 1, 2]);
    // B's unmatched first sentence comes before everything, where B has it.
    expect(rows[0]).toEqual({ b: 0 });
  });
});
