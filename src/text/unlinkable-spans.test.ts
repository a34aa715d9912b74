import { describe, expect, it } from 'vitest';
import { unlinkableSpans } from './unlinkable-spans.ts';

/** The text of each span. */
const spans = (text: string) => unlinkableSpans(text).map(([start, end]) => text.slice(start, end));

describe('unlinkableSpans', () => {
  it('should find addresses, e-mail addresses, handles and hashtags', () => {
    const table: [string, string[]][] = [
      ['See https://www.forces.net/nato/kosovo-troops now.', ['https://www.forces.net/nato/kosovo-troops']],
      ['Read www.example.org/kosovo today', ['www.example.org/kosovo']],
      ['Source: forces.net/news/nato-kosovo', ['forces.net/news/nato-kosovo']],
      ['Write to press@nato.int for more.', ['press@nato.int']],
      ['— Albin Kurti (@albinkurti) and @Kosovo_Police said', ['@albinkurti', '@Kosovo_Police']],
      ['Trending: #Kosovo #NATO', ['#Kosovo', '#NATO']],
    ];
    for (const [text, expected] of table) expect(spans(text), text).toEqual(expected);
  });

  it('should leave ordinary prose alone, abbreviations and numbers included', () => {
    for (const text of [
      'NATO and KFOR met John Kirby in Pristina.',
      'The U.S. State Department said 3.5 million people live there.',
      'A.B. Smith, No. 10, at 10:30 a.m.; e.g. Serbia/Kosovo.',
    ]) {
      expect(spans(text), text).toEqual([]);
    }
  });
});
