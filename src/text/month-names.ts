import { foldText } from './fold.ts';
import { latinize } from './transliterate.ts';

/**
 * Month names as news pages write them, folded (lower case, no diacritics,
 * Cyrillic in Latin letters): English names and abbreviations, Serbian in the
 * nominative and genitive (`septembar`, `septembra`; Cyrillic `септембар`
 * folds to the same), German (`März` folds to `marz`, also spelt `Maerz`),
 * Russian in the nominative and genitive (`сентябрь`, `сентября` fold to
 * `sentjabr`, `sentjabrja`; `марта`, `мая`, `августа` are Serbian's too),
 * Albanian (`tetor`, `nëntor`), French (`août` folds to `aout`), Italian and
 * Spanish.
 */
const monthNames: readonly (readonly string[])[] = [
  [
    'january',
    'jan',
    'januar',
    'januara',
    'janner',
    'jaenner',
    'janvar',
    'janvarja',
    'janar',
    'janvier',
    'gennaio',
    'enero',
  ],
  ['february', 'feb', 'februar', 'februara', 'fevral', 'fevralja', 'shkurt', 'fevrier', 'febbraio', 'febrero'],
  ['march', 'mar', 'mart', 'marta', 'marz', 'maerz', 'mrz', 'mars', 'marzo'],
  ['april', 'apr', 'aprila', 'aprel', 'aprelja', 'prill', 'avril', 'aprile', 'abril'],
  ['may', 'maj', 'maja', 'mai', 'maggio', 'mayo'],
  ['june', 'jun', 'juna', 'juni', 'ijun', 'ijunja', 'qershor', 'juin', 'giugno', 'junio'],
  ['july', 'jul', 'jula', 'juli', 'ijul', 'ijulja', 'korrik', 'juillet', 'luglio', 'julio'],
  ['august', 'aug', 'augusta', 'avgust', 'avgusta', 'avg', 'gusht', 'aout', 'agosto'],
  [
    'september',
    'sep',
    'sept',
    'septembar',
    'septembra',
    'sentjabr',
    'sentjabrja',
    'shtator',
    'septembre',
    'settembre',
    'septiembre',
    'setiembre',
  ],
  [
    'october',
    'oct',
    'oktobar',
    'oktobra',
    'oktober',
    'okt',
    'oktjabr',
    'oktjabrja',
    'tetor',
    'octobre',
    'ottobre',
    'octubre',
  ],
  ['november', 'nov', 'novembar', 'novembra', 'nojabr', 'nojabrja', 'nentor', 'novembre', 'noviembre'],
  [
    'december',
    'dec',
    'decembar',
    'decembra',
    'dezember',
    'dez',
    'dekabr',
    'dekabrja',
    'dhjetor',
    'decembre',
    'dicembre',
    'diciembre',
  ],
];

const monthByName = new Map(monthNames.flatMap((names, index) => names.map((name) => [name, index + 1] as const)));

/**
 * Names that are also everyday English words ("you may", "to mar"): they name
 * a month only when written with a capital letter.
 */
const capitalOnly = new Set(['may', 'mar']);

/** A name that is also the planet's (`Mars 2020`): French and Albanian write the month in lower case. */
const lowerCaseOnly = new Set(['mars']);

/**
 * The month (1 to 12) a word names, in any of the languages above, in any
 * case and with or without diacritics; undefined for other words. `may` and
 * `mar` count only when capitalised (`May`, `MAR`), `mars` only in lower case.
 */
export function monthNumber(word: string): number | undefined {
  const name = foldText(latinize(word));
  if (capitalOnly.has(name) && word === word.toLowerCase()) return undefined;
  if (lowerCaseOnly.has(name) && word !== word.toLowerCase()) return undefined;
  return monthByName.get(name);
}
