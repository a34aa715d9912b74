import { trailingStopWords } from './derive-title.ts';

/** Slugs are cut at a word boundary to at most this many characters. */
const maxLength = 64;

/**
 * Turns a title into a readable URL slug: lower-case ASCII letters and digits
 * joined by hyphens, diacritics removed, cut at a word boundary.
 * Returns `article` when the title has no letters or digits at all.
 */
export function slugify(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
  const kept: string[] = [];
  for (const word of words) {
    if ([...kept, word].join('-').length > maxLength) break;
    kept.push(word);
  }
  while (kept.length > 1 && trailingStopWords.has(kept.at(-1) ?? '')) kept.pop();
  if (kept.length === 0 && words[0]) kept.push(words[0].slice(0, maxLength));
  return kept.join('-') || 'article';
}

/** Whether a string is a slug as {@link slugify} makes them: lower-case letters and digits joined by hyphens. */
export function isSlug(value: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value);
}
