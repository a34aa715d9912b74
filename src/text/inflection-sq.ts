import type { Inflection } from './inflection.ts';

/**
 * The ways one word of a name inflects in Albanian, read folded (`ë` as `e`,
 * `ç` as `c`). Only a name's last word declines (`Jens Stoltenbergut`).
 * - A name in `-a`, a feminine one in its definite form (`Serbia`, `Kosova`,
 *   `Prishtina`): `Serbisë`, `Serbinë`, `Serbi`, `Kosovës`, `Kosovën`, `Kosovë`.
 * - A man's name in `-i` or `-u`, definite already (`Kurti`): `Kurtit`, `Kurtin`.
 * - A name in a consonant (`Vuçiq`, `Stoltenberg`): the definite `Vuçiqi`,
 *   `Stoltenbergu`, still the subject's case, and `Vuçiqit`, `Vuçiqin`,
 *   `Stoltenbergut`, `Stoltenbergun`.
 */
export function albanianInflections(word: string, last: boolean): Inflection[] {
  if (!last) return [];
  if (word.endsWith('a')) {
    // Serbi-a → Serbi-së, Serbi-në, Serbi after a vowel; Kosov-a → Kosov-ës, Kosov-ën, Kosov-ë after a consonant.
    return [{ cut: 1, endings: /[aeiouy]a$/.test(word) ? ['se', 'ne', ''] : ['es', 'en', 'e'] }];
  }
  if (/[iu]$/.test(word)) return [{ cut: 0, endings: ['t', 'n'] }];
  if (/[aeoy]$/.test(word)) return [];
  // After k, g and h the definite article is -u (Stoltenbergu); after other consonants -i (Vuçiqi).
  const article = /[kgh]$/.test(word) ? 'u' : 'i';
  return [
    { cut: 0, endings: [article], subject: true },
    { cut: 0, endings: [`${article}t`, `${article}n`] },
  ];
}
