/**
 * The arithmetic of the timeline page: the stretch of time a date covers as
 * precisely as it is known, the order of articles in time, the ticks of an
 * axis, and the lanes that keep marks from overlapping. No rendering here.
 */
import { type PartialDate, datePrecision } from '../text/calendar-date.ts';

/** A stretch of time in UTC milliseconds, `end` exclusive. */
export interface TimeSpan {
  start: number;
  end: number;
}

const dayMs = 24 * 60 * 60 * 1000;

function utc(year: number, month = 0, day = 1): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  return date.getTime();
}

/** The time a date covers: its day, its whole month, or its whole year. */
export function dateSpan(date: PartialDate): TimeSpan {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const precision = datePrecision(date);
  if (precision === 'year') return { start: utc(year), end: utc(year + 1) };
  if (precision === 'month') return { start: utc(year, month - 1), end: utc(year, month) };
  const start = utc(year, month - 1, day);
  return { start, end: start + dayMs };
}

/** What {@link byDate} orders: anything with a title and perhaps a date. */
type DatedItem = { data: { date?: PartialDate | undefined; title: string } };

/**
 * The one order of dated things on the site: dated ones by date, newest or
 * oldest first (a date known only to the month or the year comes before the
 * days it holds when oldest first, after them when newest first), undated
 * ones last; ties by title.
 */
export function byDate(order: 'newest' | 'oldest') {
  const sign = order === 'newest' ? -1 : 1;
  return (a: DatedItem, b: DatedItem): number => {
    const dateA = a.data.date ?? '';
    const dateB = b.data.date ?? '';
    if (dateA !== dateB) {
      if (!dateA) return 1;
      if (!dateB) return -1;
      return sign * dateA.localeCompare(dateB);
    }
    return a.data.title.localeCompare(b.data.title);
  };
}

/** Items in time order: dated ones oldest first, then undated ones, each by title. */
export function timeOrder<T extends DatedItem>(items: T[]): T[] {
  return [...items].sort(byDate('oldest'));
}

/** A labelled point of a time axis. */
export interface AxisTick {
  at: number;
  label: string;
}

const tickFormats = {
  day: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' }),
  month: new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' }),
  year: new Intl.DateTimeFormat('en-GB', { year: 'numeric', timeZone: 'UTC' }),
};

/** Steps an axis may use, finest first: a unit and how many of it between ticks. */
const steps = [
  ...[1, 2, 7, 14].map((size) => ({ unit: 'day' as const, size })),
  ...[1, 2, 3, 6].map((size) => ({ unit: 'month' as const, size })),
  ...[1, 2, 5, 10, 20, 50, 100].map((size) => ({ unit: 'year' as const, size })),
];

function ticksOf(span: TimeSpan, unit: 'day' | 'month' | 'year', size: number): number[] {
  const first = new Date(span.start);
  let year = first.getUTCFullYear();
  let month = unit === 'year' ? 0 : first.getUTCMonth();
  let day = unit === 'day' ? first.getUTCDate() : 1;
  if (unit === 'year') year = Math.ceil(year / size) * size;
  const ticks: number[] = [];
  for (let at = utc(year, month, day); at < span.end; at = utc(year, month, day)) {
    if (at >= span.start) ticks.push(at);
    if (unit === 'day') day += size;
    else if (unit === 'month') month += size;
    else year += size;
  }
  return ticks;
}

/**
 * Ticks for an axis over `span`: whole days, months or years, at the finest
 * step that gives at most `maxTicks` (and at least one where the span holds one).
 */
export function axisTicks(span: TimeSpan, maxTicks = 8): AxisTick[] {
  for (const { unit, size } of steps) {
    const ticks = ticksOf(span, unit, size);
    if (ticks.length <= maxTicks && (ticks.length > 0 || unit === 'year'))
      return ticks.map((at) => ({ at, label: tickFormats[unit].format(at) }));
  }
  return [];
}

