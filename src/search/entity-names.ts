/**
 * The glossary's names as the search page uses them: to tell a name query
 * (any spelling the glossary knows, quoted or not) from a topic word, and to
 * offer the nearest name when a query finds little ("Did you mean Kosovo?").
 * The page loads them once from `search/names.json`.
 */
import { foldText } from '../text/fold.ts';

/** One glossary entry as the search page knows it. */
export interface NamedEntry {
  id: string;
  /** Its name, which is also its value in its facet. */
  name: string;
  /** The facet its articles carry it under ("People", "Organizations", …). */
  facet: string;
  /** Its other names and spellings. */
  aliases: string[];
}

/**
 * A name or query as names compare: folded (case, diacritics), quotes and
 * punctuation dropped, dots and apostrophes inside words too (`U.S.` → `us`,
 * `Kosovo’s` → `kosovos`).
 */
export function nameKey(text: string): string {
  return foldText(text)
    .replace(/[.']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** An entry with the keys of its names (its own name first), computed once when the names load. */
export interface KeyedEntry {
  entry: NamedEntry;
  names: { written: string; key: string }[];
}

/** The glossary's names, keyed for comparing with queries. */
export function keyNames(entries: readonly NamedEntry[]): KeyedEntry[] {
  return entries.map((entry) => ({
    entry,
    names: [entry.name, ...entry.aliases].map((written) => ({ written, key: nameKey(written) })),
  }));
}

/**
 * The entries a query names: those with a name or alias that is the query
 * (`kfor`, `"Kosovo Force"`, `Vucic`); else the one entry whose name or alias
 * holds the query as whole words (`Jens` → Jens Stoltenberg), if only one
 * does. None for a topic word.
 */
export function namedEntries(query: string, keyed: readonly KeyedEntry[]): NamedEntry[] {
  const key = nameKey(query);
  if (key === '') return [];
  const exact = keyed.filter(({ names }) => names.some((name) => name.key === key));
  if (exact.length > 0) return exact.map(({ entry }) => entry);
  const holding = keyed.filter(({ names }) => names.some((name) => ` ${name.key} `.includes(` ${key} `)));
  return holding.length === 1 ? holding.map(({ entry }) => entry) : [];
}

/**
 * The first letters of a word by which Pagefind may match it to another: it
 * stems words (`government` → `govern`) and matches the words that begin
 * with a query's. Half the word, and at least three letters, leaves room
 * for any stem.
 */
const matchingStart = (word: string) => word.slice(0, Math.max(3, Math.ceil(word.length / 2)));

/**
 * Whether an article's names metadata (every name of every entry it
 * mentions) matching the query tells that it mentions one of `named`: so
 * when no other entry has a name with a word, or its words run together
 * (`NATO-led` is also `natoled`), that a word of the query could match.
 */
export function onlyNamedMatch(query: string, named: readonly NamedEntry[], keyed: readonly KeyedEntry[]): boolean {
  const starts = nameKey(query).split(' ').filter(Boolean).map(matchingStart);
  if (starts.length === 0) return false;
  return keyed.every(
    ({ entry, names }) =>
      named.includes(entry) ||
      names.every(({ key }) =>
        [...key.split(' '), key.replaceAll(' ', '')].every((word) => !starts.some((start) => word.startsWith(start))),
      ),
  );
}

/**
 * The edit distance between two strings (insertions, deletions,
 * substitutions, and swaps of two neighbours: `Stoltenbreg` is one edit from
 * `Stoltenberg`), or `limit + 1` once it must exceed `limit`.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  // Three rows of the dynamic programme: two back (for swaps), one back, current.
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, (before[j - 2] ?? 0) + 1);
      current.push(best);
      rowMinimum = Math.min(rowMinimum, best);
    }
    if (rowMinimum > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}

/** How many edits a query of this many letters may be from a name: one for short words, two from five letters on. */
const editsAllowed = (length: number) => (length < 5 ? 1 : 2);

/**
 * The name or alias (as the glossary writes it) nearest to a query that
 * names no entry, within a few edits; the entry's own name wins a tie with
 * an alias. Undefined when nothing is that near, or the query is a name.
 */
export function nearestName(query: string, keyed: readonly KeyedEntry[]): string | undefined {
  const key = nameKey(query);
  if (key.length < 3) return undefined;
  const limit = editsAllowed(key.length);
  let best: { name: string; distance: number } | undefined;
  for (const { names } of keyed) {
    for (const name of names) {
      const distance = editDistance(key, name.key, limit);
      if (distance === 0) return undefined;
      if (distance <= limit && (!best || distance < best.distance)) best = { name: name.written, distance };
    }
  }
  return best?.name;
}

/**
 * Whether an excerpt shows the query's own words: each word of the query
 * begins a marked word (`kosov` marks "Kosovo"). Pagefind falls back to a
 * shorter word when no indexed word begins with a query's (`Kosovvo` finds
 * "kosov"), so a hit can hold none of the words typed: a weak hit.
 */
export function excerptShowsQuery(query: string, excerpt: string): boolean {
  const marked = [...excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].flatMap(([, text = '']) => nameKey(text).split(' '));
  return nameKey(query)
    .split(' ')
    .filter(Boolean)
    .every((word) => marked.some((mark) => mark.startsWith(word)));
}
