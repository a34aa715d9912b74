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
  let folded = foldedCharacters.get(character);
  if (folded === undefined) {
    const lower = character.toLowerCase();
    folded = (unstroked[lower] ?? lower).normalize('NFD').replace(/\p{M}/gu, '');
    foldedCharacters.set(character, folded);
  }
  return folded;
}

/** Characters folded so far, and what they fold to. */
const foldedCharacters = new Map<string, string>();

/** Folds a whole string with {@link foldCharacter}, runs of white space made one space. */
export function foldText(text: string): string {
  return Array.from(text.trim().replace(/\s+/g, ' '), foldCharacter).join('');
}

/**
 * Whether an alias is an acronym (`NATO`, `U.S.`, `AT&T`): two or more letters,
 * none lower case. Acronyms match only as written; other aliases match in any
 * case and with or without diacritics.
 */
export function isAcronym(alias: string): boolean {
  const letters = alias.match(/\p{L}/gu) ?? [];
  return letters.length >= 2 && !/\p{Ll}/u.test(alias);
}
