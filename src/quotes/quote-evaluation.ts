/**
 * Scores quote attribution against a labelled test set: precision (of the
 * speakers it names, how many are right) and recall (of the quotations with
 * a speaker in the text, how many it names rightly).
 */
import { type NamedSpan, findArticleQuotes } from './find-quotes.ts';
import type { QuoteCase } from './quote-test-set.ts';

export interface QuoteScore {
  quotations: { expected: number; found: number };
  attributed: number;
  correct: number;
  expected: number;
  precision: number;
  recall: number;
  /** Cases where the quotations found differ from those labelled (count or order). */
  misread: string[];
}

/** The spans of a case's names: every occurrence, in text order. */
function spansOf(text: string, names: QuoteCase['names']): NamedSpan[] {
  const spans: NamedSpan[] = [];
  for (const { name, entity, kind, inflected } of names) {
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length)) {
      const anchor = `m-${entity}-${spans.length + 1}`;
      spans.push({ entity, kind, anchor, start: at, end: at + name.length, ...(inflected ? { inflected } : {}) });
    }
  }
  // A shorter name inside a longer one (Kirby in John Kirby) is the same mention.
  return spans
    .filter(
      (span) =>
        !spans.some(
          (other) =>
            other !== span &&
            other.start <= span.start &&
            other.end >= span.end &&
            other.end - other.start > span.end - span.start,
        ),
    )
    .sort((a, b) => a.start - b.start);
}

/** Scores {@link findArticleQuotes} on `cases`. */
export function scoreQuotes(cases: QuoteCase[]): QuoteScore {
  let attributed = 0;
  let correct = 0;
  let expected = 0;
  let found = 0;
  let expectedQuotes = 0;
  const misread: string[] = [];
  for (const { text, names, speakers, lang } of cases) {
    // Paragraphs apart by a blank line, read in order as an article's.
    const paragraphs = text
      .split('\n\n')
      .map((paragraph) => ({ text: paragraph, mentions: spansOf(paragraph, names) }));
    const quotes = findArticleQuotes(paragraphs, lang).flat();
    found += quotes.length;
    expectedQuotes += speakers.length;
    if (quotes.length !== speakers.length) misread.push(text);
    speakers.forEach((speaker, position) => {
      const named = quotes[position]?.speaker?.entity;
      if (speaker !== null) expected++;
      if (named !== undefined) {
        attributed++;
        if (named === speaker) correct++;
      }
    });
  }
  return {
    quotations: { expected: expectedQuotes, found },
    attributed,
    correct,
    expected,
    precision: attributed === 0 ? 1 : correct / attributed,
    recall: expected === 0 ? 1 : correct / expected,
    misread,
  };
}

/** A stable number for an entity's id, to split a set's entities in two halves the same way every run. */
const idNumber = (id: string) =>
  [...id].reduce((number, character) => (number * 31 + character.charCodeAt(0)) >>> 0, 7);

/**
 * `cases` as an archive whose glossary knows only one half of their entities
 * (`half` 0 or 1, by their ids): the names of the other half are no
 * mentions, and what those say is expected left unattributed. Real
 * glossaries know some of the people an archive quotes: this scores what
 * the finder makes of the others.
 */
export function withHalfTheGlossary(cases: QuoteCase[], half: 0 | 1): QuoteCase[] {
  const known = (entity: string) => idNumber(entity) % 2 === half;
  return cases.map((testCase) => ({
    ...testCase,
    names: testCase.names.filter(({ entity }) => known(entity)),
    speakers: testCase.speakers.map((speaker) => (speaker !== null && known(speaker) ? speaker : null)),
  }));
}
