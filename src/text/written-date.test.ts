import { describe, expect, it } from 'vitest';
import { findWrittenDates, parseWrittenDate, toPartialDate, type WrittenDate } from './written-date.ts';

describe('parseWrittenDate', () => {
  it.each<[string, WrittenDate]>([
    ['Sept 29', { month: 9, day: 29 }],
    ['Sep. 29, 2023', { year: 2023, month: 9, day: 29 }],
    ['September 29, 2023', { year: 2023, month: 9, day: 29 }],
    ['September 29 2023', { year: 2023, month: 9, day: 29 }],
    ['29 September 2023', { year: 2023, month: 9, day: 29 }],
    ['29th September 2023', { year: 2023, month: 9, day: 29 }],
    ['Oct 02, 2023', { year: 2023, month: 10, day: 2 }],
    ['October 3rd, 2023', { year: 2023, month: 10, day: 3 }],
    ['2023-09-24', { year: 2023, month: 9, day: 24 }],
    ['2023.09.24 05:30', { year: 2023, month: 9, day: 24 }],
    ['24.09.2023', { year: 2023, month: 9, day: 24 }],
    ['24.09.2023.', { year: 2023, month: 9, day: 24 }],
    ['24/09/2023', { year: 2023, month: 9, day: 24 }],
    ['09/24/2023', { year: 2023, month: 9, day: 24 }],
    ['24-09-2023', { year: 2023, month: 9, day: 24 }],
    ['09-24-2023', { year: 2023, month: 9, day: 24 }],
    ['05/05/2023', { year: 2023, month: 5, day: 5 }],
    ['10.03.2023', { year: 2023, month: 3, day: 10 }],
    ['24. septembra 2023.', { year: 2023, month: 9, day: 24 }],
    ['1. januara 2024.', { year: 2024, month: 1, day: 1 }],
    ['24. septembra 2023. godine', { year: 2023, month: 9, day: 24 }],
    ['29 сентября 2023 года', { year: 2023, month: 9, day: 29 }],
    ['1 января 2024 г.', { year: 2024, month: 1, day: 1 }],
    ['ноябрь 2023', { year: 2023, month: 11 }],
    ['3 tetor 2023', { year: 2023, month: 10, day: 3 }],
    ['29 septembre 2023', { year: 2023, month: 9, day: 29 }],
    ['29 de septiembre de 2023', { year: 2023, month: 9, day: 29 }],
    ['29 settembre 2023', { year: 2023, month: 9, day: 29 }],
    ['24. септембар 2023', { year: 2023, month: 9, day: 24 }],
    ['2. ОКТОБРА 2023.', { year: 2023, month: 10, day: 2 }],
    ['24. September 2023', { year: 2023, month: 9, day: 24 }],
    ['3. März 2024', { year: 2024, month: 3, day: 3 }],
    ['3. Maerz 2024', { year: 2024, month: 3, day: 3 }],
    ['2. Oktober', { month: 10, day: 2 }],
    ['September 2023', { year: 2023, month: 9 }],
    ['septembar 2023.', { year: 2023, month: 9 }],
    ['Sep 25, 2023 10:15 AM', { year: 2023, month: 9, day: 25 }],
    ['29 Feb', { month: 2, day: 29 }],
    ['2. listopada 2023.', { year: 2023, month: 10, day: 2 }],
    ['2 октомври 2023', { year: 2023, month: 10, day: 2 }],
    ['2 Ekim 2023', { year: 2023, month: 10, day: 2 }],
    ['2 de outubro de 2023', { year: 2023, month: 10, day: 2 }],
    ['02 OTT', { month: 10, day: 2 }],
    ['2 janv. 2024', { year: 2024, month: 1, day: 2 }],
    ['29. 09. 2023. 18:43', { year: 2023, month: 9, day: 29 }],
    ['29. 9. 2023.', { year: 2023, month: 9, day: 29 }],
  ])('should read %j', (text, date) => {
    expect(parseWrittenDate(text)).toEqual(date);
  });

  it.each([
    'Updated: 2 hours ago',
    'vor 3 Stunden',
    'pre 2 sata',
    '2023',
    '2023-09',
    '31 September 2023',
    '29 February 2023',
    '2023-13-01',
    '32.01.2023',
    '13/13/2023',
    'on 24 September 2023',
    '24 September 2023 gunmen attacked',
    'you may 5',
    'Room 12',
    'ago 15',
    'Marco 15',
    'Set 5',
    '',
  ])('should not read %j as a date', (text) => {
    expect(parseWrittenDate(text)).toBeUndefined();
  });
});

