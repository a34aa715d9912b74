import { isPartialDate } from '../text/calendar-date.ts';
import type { CompiledGlossary } from './compiled-glossary.ts';

/**
 * The glossary as one article uses it: its matcher reads every text in the
 * article's language (`lang` from its frontmatter, a BCP 47 tag), so that
 * names match in their case forms in Serbian, Croatian, Bosnian and German,
 * and links role phrases ("Serbia’s president") to who held the role on the
 * article's `date`.
 * Anything but a string is no language: names match as in English.
 */
export function inLanguage(glossary: CompiledGlossary, lang: unknown, date?: unknown): CompiledGlossary {
  const tag = typeof lang === 'string' ? lang : undefined;
  const when = typeof date === 'string' && isPartialDate(date) ? date : undefined;
  return {
    ...glossary,
    // Names first; then the role phrases and descriptors between them, for the article's date.
    match: (text, other = tag) => {
      const names = glossary.match(text, other);
      const { matches } = glossary.roles(text, when, names);
      return matches.length === 0 ? names : [...names, ...matches].sort((a, b) => a.start - b.start);
    },
  };
}
