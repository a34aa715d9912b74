import type { Inflection } from './inflection.ts';

/** Case endings of a noun that ends in a consonant (`Vučić` → `Vučića`, `Vučiću`, `Vučićem`), plural `-i` included. */
const consonantEndings = ['a', 'u', 'om', 'em', 'e', 'i'];

/** A person's possessive adjective (`Vučićev`, `Putinova`, `Kurtijevom`): a mention of the person, like English `’s`. */
const possessiveEndings = ['ov', 'ev'].flatMap((suffix) =>
  ['', 'a', 'e', 'i', 'o', 'u', 'og', 'om', 'oj', 'im', 'ih'].map((ending) => suffix + ending),
);

/** Endings after the stem of a word in `-a`, as a noun (`Srbija` → `Srbije`, `Srbiji`, `Srbiju`, `Srbijom`) or an adjective (`Srpska` → `Srpskoj`). */
const feminineEndings = ['a', 'e', 'i', 'u', 'om', 'oj'];

/** Endings after the stem of a neuter noun in `-o` (`Kosovo` → `Kosova`, `Kosovu`, `Kosovom`) or a man's name in `-o` (`Marko`). */
const neuterOEndings = ['o', 'a', 'u', 'om'];

/** Endings after the stem of a neuter noun in `-e` (`Polje` → `Polja`, `Polju`, `Poljem`). */
const neuterEEndings = ['e', 'a', 'u', 'em', 'om'];

/** Endings after the stem of a masculine adjective in `-ski`, `-čki`, `-ški` (`Zelenski` → `Zelenskog`, `Zelenskom`, `Zelenskim`). */
const masculineAdjectiveEndings = ['i', 'og', 'oga', 'om', 'ome', 'im'];

/** Endings after the stem of a neuter adjective in `-sko`, `-čko` (`Kosovsko` → `Kosovskog`, `Kosovskom`). */
const neuterAdjectiveEndings = ['o', 'og', 'oga', 'om', 'ome', 'im'];

/** Dative and locative of a feminine noun in `-ka`, `-ga`, `-ha`: the consonant softens (`Amerika` → `Americi`). */
const softened: Record<string, string> = { ka: 'ci', ga: 'zi', ha: 'si' };

const vowels = new Set(['a', 'e', 'i', 'o', 'u']);

/**
 * The ways one word of a name inflects in Serbian, Croatian and Bosnian,
 * guessed from its folded ending: nouns in `-a`, `-o`, `-e` and in a
 * consonant, with the fleeting `a` of `Aleksandar` → `Aleksandra` and
 * `Kragujevac` → `Kragujevca`; foreign men's names in `-i` (`Kurti` →
 * `Kurtija`); adjectives in `-ska`, `-ski`, `-sko` (`Srpska lista` → `Srpske
 * liste`). Words derived from a name (`kosovski`, `Srbin`) are other words
 * and get no ending.
 */
export function serboCroatianInflections(word: string): Inflection[] {
  const last = word.slice(-1);
  const adjective = /[scz]k[aio]$/.test(word);
  if (last === 'a') {
    const soft = adjective ? undefined : softened[word.slice(-2)];
    return [{ cut: 1, endings: feminineEndings }, ...(soft ? [{ cut: 2, endings: [soft] }] : [])];
  }
  if (last === 'o') return [{ cut: 1, endings: adjective ? neuterAdjectiveEndings : neuterOEndings }];
  if (last === 'e') return [{ cut: 1, endings: neuterEEndings }];
  if (last === 'i') {
    if (adjective) return [{ cut: 1, endings: masculineAdjectiveEndings }];
    return [{ cut: 0, endings: [...consonantEndings, ...possessiveEndings].map((ending) => `j${ending}`) }];
  }
  if (vowels.has(last)) return [];
  const rules: Inflection[] = [{ cut: 0, endings: [...consonantEndings, ...possessiveEndings] }];
  // The fleeting a: Aleksandar → Aleksandra, Aleksandrov; Kragujevac → Kragujevca; Čačak → Čačka.
  if (/[^aeiou]a[ckr]$/.test(word)) {
    rules.push({ cut: 2, endings: [...consonantEndings, ...possessiveEndings].map((ending) => last + ending) });
  }
  return rules;
}
