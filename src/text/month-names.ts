import { foldText } from './fold.ts';
import { latinize } from './transliterate.ts';

/**
 * Month names as news pages write them, folded (lower case, no diacritics,
 * Cyrillic in Latin letters): English names and abbreviations, Serbian in the
 * nominative and genitive (`septembar`, `septembra`; Cyrillic `септембар`
 * folds to the same), German (`März` folds to `marz`, also spelt `Maerz`),
 * Russian in the nominative and genitive (`сентябрь`, `сентября` fold to
 * `sentjabr`, `sentjabrja`; `марта`, `мая`, `августа` are Serbian's too).
 */
const monthNames: readonly (readonly string[])[] = [
  ['january', 'jan', 'januar', 'januara', 'janner', 'jaenner', 'janvar', 'janvarja'],
  ['february', 'feb', 'februar', 'februara', 'fevral', 'fevralja'],
  ['march', 'mar', 'mart', 'marta', 'marz', 'maerz', 'mrz'],
  ['april', 'apr', 'aprila', 'aprel', 'aprelja'],
  ['may', 'maj', 'maja', 'mai'],
  ['june', 'jun', 'juna', 'juni', 'ijun', 'ijunja'],
  ['july', 'jul', 'jula', 'juli', 'ijul', 'ijulja'],
  ['august', 'aug', 'augusta', 'avgust', 'avgusta', 'avg'],
  ['september', 'sep', 'sept', 'septembar', 'septembra', 'sentjabr', 'sentjabrja'],
  ['october', 'oct', 'oktobar', 'oktobra', 'oktober', 'okt', 'oktjabr', 'oktjabrja'],
  ['november', 'nov', 'novembar', 'novembra', 'nojabr', 'nojabrja'],
  ['december', 'dec', 'decembar', 'decembra', 'dezember', 'dez', 'dekabr', 'dekabrja'],
];

const monthByName = new Map(monthNames.flatMap((names, index) => names.map((name) => [name, index + 1] as const)));

/**
 * Names that are also everyday English words ("you may", "to mar"): they name
 * a month only when written with a capital letter.
 */
const capitalOnly = new Set(['may', 'mar']);

/**
 * The month (1 to 12) a word names, in English, Serbian (Latin or Cyrillic),
 * German or Russian, in any case and with or without diacritics; undefined for other
 * words. `may` and `mar` count only when capitalised (`May`, `MAR`).
 */
export function monthNumber(word: string): number | undefined {
  const name = foldText(latinize(word));
  if (capitalOnly.has(name) && word === word.toLowerCase()) return undefined;
  return monthByName.get(name);
}