/**
 * The lane of each interval (`from` ≤ `to`, in any unit), in the given order:
 * the first lane whose last interval ends at least `gap` before this one
 * starts. Intervals sorted by `from` give the fewest lanes.
 */
export function packLanes(intervals: { from: number; to: number }[], gap = 0): number[] {
  const laneEnds: number[] = [];
  return intervals.map(({ from, to }) => {
    let lane = laneEnds.findIndex((end) => end + gap <= from);
    if (lane === -1) lane = laneEnds.push(to) - 1;
    else laneEnds[lane] = to;
    return lane;
  });
}

/** Where one dated item sits on the axis: a point for a day, a bar for a month or a year. */
export interface TimelineMark {
  /** Left and right edge in px from the axis start (equal for a point). */
  from: number;
  to: number;
  lane: number;
  shape: 'point' | 'bar';
}

/** The geometry of a timeline of `dates` drawn `width` px wide. */
export interface TimelineLayout {
  marks: TimelineMark[];
  ticks: (AxisTick & { x: number })[];
  lanes: number;
}

/** A point's radius, and the room kept between marks in one lane, in px. */
export const pointRadius = 5;
const laneGap = 3;

/**
 * Lays out dates on one axis `width` px wide: each date where it falls,
 * as a point (a day) or a bar over its month or year, in lanes so that no two
 * marks touch, oldest first. The axis covers all the dates, with a margin.
 */
export function layoutTimeline(dates: PartialDate[], width: number): TimelineLayout {
  if (dates.length === 0) return { marks: [], ticks: [], lanes: 0 };
  const spans = dates.map(dateSpan);
  const first = spans.reduce((earliest, span) => Math.min(earliest, span.start), Infinity);
  const last = spans.reduce((latest, span) => Math.max(latest, span.end), -Infinity);
  const margin = (last - first) * 0.03;
  const axis = { start: first - margin, end: last + margin };
  const inner = width - 2 * pointRadius;
  const x = (time: number) => pointRadius + ((time - axis.start) / (axis.end - axis.start)) * inner;
  const shaped = spans.map((span, position) => {
    const isDay = datePrecision(dates[position] as PartialDate) === 'day';
    const middle = x((span.start + span.end) / 2);
    return isDay
      ? { from: middle, to: middle, shape: 'point' as const }
      : { from: x(span.start), to: x(span.end), shape: 'bar' as const };
  });
  const order = shaped.map((_, position) => position).sort((a, b) => (shaped[a]?.from ?? 0) - (shaped[b]?.from ?? 0));
  const lanesInOrder = packLanes(
    order.map((position) => {
      const mark = shaped[position] as (typeof shaped)[number];
      return { from: mark.from - pointRadius, to: mark.to + pointRadius };
    }),
    laneGap,
  );
  const lanes: number[] = [];
  order.forEach((position, rank) => (lanes[position] = lanesInOrder[rank] ?? 0));
  return {
    marks: shaped.map((mark, position) => ({ ...mark, lane: lanes[position] ?? 0 })),
    ticks: axisTicks(axis).map((tick) => ({ ...tick, x: x(tick.at) })),
    lanes: lanesInOrder.reduce((most, lane) => Math.max(most, lane + 1), 0),
  };
}

/** An item by its id, with its date if it has one. */
export interface Dated {
  article: string;
  date?: string;
}

/**
 * The items that may be the earliest: the dated ones whose date is not
 * surely later than another's (a date known only to the month overlaps the
 * days in it). Undated items are never earliest.
 */
export function earliestOf(items: Dated[]): string[] {
  // Each date's span once: a wire story's thousands of reports have a few hundred dates.
  const spans = new Map<string, TimeSpan>();
  const spanOf = (date: string): TimeSpan => {
    let span = spans.get(date);
    if (!span) spans.set(date, (span = dateSpan(date)));
    return span;
  };
  let firstEnd = Infinity;
  for (const { date } of items) if (date) firstEnd = Math.min(firstEnd, spanOf(date).end);
  return items.flatMap(({ article, date }) => (date && spanOf(date).start < firstEnd ? [article] : []));
}
