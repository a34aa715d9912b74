import { foldText } from './fold.ts';
import { latinize } from './transliterate.ts';

/**
 * Month names as news pages write them, folded (lower case, no diacritics,
 * Cyrillic in Latin letters): English names and abbreviations, Serbian in the
 * nominative and genitive (`septembar`, `septembra`; Cyrillic `септембар`
 * folds to the same), German (`März` folds to `marz`, also spelt `Maerz`).
 */
const monthNames: readonly (readonly string[])[] = [
  ['january', 'jan', 'januar', 'januara', 'janner', 'jaenner'],
  ['february', 'feb', 'februar', 'februara'],
  ['march', 'mar', 'mart', 'marta', 'marz', 'maerz', 'mrz'],
  ['april', 'apr', 'aprila'],
  ['may', 'maj', 'maja', 'mai'],
  ['june', 'jun', 'juna', 'juni'],
  ['july', 'jul', 'jula', 'juli'],
  ['august', 'aug', 'augusta', 'avgust', 'avgusta', 'avg'],
  ['september', 'sep', 'sept', 'septembar', 'septembra'],
  ['october', 'oct', 'oktobar', 'oktobra', 'oktober', 'okt'],
  ['november', 'nov', 'novembar', 'novembra'],
  ['december', 'dec', 'decembar', 'decembra', 'dezember', 'dez'],
];

const monthByName = new Map(monthNames.flatMap((names, index) => names.map((name) => [name, index + 1] as const)));

/**
 * Names that are also everyday English words ("you may", "to mar"): they name
 * a month only when written with a capital letter.
 */
const capitalOnly = new Set(['may', 'mar']);

/**
 * The month (1 to 12) a word names, in English, Serbian (Latin or Cyrillic)
 * or German, in any case and with or without diacritics; undefined for other
 * words. `may` and `mar` count only when capitalised (`May`, `MAR`).
 */
export function monthNumber(word: string): number | undefined {
  const name = foldText(latinize(word));
  if (capitalOnly.has(name) && word === word.toLowerCase()) return undefined;
  return monthByName.get(name);
}
