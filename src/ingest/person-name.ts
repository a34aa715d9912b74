/** Lower-case words inside names: `Ursula von der Leyen`, `Vincent van Gogh`, `Ibn al-Athir`. */
const particles = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'da',
  'di',
  'del',
  'della',
  'du',
  'la',
  'le',
  'bin',
  'ibn',
  'al',
  'ten',
  'ter',
  'zu',
]);

/** A capitalised word, an all-capitals one, or an initial: `Anić`, `O’Neill`, `Jean-Luc`, `ROE`, `A.`, `J.R.`. */
const nameWord = /^(?:\p{Lu}[\p{Ll}\p{M}'’]*(?:[-'’]\p{Lu}[\p{Ll}\p{M}'’]*)*|\p{Lu}[\p{Lu}\p{M}'’-]*|(?:\p{Lu}\.)+)$/u;

/**
 * Whether `text` reads as a person's name as bylines write them: two to five
 * words, each capitalised, all capitals or an initial (`Jane Roe`, `A. B.`,
 * `JANE ROE`, `Ursula von der Leyen`), lower-case particles only inside.
 * A single word is not a name: in a byline it names an outlet (`Reuters`).
 */
export function isPersonName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  return words.every(
    (word, index) => nameWord.test(word) || (index > 0 && index < words.length - 1 && particles.has(word)),
  );
}
