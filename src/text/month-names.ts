import { foldText } from './fold.ts';
import { latinize } from './transliterate.ts';

/**
 * Month names as news pages write them, folded (lower case, no diacritics,
 * Cyrillic in Latin letters): English names and abbreviations, Serbian in the
 * nominative and genitive (`septembar`, `septembra`; Cyrillic `септембар`
 * folds to the same), Croatian (`rujna`, `listopada`), Slovene (`junij`),
 * Macedonian and Bulgarian (`октомври`, `януари`), German (`März` folds to
 * `marz`, also spelt `Maerz`), Russian in the nominative and genitive
 * (`сентябрь`, `сентября` fold to `sentjabr`, `sentjabrja`; `марта`, `мая`,
 * `августа` are Serbian's too), Albanian (`tetor`, `nëntor`), Turkish
 * (`Eylül`, `Ekim`), French (`août` folds to `aout`), Italian, Spanish and
 * Portuguese, with the abbreviations their agencies write (`02 OTT`,
 * `2 oct`, `2 janv.`). Ukrainian, Polish and Czech are left out: their
 * `листопада`/`listopad` is November, Croatian's October.
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
    'janv',
    'gennaio',
    'enero',
    'ene',
    'janeiro',
    'sijecanj',
    'sijecnja',
    'januarja',
    'januari',
    'ocak',
  ],
  [
    'february',
    'feb',
    'februar',
    'februara',
    'fevral',
    'fevralja',
    'shkurt',
    'fevrier',
    'fevr',
    'febbraio',
    'febrero',
    'fevereiro',
    'veljaca',
    'veljace',
    'februarja',
    'fevruari',
    'subat',
  ],
  [
    'march',
    'mar',
    'mart',
    'marta',
    'marz',
    'maerz',
    'mrz',
    'mars',
    'marzo',
    'marco',
    'ozujak',
    'ozujka',
    'marec',
    'marca',
  ],
  [
    'april',
    'apr',
    'aprila',
    'aprel',
    'aprelja',
    'prill',
    'avril',
    'avr',
    'aprile',
    'abril',
    'abr',
    'travanj',
    'travnja',
    'nisan',
  ],
  ['may', 'maj', 'maja', 'mai', 'maggio', 'mag', 'mayo', 'maio', 'svibanj', 'svibnja', 'mayis'],
  [
    'june',
    'jun',
    'juna',
    'juni',
    'ijun',
    'ijunja',
    'qershor',
    'juin',
    'giugno',
    'giu',
    'junio',
    'junho',
    'lipanj',
    'lipnja',
    'junij',
    'junija',
    'haziran',
  ],
  [
    'july',
    'jul',
    'jula',
    'juli',
    'ijul',
    'ijulja',
    'korrik',
    'juillet',
    'juil',
    'luglio',
    'lug',
    'julio',
    'julho',
    'srpanj',
    'srpnja',
    'julij',
    'julija',
    'temmuz',
  ],
  [
    'august',
    'aug',
    'augusta',
    'avgust',
    'avgusta',
    'avg',
    'gusht',
    'aout',
    'agosto',
    'ago',
    'kolovoz',
    'kolovoza',
    'agustos',
  ],
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
    'set',
    'septiembre',
    'setiembre',
    'setembro',
    'rujan',
    'rujna',
    'septemvri',
    'eylul',
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
    'ott',
    'octubre',
    'outubro',
    'listopad',
    'listopada',
    'oktomvri',
    'ekim',
  ],
  [
    'november',
    'nov',
    'novembar',
    'novembra',
    'nojabr',
    'nojabrja',
    'nentor',
    'novembre',
    'noviembre',
    'novembro',
    'studeni',
    'studenoga',
    'studenog',
    'noemvri',
    'kasim',
  ],
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
    'dic',
    'diciembre',
    'dezembro',
    'prosinac',
    'prosinca',
    'dekemvri',
    'aralik',
  ],
];

const monthByName = new Map(monthNames.flatMap((names, index) => names.map((name) => [name, index + 1] as const)));

/** Names that are also everyday English words ("you may", "to mar"): months only when capitalised (`May`). */
const capitalOnly = new Set(['may', 'mar']);

/**
 * Agencies' abbreviations that are also everyday words or names ("a year
 * ago", "set", Italian "mag"): months only in capitals, as ANSA and EFE write
 * them (`02 SET`, `15 AGO`).
 */
const capitalsOnly = new Set(['ago', 'set', 'mag']);

/**
 * Names that are also a planet's or a person's (`Mars 2020`, `Marco`): French
 * and Albanian write `mars`, Portuguese `março`, in lower case.
 */
const lowerCaseOnly = new Set(['mars', 'marco']);

/**
 * The month (1 to 12) a word names, in any of the languages above, in any
 * case and with or without diacritics; undefined for other words. `may` and
 * `mar` count only when capitalised (`May`, `MAR`), `ago`, `set` and `mag`
 * only in capitals, `mars` and `marco` only in lower case.
 */
export function monthNumber(word: string): number | undefined {
  const name = foldText(latinize(word));
  if (capitalOnly.has(name) && word === word.toLowerCase()) return undefined;
  if (capitalsOnly.has(name) && word !== word.toUpperCase()) return undefined;
  if (lowerCaseOnly.has(name) && word !== word.toLowerCase()) return undefined;
  return monthByName.get(name);
}
