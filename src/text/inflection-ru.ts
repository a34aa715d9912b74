import type { Inflection } from './inflection.ts';

/** Case endings of a man's name or a noun in a consonant (`Вучич` → `Вучича`, `Вучичу`, `Вучичем`, `Вучиче`), `-ь` and `-й` stems included (`Игоря`). */
const consonantEndings = ['a', 'u', 'om', 'em', 'e', 'ja', 'ju'];

/** Endings after the stem of a noun in `-а` (`Москва` → `Москвы`, `Москве`, `Москву`, `Москвой`; `Аляски`). */
const feminineEndings = ['a', 'y', 'i', 'e', 'u', 'oj', 'oju'];

/** Endings after the stem of a noun in `-я` (`Сербия` → `Сербии`, `Сербию`, `Сербией`). */
const feminineSoftEndings = ['ja', 'i', 'ii', 'e', 'ju', 'ej', 'eju'];

/** Endings after the stem of a neuter noun in `-о` declined (`Косово` → `Косова`, `Косову`, `Косовом`). */
const neuterEndings = ['o', 'a', 'u', 'om', 'e'];

/** Endings after the stem of a masculine adjective, a surname in `-ий`, `-ый`, `-ой` (`Зеленский` → `Зеленского`). */
const masculineAdjectiveEndings = ['ij', 'yj', 'oj', 'ogo', 'ego', 'omu', 'emu', 'im', 'ym', 'om', 'em'];

/** Endings after the stem of a feminine adjective in `-ая` (`Зеленская` → `Зеленской`, `Зеленскую`). */
const feminineAdjectiveEndings = ['aja', 'oj', 'uju', 'ej'];

/**
 * The ways one word of a name inflects in Russian, read in Latin letters as
 * the matcher folds Cyrillic (`Вучич` → `vucic`, `Сербия` → `serbija`,
 * `Зеленский` → `zelenskij`): nouns in a consonant, in `-а`, `-я` and `-о`,
 * first names in `-ий` and `-й` (`Дмитрий` → `Дмитрия`, `Андрей` → `Андрея`),
 * adjectival surnames (`Зеленский` → `Зеленского`, `Зеленская` → `Зеленской`).
 * Foreign names in another vowel do not decline (`Курти`).
 * The endings apply to every word of a name, as in `Йенса Столтенберга`.
 */
export function russianInflections(word: string): Inflection[] {
  if (/[iyo]j$/.test(word)) {
    return [
      { cut: 2, endings: masculineAdjectiveEndings },
      // A first name in -ий is a noun: Дмитрий → Дмитрия, Дмитрию, Дмитрием, Дмитрии.
      ...(word.endsWith('ij') ? [{ cut: 1, endings: ['ja', 'ju', 'em', 'i'] }] : []),
    ];
  }
  if (word.endsWith('j')) return [{ cut: 1, endings: ['ja', 'ju', 'em', 'e'] }];
  if (word.endsWith('aja')) return [{ cut: 3, endings: feminineAdjectiveEndings }];
  if (word.endsWith('ja')) return [{ cut: 2, endings: feminineSoftEndings }];
  // A vowel before the -a is a name spelt in Latin letters (`Serbia`): Russian writes `Сербия`, and
  // `Serbi-` with a Russian ending is `сербы`, the Serbs.
  if (/[aeiouy]a$/.test(word)) return [];
  if (word.endsWith('a')) return [{ cut: 1, endings: feminineEndings }];
  if (word.endsWith('o')) return [{ cut: 1, endings: neuterEndings }];
  if (/[aeiouy]$/.test(word)) return [];
  return [{ cut: 0, endings: consonantEndings }];
}
