import { describe, expect, it } from 'vitest';
import { readTimestampLine, type TimestampLine } from './timestamp-line.ts';

describe('readTimestampLine', () => {
  it.each<[string, TimestampLine]>([
    ['2023.09.24 05:30', { date: { year: 2023, month: 9, day: 24 }, updated: false }],
    ['Published: 24 September 2023, 14:05 BST', { date: { year: 2023, month: 9, day: 24 }, updated: false }],
    ['Sep 25, 2023 10:15 AM', { date: { year: 2023, month: 9, day: 25 }, updated: false }],
    ['24.09.2023 um 18:30 Uhr', { date: { year: 2023, month: 9, day: 24 }, updated: false }],
    ['Objavljeno: 24.09.2023. 10:12', { date: { year: 2023, month: 9, day: 24 }, updated: false }],
    ['Објављено: 24. септембар 2023. у 10:12', { date: { year: 2023, month: 9, day: 24 }, updated: false }],
    ['Monday, 25 September 2023 | 9:02 a.m. EDT', { date: { year: 2023, month: 9, day: 25 }, updated: false }],
    ['Aktualisiert am 25. September 2023', { date: { year: 2023, month: 9, day: 25 }, updated: true }],
    ['Published 24 Sep 2023 Last updated 25 Sep 2023', { date: { year: 2023, month: 9, day: 24 }, updated: false }],
    ['Updated: Sept 29', { date: { month: 9, day: 29 }, updated: true }],
    ['September 29, 2023 4:12 PM GMT+2', { date: { year: 2023, month: 9, day: 29 }, updated: false }],
    ['Updated 3 hours ago', { updated: true }],
    ['Ažurirano pre 2 sata', { updated: true }],
    ['Aktualisiert vor 3 Stunden', { updated: true }],
  ])('should read %j', (line, timestamp) => {
    expect(readTimestampLine(line)).toEqual(timestamp);
  });

  it.each([
    ['a sentence that mentions a date', 'On September 24, 2023, gunmen attacked the village.'],
    ['a headline with a date', 'Kosovo: what happened on 24 September 2023'],
    ['a bare time', '10:15'],
    ['a count of hours', 'Talks lasted 3 hours'],
    ['a year alone', '2023'],
    ['an empty line', ''],
  ])('should not read %s', (_label, line) => {
    expect(readTimestampLine(line)).toBeUndefined();
  });
});
