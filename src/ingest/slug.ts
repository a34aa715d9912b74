import { trailingStopWords } from './derive-title.ts';

/** Slugs are cut at a word boundary to at most this many characters. */
const maxLength = 64;

/** Serbian and Russian Cyrillic in Latin letters, as slugs spell them (`Вучић` → `vucic`). */
const cyrillic: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  ђ: 'dj',
  е: 'e',
  ё: 'e',
  ж: 'z',
  з: 'z',
  и: 'i',
  й: 'j',
  ј: 'j',
  к: 'k',
  л: 'l',
  љ: 'lj',
  м: 'm',
  н: 'n',
  њ: 'nj',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  ћ: 'c',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'c',
  ч: 'c',
  џ: 'dz',
  ш: 's',
  щ: 'sc',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'ju',
  я: 'ja',
};

/**
 * Turns a title into a readable URL slug: lower-case ASCII letters and digits
 * joined by hyphens, diacritics removed, Cyrillic spelled in Latin letters,
 * cut at a word boundary. Returns an empty string when nothing is left (a
 * title in another script): the caller falls back to another name.
 */
export function slugify(title: string): string {
  const words = Array.from(title.toLowerCase(), (character) => cyrillic[character] ?? character)
    .join('')
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
  return kept.join('-');
}

/** Whether a string is a slug as {@link slugify} makes them: lower-case letters and digits joined by hyphens. */
export function isSlug(value: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value);
}
