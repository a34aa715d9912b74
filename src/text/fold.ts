/** Letters that Unicode decomposition leaves alone but readers type without their stroke. */
const unstroked: Record<string, string> = {
  đ: 'd',
  ł: 'l',
  ø: 'o',
  ħ: 'h',
  ı: 'i',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
  '’': "'",
  '‘': "'",
  ʼ: "'",
  '‐': '-',
  '‑': '-',
};

/**
 * Folds one character the way a reader compares names: lower case, without
 * diacritics (`Č` → `c`, `Đ` → `d`), with typographic apostrophes and hyphens
 * made plain. May return more than one character (`ß` → `ss`) or none (a
 * combining mark).
 */
export function foldCharacter(character: string): string {
  // Every character of every article is folded, by the annotator and by entity discovery: each
  // distinct character is folded once (a text's alphabet is small; a Unicode normalization is not cheap).
  let folded = characterFoldings.get(character);
  if (folded === undefined) {
    const lower = character.toLowerCase();
    folded = (unstroked[lower] ?? lower).normalize('NFD').replace(/\p{M}/gu, '');
    characterFoldings.set(character, folded);
  }
  return folded;
}

/** Characters folded so far, and what they fold to. */
const characterFoldings = new Map<string, string>();

/** Printable ASCII only: text that folds by lower-casing alone, as most names in most archives do. */
const plainAscii = /^[ -~]*$/;

/** Folds a whole string with {@link foldCharacter}, runs of white space made one space. */
export function foldText(text: string): string {
  const spaced = text.trim().replace(/\s+/g, ' ');
  // Entity discovery folds every capitalised word of the archive, several times: a character at a
  // time, that was a third of its time at 10,000 articles.
  return plainAscii.test(spaced) ? spaced.toLowerCase() : Array.from(spaced, foldCharacter).join('');
}

/**
 * Whether an alias is an acronym (`NATO`, `U.S.`, `AT&T`): two or more letters,
 * none lower case. Acronyms match only as written; other aliases match with
 * or without diacritics, and in capitals (`matcher.ts`).
 */
export function isAcronym(alias: string): boolean {
  const letters = alias.match(/\p{L}/gu) ?? [];
  return letters.length >= 2 && !/\p{Ll}/u.test(alias);
}
