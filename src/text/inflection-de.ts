import type { Inflection } from './inflection.ts';

/** Endings of an adjective before a name's last word (`Europäische Union` → `der Europäischen Union`). */
const adjectiveEndings = ['e', 'en', 'er', 'es', 'em'];

/**
 * The ways one word of a name inflects in German. The last word takes the
 * genitive `-s` or `-es` (`Serbiens`, `Kosovos`, `des Bundestages`), or `-n`
 * and `-s` after `-e`; one already ending in `s`, `x`, `z` or `ß` takes none
 * (`Paris’`). Words before it inflect only as adjectives do
 * (`-e`, `-en`, `-er`, `-es`, `-em`): a first name before a surname stays as
 * it is (`Aleksandar Vučićs`). A word derived from a name (`Serbe`, `serbisch`)
 * is another word.
 */
export function germanInflections(word: string, last: boolean): Inflection[] {
  if (!last) {
    const ending = /e[nrsm]?$/.exec(word)?.[0];
    return ending ? [{ cut: ending.length, endings: adjectiveEndings }] : [];
  }
  if (/[sxz]$/.test(word)) return [];
  if (word.endsWith('e')) return [{ cut: 0, endings: ['n', 's'] }];
  // -es only after a consonant: des Bundestages, but never Kosovoes.
  return [{ cut: 0, endings: /[aeiouy]$/.test(word) ? ['s'] : ['s', 'es'] }];
}
