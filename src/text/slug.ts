import { foldText } from './fold.ts';
import { trailingStopWords } from './stop-words.ts';
import { latinize } from './transliterate.ts';

/** Slugs are cut at a word boundary to at most this many characters. */
const maxLength = 64;

/** A slug, and so an article's or a glossary entry's id: lower-case letters and digits joined by hyphens. */
const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Turns a title into a readable URL slug: the title folded as names are
 * compared ({@link foldText}: `Đorđe` → `dorde`, `Straße` → `strasse`),
 * Cyrillic spelled in Latin letters, then lower-case ASCII letters and digits
 * joined by hyphens, cut at a word boundary (and then not ending on a
 * function word such as `of` or `the`). Returns an empty string when
 * nothing is left (a title in another script): the caller falls back to
 * another name.
 */
export function slugify(title: string): string {
  const words = foldText(latinize(title))
    .normalize('NFKD')
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
  const kept: string[] = [];
  for (const word of words) {
    if ([...kept, word].join('-').length > maxLength) break;
    kept.push(word);
  }
  // Only a cut leaves a function word dangling ("…-future-of-the"); a title's
  // own last word is part of its name ("Plan A", "Where it comes from").
  const cut = kept.length < words.length;
  while (cut && kept.length > 1 && trailingStopWords.has(kept.at(-1) ?? '')) kept.pop();
  if (kept.length === 0 && words[0]) kept.push(words[0].slice(0, maxLength));
  return kept.join('-');
}

/** Whether a string is a slug as {@link slugify} makes them; glossary ids follow the same rule. */
export function isSlug(value: string): boolean {
  return slugPattern.test(value);
}
