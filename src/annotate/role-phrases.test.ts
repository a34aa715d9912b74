import { describe, expect, it } from 'vitest';
import { testEntry } from '../glossary/test-entry.ts';
import { compileRolePhrases } from './role-phrases.ts';

/** A glossary entry with only what the role phrases use. */
const entry = testEntry;

const presidentPhrases = ['Serbia’s president', 'the President of Serbia'];
const glossary = [
  entry('serbia', 'Serbia', { kind: 'state' }),
  entry('kosovo', 'Kosovo', { kind: 'state' }),
  entry('united-states', 'United States', { kind: 'state', aliases: ['U.S.', 'US'] }),
  entry('nato', 'NATO', { kind: 'organization', descriptors: ['the alliance'] }),
  entry('tomislav-nikolic', 'Tomislav Nikolić', {
    roles: [{ title: 'President of Serbia', phrases: presidentPhrases, from: '2012-05-31', to: '2017-05-31' }],
  }),
  entry('aleksandar-vucic', 'Aleksandar Vučić', {
    aliases: ['Vučić'],
    roles: [{ title: 'President of Serbia', phrases: presidentPhrases, from: '2017-05-31' }],
  }),
  entry('albin-kurti', 'Albin Kurti', {
    aliases: ['Kurti'],
    roles: [{ title: 'Prime Minister of Kosovo', phrases: ['Kosovo’s prime minister'], from: '2021-03-22' }],
  }),
  entry('jeffrey-hovenier', 'Jeffrey Hovenier', {
    roles: [{ title: 'US Ambassador to Kosovo', phrases: ['the U.S. ambassador to Kosovo'] }],
  }),
];

const find = compileRolePhrases(glossary);

/** The linked phrases of a text as `entity:surface`, unresolved ones as `?candidates:surface`. */
function found(text: string, date: string | undefined, finder = find): string[] {
  const { matches, unresolved } = finder(text, date);
  return [
    ...matches.map(({ entity, start, end }) => `${entity}:${text.slice(start, end)}`),
    ...unresolved.map(({ candidates, start, end }) => `?${candidates.join('+')}:${text.slice(start, end)}`),
  ];
}

describe('compileRolePhrases', () => {
  it('should link a role to its holder on the article’s date', () => {
    const text = 'Blinken called Serbia’s president.';
    const table: [string | undefined, string][] = [
      ['2012-05-30', '?:president'],
      ['2012-05-31', 'tomislav-nikolic:president'],
      ['2017-05-30', 'tomislav-nikolic:president'],
      ['2017-05-31', 'aleksandar-vucic:president'],
      ['2023-11-06', 'aleksandar-vucic:president'],
      ['2017-04', 'tomislav-nikolic:president'],
      ['2017-05', '?aleksandar-vucic+tomislav-nikolic:president'],
      ['2017', '?aleksandar-vucic+tomislav-nikolic:president'],
      ['2023', 'aleksandar-vucic:president'],
      [undefined, '?aleksandar-vucic+tomislav-nikolic:president'],
    ];
    for (const [date, link] of table) expect(found(text, date), String(date)).toEqual([link]);
  });

  it('should link a role in an undated article only when one holder held it throughout the range, by default all time', () => {
    const text = 'Kurti, or rather Kosovo’s prime minister, met Serbia’s president.';
    expect(found(text, undefined)).toEqual([
      '?albin-kurti:prime minister',
      '?aleksandar-vucic+tomislav-nikolic:president',
    ]);
    const archive = compileRolePhrases(glossary, { undated: { from: '2023-09', to: '2023-11' } });
    expect(found(text, undefined, archive)).toEqual(['albin-kurti:prime minister', 'aleksandar-vucic:president']);
    const wide = compileRolePhrases(glossary, { undated: { from: '2016', to: '2023' } });
    expect(found(text, undefined, wide)).toEqual([
      '?albin-kurti:prime minister',
      '?aleksandar-vucic+tomislav-nikolic:president',
    ]);
  });

  it('should link a role whose holder has no known start for any date, as the only holder the glossary knows', () => {
    expect(found('said the U.S. ambassador to Kosovo.', '2023-09-29')).toEqual(['jeffrey-hovenier:ambassador']);
  });

  it('should link descriptors whatever the date, leaving the article outside', () => {
    const table: [string, string[]][] = [
      ['the alliance is ready', ['nato:alliance']],
      ['support the Alliance’s peacekeepers', ['nato:Alliance']],
      ['THE  ALLIANCE', ['nato:ALLIANCE']],
      ['the alliances and an alliance', []],
    ];
    for (const [text, links] of table) {
      expect(found(text, '1999-03-24'), text).toEqual(links);
      expect(found(text, undefined), text).toEqual(links);
    }
  });

  it('should cover only the part of a phrase outside the names it contains', () => {
    const table: [string, string][] = [
      ['Serbia’s president', 'president'],
      ["Serbia's president", 'president'],
      ['SERBIA’S PRESIDENT', 'PRESIDENT'],
      ['the President of Serbia', 'President'],
      ['Kosovo’s prime minister', 'prime minister'],
      ['the U.S. ambassador to Kosovo', 'ambassador'],
    ];
    for (const [phrase, covered] of table) {
      const text = `He met ${phrase} today.`;
      const { matches } = find(text, '2023-11-06');
      expect(
        matches.map(({ start, end }) => text.slice(start, end)),
        phrase,
      ).toEqual([covered]);
    }
  });

  it('should use the name spans the caller gives, and refuse a phrase that cuts one in two', () => {
    const text = 'Serbia’s president';
    expect(found(text, '2023-11-06', (t, d) => find(t, d, []))).toEqual(['aleksandar-vucic:Serbia’s president']);
    const cut = [{ entity: 'x', start: 9, end: 23 }];
    expect(find(`${text} Tito`, '2023-11-06', cut)).toEqual({ matches: [], unresolved: [] });
  });

  it('should not link a role used as a title or in apposition to its holder', () => {
    const table: [string, string[]][] = [
      ['Serbia’s president Aleksandar Vučić said', []],
      ['Vučić, Serbia’s president, said', []],
      ['Serbia’s president, Vučić, said', []],
      ['Kurti, Serbia’s president and NATO met', ['aleksandar-vucic:president']],
      ['Serbia’s president and Vučić', ['aleksandar-vucic:president']],
      ['the alliance NATO', ['nato:alliance']],
    ];
    for (const [text, links] of table) expect(found(text, '2023-11-06'), text).toEqual(links);
  });
});
