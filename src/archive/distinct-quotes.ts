import { withoutFormatCharacters } from '../text/format-characters.ts';
import { latinize } from '../text/transliterate.ts';
import type { QuoteOf } from './mention-index.ts';
import { dateSpan } from './timeline.ts';

/** One quotation as the archive carries it: in one report, or copied into many. */
export interface DistinctQuote {
  /** The newest report that carries it. */
  newest: QuoteOf;
  /** How many other reports carry it. */
  others: number;
  /** The earliest dated report that carries it, when that is not the newest. */
  earliest?: QuoteOf;
}

/**
 * A quotation's words as copies are compared: case, spacing, punctuation and
 * invisible characters aside, Cyrillic read in Latin letters (a Serbian
 * report's copy in the other script quotes the same words).
 */
const quoteKey = (text: string) =>
  latinize(withoutFormatCharacters(text))
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}]+/gu, ' ')
    .trim();

/**
 * A speaker's quotations, each once, in the order of `quotes` (newest first,
 * undated last, as the articles are read): a wire story copied into hundreds
 * of reports quotes the same words in each, and a list of the newest twenty
 * would show one quotation twenty times.
 */
export function distinctQuotes(quotes: readonly QuoteOf[]): DistinctQuote[] {
  const byKey = new Map<string, DistinctQuote>();
  // The reports each quotation was met in: one that quotes the same words twice is one report.
  const reportsOf = new Map<string, Set<string>>();
  for (const quoted of quotes) {
    const key = quoteKey(quoted.quote.text);
    const known = byKey.get(key);
    if (!known) {
      byKey.set(key, { newest: quoted, others: 0 });
      reportsOf.set(key, new Set([quoted.article.id]));
      continue;
    }
    const reports = reportsOf.get(key) as Set<string>;
    if (reports.has(quoted.article.id)) continue;
    reports.add(quoted.article.id);
    known.others++;
    // Newest first: each later one dated before the newest's day is earlier. A copy of the newest's day
    // (or month, when only that is known) is none: a wire copy run the same day names no earliest. An
    // undated report is never the earliest.
    if (earlierThan(quoted.article.data.date, known.newest.article.data.date)) known.earliest = quoted;
  }
  return [...byKey.values()];
}

/** Whether date `a` ends before date `b` begins (`2024-06-30` before `2024-07`, not `2024-07-02`). */
const earlierThan = (a: string | undefined, b: string | undefined) =>
  a !== undefined && b !== undefined && dateSpan(a).end <= dateSpan(b).start;
