import { describe, expect, it } from 'vitest';
import type { Article } from './articles.ts';
import { distinctQuotes } from './distinct-quotes.ts';
import type { QuoteOf } from './mention-index.ts';

/** A quotation of Kirby in an article with just an id and perhaps a date. */
const quoted = (id: string, text: string, date?: string): QuoteOf => ({
  article: { id, data: { title: id, date } } as unknown as Article,
  quote: { text, speaker: 'john-kirby' },
});

describe('distinctQuotes', () => {
  it('should list each quotation once, newest first, with how many other reports carry it and the earliest dated one', () => {
    const quotes = [
      quoted('newest', 'Including NATO troops.', '2023-10-02'),
      quoted('other', 'It is a destabilizing development', '2023-10-01'),
      quoted('middle', 'including NATO  troops', '2023-09-30'),
      quoted('first', '“Including NATO troops”', '2023-09-29'),
      quoted('undated', 'Including NATO troops.'),
    ];
    const distinct = distinctQuotes(quotes);
    expect(distinct.map(({ newest, others, earliest }) => [newest.article.id, others, earliest?.article.id])).toEqual([
      ['newest', 3, 'first'],
      ['other', 0, undefined],
    ]);
  });

  it('should take copies in the other Serbian script, or with soft hyphens, for the same words', () => {
    const distinct = distinctQuotes([
      quoted('latin', 'Nećemo dozvoliti da nam bilo ko preti', '2024-06-02'),
      quoted('cyrillic', 'Нећемо дозволити да нам било ко прети', '2024-06-01'),
      quoted('hyphenated', 'Neće\u00ADmo do\u00ADzvo\u00ADliti da nam bilo ko preti', '2024-05-31'),
    ]);
    expect(distinct.map(({ newest, others, earliest }) => [newest.article.id, others, earliest?.article.id])).toEqual([
      ['latin', 2, 'hyphenated'],
    ]);
  });

  it('should name no earliest report when the copies are of the newest one’s day', () => {
    const [only] = distinctQuotes([
      quoted('newest', 'Words of one day.', '2024-07-02'),
      quoted('same-day', 'Words of one day.', '2024-07-02'),
      quoted('that-month', 'Words of one day.', '2024-07'),
    ]);
    expect(only?.others).toBe(2);
    expect(only?.earliest).toBeUndefined();
    // A copy of an earlier day is the earliest, whatever coarser date comes after it.
    const [dated] = distinctQuotes([
      quoted('newest', 'Words of one day.', '2024-07-02'),
      quoted('day-before', 'Words of one day.', '2024-07-01'),
      quoted('that-month', 'Words of one day.', '2024-07'),
    ]);
    expect(dated?.earliest?.article.id).toBe('day-before');
  });

  it('should name no earliest report when the copies are undated', () => {
    const [only] = distinctQuotes([quoted('dated', 'Words.', '2023-10-02'), quoted('undated', 'Words.')]);
    expect(only?.others).toBe(1);
    expect(only?.earliest).toBeUndefined();
  });
});
