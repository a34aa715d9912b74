import { describe, expect, it } from 'vitest';
import { coversAll, endsBeforeItBegins, firstDay, lastDay, overlaps, periodDays, termDays } from './terms.ts';

describe('firstDay and lastDay', () => {
  it('should give the first and last day of a day, month or year', () => {
    const table: [string, string, string][] = [
      ['2023-11-06', '2023-11-06', '2023-11-06'],
      ['2023-11', '2023-11-01', '2023-11-30'],
      ['2024-02', '2024-02-01', '2024-02-29'],
      ['2023', '2023-01-01', '2023-12-31'],
      ['0099-12', '0099-12-01', '0099-12-31'],
    ];
    for (const [date, first, last] of table) expect([firstDay(date), lastDay(date)], date).toEqual([first, last]);
  });
});

describe('termDays', () => {
  it('should give the days surely and maybe in office, the day `to` going to the successor', () => {
    const table: [string | undefined, string | undefined, object][] = [
      [
        '2014-10-01',
        '2024-10-01',
        { surely: { start: '2014-10-01', end: '2024-10-01' }, maybe: { start: '2014-10-01', end: '2024-10-01' } },
      ],
      ['2021-03', undefined, { surely: { start: '2021-03-31' }, maybe: { start: '2021-03-01' } }],
      [undefined, '2024', { surely: { end: '2024-01-01' }, maybe: { end: '2024-12-31' } }],
      [undefined, undefined, { surely: {}, maybe: {} }],
    ];
    for (const [from, to, days] of table) expect(termDays(from, to), `${from}–${to}`).toEqual(days);
  });
});

describe('endsBeforeItBegins', () => {
  it('should find a `to` wholly before its `from`, and allow dates that may be the same', () => {
    const table: [string, string, boolean][] = [
      ['2021-03-22', '2021-03-21', true],
      ['2021-03', '2021-02', true],
      ['2021-03-22', '2021-03-22', false],
      ['2021-03', '2021', false],
      ['2021', '2021-01-05', false],
    ];
    for (const [from, to, reversed] of table) expect(endsBeforeItBegins(from, to), `${from}–${to}`).toBe(reversed);
  });
});

describe('periodDays', () => {
  it('should cover both bounds whole, and be open where a bound is absent', () => {
    expect(periodDays('2023-11', '2023-11')).toEqual({ start: '2023-11-01', end: '2023-12-01' });
    expect(periodDays('2023-12-31', '2023-12-31')).toEqual({ start: '2023-12-31', end: '2024-01-01' });
    expect(periodDays('2023-09', undefined)).toEqual({ start: '2023-09-01' });
    expect(periodDays(undefined, undefined)).toEqual({});
  });
});

describe('coversAll and overlaps', () => {
  const term = termDays('2017-05-31', undefined).surely;

  it('should tell whether a term holds every day of a period', () => {
    const table: [string | undefined, string | undefined, boolean][] = [
      ['2023-11-06', '2023-11-06', true],
      ['2017-05-31', '2017-05-31', true],
      ['2017-05-30', '2017-05-30', false],
      ['2017-05', '2017-05', false],
      ['2017', '2017', false],
      ['2018', '2023', true],
      [undefined, undefined, false],
    ];
    for (const [from, to, covered] of table)
      expect(coversAll(term, periodDays(from, to)), `${from}–${to}`).toBe(covered);
    expect(coversAll({}, periodDays(undefined, undefined))).toBe(true);
  });

  it('should find shared days, terms that meet on a day sharing none', () => {
    const table: [[string?, string?], [string?, string?], boolean][] = [
      [['2014-10-01', '2024-10-01'], ['2024-10-01', undefined], false],
      [['2014-10-01', '2024-10-02'], ['2024-10-01', undefined], true],
      [[undefined, '2024'], ['2024', undefined], false],
      [[undefined, undefined], ['2024', undefined], true],
      [['2020-02', '2020-02'], [undefined, undefined], false],
    ];
    for (const [a, b, shared] of table) {
      expect(overlaps(termDays(...a).surely, termDays(...b).surely), `${a.join('–')} and ${b.join('–')}`).toBe(shared);
    }
  });
});
