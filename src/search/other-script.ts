/**
 * A Serbian article in the other script, for search: Serbian is written in
 * Cyrillic and in Latin letters alike, and a reader searching in one should
 * find the reports written in the other (`napad` finds `напад`). Pagefind
 * matches words as written, so an article's page carries its text once more,
 * hidden, in the other script (`src/components/OtherScriptCopy.astro`).
 */
import { latinize, serbianCyrillic } from '../text/transliterate.ts';

/** The languages written in both scripts: Serbian, Bosnian, Montenegrin and Serbo-Croatian. */
const bothScripts = new Set(['sr', 'bs', 'cnr', 'sh']);

const cyrillicLetter = /\p{Script=Cyrillic}/gu;
const latinLetter = /\p{Script=Latin}/gu;

/** Whether the language of BCP 47 tag `lang` is written in Cyrillic and Latin letters alike. */
export function writtenInBothScripts(lang: string | undefined): boolean {
  return bothScripts.has(lang?.split('-')[0]?.toLowerCase() ?? '');
}

/** A text in the other script, with its BCP 47 tag (`sr-Latn`). */
export interface OtherScript {
  text: string;
  lang: string;
}

/**
 * `text` in the other script of its language `lang`: in Latin letters when
 * most of its letters are Cyrillic, else in Cyrillic; `undefined` for a
 * language written in one script only, or none.
 */
export function otherScript(text: string, lang: string | undefined): OtherScript | undefined {
  if (!writtenInBothScripts(lang)) return undefined;
  const primary = lang?.split('-')[0]?.toLowerCase() ?? '';
  const cyrillic = text.match(cyrillicLetter)?.length ?? 0;
  const latin = text.match(latinLetter)?.length ?? 0;
  return cyrillic > latin
    ? { text: latinize(text), lang: `${primary}-Latn` }
    : { text: serbianCyrillic(text), lang: `${primary}-Cyrl` };
}
