/**
 * Web addresses (`https://…`, `www.…`, `forces.net/news/…`), e-mail addresses
 * and social handles (`@Kosovo_Police`) and hashtags: text that names a
 * thing only as part of an address, never as a mention.
 */
const unlinkable = new RegExp(
  [
    String.raw`\b(?:https?://|www\.)[^\s<>"]+`,
    String.raw`[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+`,
    String.raw`\b[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,}/[^\s<>"]*`,
    String.raw`(?<![\p{L}\p{N}_@])[@#][\p{L}\p{N}_]+`,
  ].join('|'),
  'gu',
);

const mayHoldAddress = /[/@#]|www\./i;

/**
 * The spans of a text, as `[start, end)` offsets in order, that are web or
 * e-mail addresses or handles, where no word is a mention. One pass over the
 * text.
 */
export function unlinkableSpans(text: string): [number, number][] {
  // Every such span holds a `/`, an `@`, a `#` or `www.`: most texts hold none, and skip the search.
  if (!mayHoldAddress.test(text)) return [];
  return Array.from(text.matchAll(unlinkable), (match): [number, number] => [
    match.index,
    match.index + match[0].length,
  ]);
}

/** The matches (in text order) that lie outside every unlinkable span of `text`: one pass over each list. */
export function linkableMatches<T extends { start: number; end: number }>(text: string, matches: T[]): T[] {
  const spans = unlinkableSpans(text);
  if (spans.length === 0) return matches;
  let next = 0;
  return matches.filter(({ start, end }) => {
    while (next < spans.length && (spans[next]?.[1] ?? 0) <= start) next++;
    const span = spans[next];
    return !span || span[0] >= end;
  });
}