describe('a numeric date that can be read day first or month first', () => {
  it.each([
    ['a US time stamp', 'Published 10/03/2023 4:05 PM EDT'],
    ['a date alone', '10/03/2023'],
    ['a date with dashes', '10-03-2023'],
    ['a date in a byline', 'By Dušan Stojanović 10/03/2023'],
  ])('should give only the year in %s, whose order nothing in the line settles', (_label, line) => {
    expect(findWrittenDates(line).map(({ date }) => date)).toEqual([{ year: 2023 }]);
  });

  it.each<[string, WrittenDate]>([
    ['10/01/2023 October 1, 2023', { year: 2023, month: 10, day: 1 }],
    ['01/10/2023 (2023-10-01)', { year: 2023, month: 10, day: 1 }],
    ['Publié le 02/10/2023 à 16h05', { year: 2023, month: 10, day: 2 }],
    ['Publicado em 02/10/2023 às 18h43', { year: 2023, month: 10, day: 2 }],
    ['Објављено: 02/10/2023', { year: 2023, month: 10, day: 2 }],
  ])('should read %j as its line settles it', (line, date) => {
    expect(findWrittenDates(line)[0]?.date).toEqual(date);
  });

  it('should not take another date of the line for the same one', () => {
    expect(findWrittenDates('10/03/2023, updated October 4, 2023')[0]?.date).toEqual({ year: 2023 });
  });
});

describe('findWrittenDates', () => {
  it('should find every date in a line with its offsets', () => {
    const line = 'Washington, Oct 2 (AFP) Oct 02, 2023 - On 24. septembra 2023. gunmen attacked';
    expect(findWrittenDates(line).map(({ date, start, end }) => [line.slice(start, end), date])).toEqual([
      ['Oct 2', { month: 10, day: 2 }],
      ['Oct 02, 2023', { year: 2023, month: 10, day: 2 }],
      ['24. septembra 2023.', { year: 2023, month: 9, day: 24 }],
    ]);
  });

  it.each([
    ['a version number', 'version 1.2.2023.4'],
    ['a time', 'at 10:15 AM'],
    ['a count', 'killed 12 people in 2023'],
    ['a longer number', 'code 123.09.2023'],
    ['a range of years', '2023-2024'],
  ])('should find no date in %s', (_label, line) => {
    expect(findWrittenDates(line)).toEqual([]);
  });

  it('should read Chinese and Japanese dates, and the abbreviated months of Russian agencies in Cyrillic only', () => {
    const dates = (line: string) => findWrittenDates(line).map(({ date }) => date);
    expect(dates('2023年10月03日 18:30  来源：新华网')).toEqual([{ year: 2023, month: 10, day: 3 }]);
    expect(dates('新华社普里什蒂纳10月3日电')).toEqual([{ month: 10, day: 3 }]);
    expect(dates('БРЮССЕЛЬ, 29 сен — РИА Новости.')).toEqual([{ month: 9, day: 29 }]);
    expect(dates('12 sen. Warren')).toEqual([]);
  });

  it('should prefer the longer of overlapping shapes', () => {
    expect(findWrittenDates('29 September 2023').map(({ start, end }) => [start, end])).toEqual([[0, 17]]);
  });
});

describe('toPartialDate', () => {
  it.each<[WrittenDate, string | undefined]>([
    [{ year: 2023, month: 9, day: 4 }, '2023-09-04'],
    [{ year: 2023, month: 9 }, '2023-09'],
    [{ year: 2023 }, '2023'],
    [{ month: 9, day: 29 }, undefined],
  ])('should write %j as %j', (date, written) => {
    expect(toPartialDate(date)).toBe(written);
  });
});
