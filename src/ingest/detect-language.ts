import { eld } from 'eld/medium';

/**
 * Texts with fewer letters get no language. Measured on hand-written news
 * texts: below 80 letters (a headline, a list of names) the detector errs,
 * mostly on English full of Serbian and Albanian names; from 80 up it did
 * not, and 100 leaves a margin. A one-sentence report has more.
 */
const minLetters = 100;

/** Only the start of a text is read: enough for its language, and a 1 MB article stays fast. */
const sampleLength = 20_000;

/** Labels the detector gives Serbian, Croatian and Bosnian, which it cannot tell apart in Latin script. */
const serboCroatian = new Set(['sr', 'hr', 'bs']);

/**
 * Letters of Macedonian Cyrillic that Serbian and Bulgarian lack, and
 * Serbian's that Macedonian lacks: the detector has no Macedonian and says
 * `sr` or `bg`; the letters tell them apart (`ќе`, `меѓу`; `ће`, `између`).
 */
const macedonianOnly = /[ѓќѕЃЌЅ]/gu;
const serbianOnly = /[ђћЂЋ]/gu;
/** Languages the detector gives Macedonian text. */
const likeMacedonian = new Set(['sr', 'hr', 'bs', 'bg']);

const cyrillic = /\p{Script=Cyrillic}/u;
const latin = /\p{Script=Latin}/u;
const letter = /\p{L}/u;

// An own instance, so a language subset set elsewhere on the shared one cannot change ours.
const detector = eld.newInstance();

/** Options of {@link detectLanguage}. */
export interface DetectLanguageOptions {
  /**
   * The tag for Serbian, Croatian or Bosnian in Latin script, which no
   * detector tells apart reliably; `false` to return none. Default `sr-Latn`.
   */
  serboCroatianLatin?: string | false;
}

/**
 * Detects the language of a text as a BCP 47 tag (`en`, `de`, `sr-Cyrl`), or
 * `undefined` when the text has fewer than {@link minLetters} letters or the
 * detector is not sure. Serbian, Croatian and Bosnian are one language to the
 * detector: Cyrillic text is `sr-Cyrl`, Latin text `options.serboCroatianLatin`;
 * Cyrillic with more of Macedonian's own letters (`ќ`, `ѓ`, `ѕ`) is `mk`.
 * Other languages get no script subtag, as their script is implied.
 */
export function detectLanguage(text: string, options: DetectLanguageOptions = {}): string | undefined {
  const sample = text.slice(0, sampleLength);
  const { letters, cyrillicLetters, latinLetters } = countLetters(sample);
  if (letters < minLetters) return undefined;
  const result = detector.detect(sample);
  if (result.language === '' || !result.isReliable()) return undefined;
  const cyrillicText = cyrillicLetters > latinLetters;
  if (cyrillicText && likeMacedonian.has(result.language) && isMacedonian(sample)) return 'mk';
  if (!serboCroatian.has(result.language)) return result.language;
  if (cyrillicText) return 'sr-Cyrl';
  const latinTag = options.serboCroatianLatin ?? 'sr-Latn';
  return latinTag === false ? undefined : latinTag;
}

/** Whether a Cyrillic text has more of Macedonian's own letters than of Serbian's. */
function isMacedonian(text: string): boolean {
  const macedonian = text.match(macedonianOnly)?.length ?? 0;
  return macedonian > (text.match(serbianOnly)?.length ?? 0);
}

/** How many letters a text has, and how many of them are Cyrillic and Latin. */
function countLetters(text: string): { letters: number; cyrillicLetters: number; latinLetters: number } {
  let letters = 0;
  let cyrillicLetters = 0;
  let latinLetters = 0;
  for (const character of text) {
    if (!letter.test(character)) continue;
    letters++;
    if (cyrillic.test(character)) cyrillicLetters++;
    else if (latin.test(character)) latinLetters++;
  }
  return { letters, cyrillicLetters, latinLetters };
}
