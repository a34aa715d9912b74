import { describe, expect, it } from 'vitest';
import {
  type TimelineMark,
  axisTicks,
  dateSpan,
  earliestOf,
  layoutTimeline,
  packLanes,
  timeOrder,
} from './timeline.ts';

const day = 24 * 60 * 60 * 1000;

describe('dateSpan', () => {
  it('should cover a day, a whole month or a whole year, as precisely as the date is known', () => {
    expect(dateSpan('2023-09-29')).toEqual({ start: Date.UTC(2023, 8, 29), end: Date.UTC(2023, 8, 30) });
    expect(dateSpan('2024-02')).toEqual({ start: Date.UTC(2024, 1, 1), end: Date.UTC(2024, 2, 1) });
    expect(dateSpan('2023')).toEqual({ start: Date.UTC(2023, 0, 1), end: Date.UTC(2024, 0, 1) });
  });
});

describe('timeOrder', () => {
  const item = (title: string, date?: string) => ({ data: { title, date } });

  it('should put dated items oldest first, a month before its days, and undated ones last by title', () => {
    const ordered = timeOrder([
      item('Undated B'),
      item('Late', '2023-11-15'),
      item('Undated A'),
      item('Month', '2023-09'),
      item('Day', '2023-09-29'),
      item('Year', '2022'),
    ]);
    expect(ordered.map(({ data }) => data.title)).toEqual(['Year', 'Month', 'Day', 'Late', 'Undated A', 'Undated B']);
  });
});

describe('axisTicks', () => {
  it('should tick days over a few days', () => {
    const ticks = axisTicks({ start: Date.UTC(2023, 10, 6), end: Date.UTC(2023, 10, 16) });
    expect(ticks.map(({ label }) => label)).toEqual(['6 Nov', '8 Nov', '10 Nov', '12 Nov', '14 Nov']);
  });

  it('should tick months over a year and years over decades, never more than asked', () => {
    const months = axisTicks({ start: Date.UTC(2023, 0, 15), end: Date.UTC(2023, 11, 31) }, 6);
    expect(months.map(({ label }) => label)).toEqual(['Mar 2023', 'May 2023', 'Jul 2023', 'Sept 2023', 'Nov 2023']);
    const years = axisTicks({ start: Date.UTC(1990, 3, 1), end: Date.UTC(2024, 0, 1) });
    expect(years.map(({ label }) => label)).toEqual(['1995', '2000', '2005', '2010', '2015', '2020']);
  });

  it('should give a single day one tick', () => {
    expect(axisTicks({ start: Date.UTC(2023, 8, 29), end: Date.UTC(2023, 8, 29) + day })).toEqual([
      { at: Date.UTC(2023, 8, 29), label: '29 Sept' },
    ]);
  });
});

describe('packLanes', () => {
  it('should reuse the first lane that is free and open a new one otherwise', () => {
    expect(
      packLanes(
        [
          { from: 0, to: 10 },
          { from: 5, to: 8 },
          { from: 9, to: 12 },
          { from: 11, to: 20 },
        ],
        1,
      ),
    ).toEqual([0, 1, 1, 0]);
  });
});

describe('layoutTimeline', () => {
  it('should draw days as points and months as bars, in time order along the axis', () => {
    const { marks, ticks, lanes } = layoutTimeline(['2023-11-06', '2023-11', '2023-11-15'], 600);
    expect(marks.map(({ shape }) => shape)).toEqual(['point', 'bar', 'point']);
    const [early, month, late] = marks as [TimelineMark, TimelineMark, TimelineMark];
    expect(early.from).toBeLessThan(late.from);
    expect(month.from).toBeLessThan(early.from);
    expect(month.to).toBeGreaterThan(late.to);
    // The month's bar spans both days, so it takes a lane of its own.
    expect(month.lane).not.toBe(early.lane);
    expect(lanes).toBe(2);
    expect(ticks.length).toBeGreaterThan(0);
    for (const tick of ticks) expect(tick.x).toBeGreaterThanOrEqual(0);
  });

  it('should stack items of one day in lanes and keep them on the page', () => {
    const { marks, lanes } = layoutTimeline(['2023-09-29', '2023-09-29', '2023-09-29'], 300);
    expect(marks.map(({ lane }) => lane)).toEqual([0, 1, 2]);
    expect(lanes).toBe(3);
    for (const mark of marks) expect(mark.from).toBeGreaterThan(0);
    for (const mark of marks) expect(mark.to).toBeLessThan(300);
  });

  it('should lay out nothing for no dates', () => {
    expect(layoutTimeline([], 300)).toEqual({ marks: [], ticks: [], lanes: 0 });
  });
});

describe('earliestOf', () => {
  it('should name the earliest dated report, never an undated one', () => {
    expect(
      earliestOf([
        { article: 'undated' },
        { article: 'late', date: '2023-10-02' },
        { article: 'early', date: '2023-09-29' },
      ]),
    ).toEqual(['early']);
    expect(earliestOf([{ article: 'a' }, { article: 'b' }])).toEqual([]);
  });

  it('should keep every report that may be the earliest when dates overlap', () => {
    // September 2023 may be before or after the 29th: both may hold the first version.
    expect(
      earliestOf([
        { article: 'month', date: '2023-09' },
        { article: 'day', date: '2023-09-29' },
        { article: 'later', date: '2023-10-01' },
      ]),
    ).toEqual(['month', 'day']);
  });
});
