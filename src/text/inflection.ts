import { germanInflections } from './inflection-de.ts';
import { russianInflections } from './inflection-ru.ts';
import { serboCroatianInflections } from './inflection-sh.ts';
import { albanianInflections } from './inflection-sq.ts';

/** A language whose names change their endings with case: Serbo-Croatian (Serbian, Croatian, Bosnian), German, Russian or Albanian. */
export type InflectingLanguage = 'sh' | 'de' | 'ru' | 'sq';

/** Every {@link InflectingLanguage}, in a fixed order. */
export const inflectingLanguages: readonly InflectingLanguage[] = ['sh', 'de', 'ru', 'sq'];

/**
 * How one word of a name may change in a text: drop the last `cut` letters of
 * the word as the glossary writes it (folded), then add one of `endings`.
 */
export interface Inflection {
  /** How many letters of the stored word to drop. */
  cut: number;
  /** The endings that may take their place, folded (`cu`, not `ću`). */
  endings: readonly string[];
  /**
   * Whether the endings leave the word in the subject's case, as Albanian's definite forms do
   * (`Vuçiq` → `Vuçiqi`, he who speaks); otherwise a name with one is in another case.
   */
  subject?: true;
}

/**
 * The fewest letters a stem must keep: shorter words never inflect, so that
 * `Rus` does not match `Rusa` nor `Kina` match `kino`.
 */
export const minStemLetters = 4;

/** Serbian, Croatian, Bosnian and Montenegrin, in any script (`sr`, `sr-Latn`, `sr-Cyrl`, `hr`, `bs`, `sh`, `cnr`). */
const serboCroatian = new Set(['sr', 'hr', 'bs', 'sh', 'cnr']);

/**
 * The inflecting language of an article's BCP 47 tag (`sr-Cyrl` → `sh`,
 * `de-AT` → `de`), or `undefined` for any other language or none: names in
 * English, say, match only as the glossary writes them.
 */
export function inflectingLanguage(tag: string | undefined): InflectingLanguage | undefined {
  const primary = tag?.split('-')[0]?.toLowerCase() ?? '';
  if (serboCroatian.has(primary)) return 'sh';
  if (primary === 'de') return 'de';
  if (primary === 'ru') return 'ru';
  if (primary === 'sq') return 'sq';
  return undefined;
}

/** Languages that write a name's case ending after an apostrophe: Turkish and Azerbaijani (`Kurti'ye`, `Vucic'in`). */
const apostropheCases = new Set(['tr', 'az']);

/**
 * Whether a language of this BCP 47 tag writes a name's case endings after an
 * apostrophe, so that a name followed by one (`Vucic'in sözcüsü`, Vučić's
 * spokesman) stands in another case than the subject's.
 */
export function casesAfterApostrophe(tag: string | undefined): boolean {
  return apostropheCases.has(tag?.split('-')[0]?.toLowerCase() ?? '');
}

/**
 * The ways one word of a name may inflect in a language. `word` is folded
 * (lower case, Latin, no diacritics: see `fold-script.ts`); `last` says
 * whether it ends the name (German inflects a name's last word as a noun and
 * the words before it as adjectives). Stems shorter than
 * {@link minStemLetters} letters, and words that do not end in a letter, are
 * left out. Callers keep acronyms away: they never inflect.
 */
export function wordInflections(language: InflectingLanguage, word: string, last: boolean): Inflection[] {
  if (!/\p{L}$/u.test(word)) return [];
  const rules = {
    sh: () => serboCroatianInflections(word),
    de: () => germanInflections(word, last),
    ru: () => russianInflections(word),
    sq: () => albanianInflections(word, last),
  }[language]();
  return rules.filter(({ cut }) => (word.slice(0, word.length - cut).match(/\p{L}/gu) ?? []).length >= minStemLetters);
}
