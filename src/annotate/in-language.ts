import { isPartialDate } from '../text/calendar-date.ts';
import type { CompiledGlossary } from './compiled-glossary.ts';

/**
 * The glossary as one article uses it: its matcher reads every text in the
 * article's language (`lang` from its frontmatter, a BCP 47 tag), so that
 * names match in their case forms in Serbian, Croatian, Bosnian and German,
 * and links role phrases ("Serbia’s president") to who held the role on the
 * article's `date`, and a descriptor that names nothing ("the alliance") to
 * an entity the article named before it: its texts are to be matched in
 * reading order.
 * Anything but a string is no language: names match as in English.
 */
export function inLanguage(glossary: CompiledGlossary, lang: unknown, date?: unknown): CompiledGlossary {
  const tag = typeof lang === 'string' ? lang : undefined;
  const when = typeof date === 'string' && isPartialDate(date) ? date : undefined;
  // The entities the article has named so far, its texts read in order.
  const named = new Set<string>();
  return {
    ...glossary,
    // Names first; then the role phrases and descriptors between them, for the article's date. A
    // descriptor that names nothing stands for an entity named before it: `The alliance between the two
    // clubs' supporters` in a report that never names NATO is no mention of NATO.
    match: (text, other = tag) => {
      const names = glossary.match(text, other);
      const { matches } = glossary.roles(text, when, names);
      const namedBefore = (entity: string, at: number) =>
        named.has(entity) || names.some((name) => name.entity === entity && name.start < at);
      const linked = matches.filter((match) => !match.anaphoric || namedBefore(match.entity, match.start));
      for (const { entity } of [...names, ...linked]) named.add(entity);
      return linked.length === 0 ? names : [...names, ...linked].sort((a, b) => a.start - b.start);
    },
  };
}
