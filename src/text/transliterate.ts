/**
 * Serbian, Macedonian, Russian and Ukrainian Cyrillic in Latin letters:
 * Serbian's own Latin alphabet (`Вучић` → `Vučić`, `Ђорђе` → `Đorđe`), and
 * the nearest letters for the others' (Russian `ы`, Ukrainian `ї`).
 * Macedonian `ќ` and `ѓ` are written as Serbian's `ć` and `đ`, the letters
 * they stand for in the region's names (`Вучиќ` is Vučić, `Ѓорѓе` Đorđe),
 * rather than Macedonian's own romanisation (`ḱ`, `ǵ`), so that a Macedonian
 * report's names match the glossary's. Diacritics are kept: folding drops
 * them where a rule wants.
 */
const cyrillicToLatin: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ґ: 'g',
  д: 'd',
  ђ: 'đ',
  ѓ: 'đ',
  е: 'e',
  є: 'je',
  ё: 'ë',
  ж: 'ž',
  з: 'z',
  ѕ: 'dz',
  и: 'i',
  і: 'i',
  ї: 'ji',
  й: 'j',
  ј: 'j',
  к: 'k',
  ќ: 'ć',
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
  ћ: 'ć',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'c',
  ч: 'č',
  џ: 'dž',
  ш: 'š',
  щ: 'šč',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'ju',
  я: 'ja',
};

/** Writes Cyrillic letters of a text in Latin letters, keeping their case (`Љиљана` → `Ljiljana`); other characters are kept. */
export function latinize(text: string): string {
  return Array.from(text, (character) => {
    const lower = character.toLowerCase();
    const latin = cyrillicToLatin[lower];
    if (latin === undefined) return character;
    return lower === character ? latin : latin.charAt(0).toUpperCase() + latin.slice(1);
  }).join('');
}

/** Serbian's Cyrillic alphabet: the letters {@link serbianCyrillic} writes. */
const serbianLetters = 'абвгдђежзијклљмнњопрстћуфхцчџш';
const latinToSerbian = new Map([...serbianLetters].map((letter) => [cyrillicToLatin[letter] as string, letter]));

/**
 * Writes Serbian Latin in Serbian Cyrillic, keeping case (`rekao je` → `рекао
 * је`, `Ljiljana` → `Љиљана`), the digraphs `lj`, `nj` and `dž` as one
 * letter; other characters are kept.
 */
export function serbianCyrillic(latin: string): string {
  let cyrillic = '';
  for (let at = 0; at < latin.length;) {
    const first = latin[at] as string;
    const upper = first !== first.toLowerCase();
    const digraph = latinToSerbian.get(latin.slice(at, at + 2).toLowerCase());
    const letter = digraph ?? latinToSerbian.get(first.toLowerCase());
    cyrillic += letter === undefined ? first : upper ? letter.toUpperCase() : letter;
    at += digraph ? 2 : 1;
  }
  return cyrillic;
}
