import { describe, expect, it } from 'vitest';
import { periodDays } from '../text/terms.ts';
import { type PhraseClaim, holderDuring } from './role-holders.ts';

const president: PhraseClaim[] = [
  { entity: 'tomislav-nikolic', by: 'role', from: '2012-05-31', to: '2017-05-31' },
  { entity: 'aleksandar-vucic', by: 'role', from: '2017-05-31' },
];
const secretaryGeneral: PhraseClaim[] = [
  { entity: 'jens-stoltenberg', by: 'role', from: '2014-10-01', to: '2024-10-01' },
  { entity: 'mark-rutte', by: 'role', from: '2024-10' },
];
const alliance: PhraseClaim[] = [{ entity: 'nato', by: 'descriptor' }];

describe('holderDuring', () => {
  it('should name the holder on a day, the day of a handover going to the successor', () => {
    const table: [PhraseClaim[], string, string | string[]][] = [
      [president, '2012-05-30', []],
      [president, '2012-05-31', 'tomislav-nikolic'],
      [president, '2017-05-30', 'tomislav-nikolic'],
      [president, '2017-05-31', 'aleksandar-vucic'],
      [president, '2023-11-06', 'aleksandar-vucic'],
      [secretaryGeneral, '2024-09-30', 'jens-stoltenberg'],
      [secretaryGeneral, '2024-10-01', ['mark-rutte']],
      [secretaryGeneral, '2024-10-31', 'mark-rutte'],
      [alliance, '1949-04-04', 'nato'],
    ];
    for (const [claims, day, holder] of table) {
      const expected = typeof holder === 'string' ? { entity: holder } : { candidates: holder };
      expect(holderDuring(claims, periodDays(day, day)), day).toEqual(expected);
    }
  });

  it('should name a holder for a month or year only when one term covers all of it', () => {
    const table: [PhraseClaim[], string, string | string[]][] = [
      [president, '2017-05', ['aleksandar-vucic', 'tomislav-nikolic']],
      [president, '2017-04', 'tomislav-nikolic'],
      [president, '2017-06', 'aleksandar-vucic'],
      [president, '2017', ['aleksandar-vucic', 'tomislav-nikolic']],
      [president, '2018', 'aleksandar-vucic'],
      [secretaryGeneral, '2024-10', ['mark-rutte']],
      [secretaryGeneral, '2024-11', 'mark-rutte'],
    ];
    for (const [claims, date, holder] of table) {
      const expected = typeof holder === 'string' ? { entity: holder } : { candidates: holder };
      expect(holderDuring(claims, periodDays(date, date)), date).toEqual(expected);
    }
  });

  it('should name a holder for an undated article only when one held the role throughout the range', () => {
    const table: [PhraseClaim[], string | undefined, string | undefined, string | string[]][] = [
      [president, '2023-09', '2023-11', 'aleksandar-vucic'],
      [president, '2016', '2023', ['aleksandar-vucic', 'tomislav-nikolic']],
      [president, undefined, undefined, ['aleksandar-vucic', 'tomislav-nikolic']],
      [president.slice(1), undefined, undefined, ['aleksandar-vucic']],
      [alliance, undefined, undefined, 'nato'],
    ];
    for (const [claims, from, to, holder] of table) {
      const expected = typeof holder === 'string' ? { entity: holder } : { candidates: holder };
      expect(holderDuring(claims, periodDays(from, to)), `${from}–${to}`).toEqual(expected);
    }
  });
});
