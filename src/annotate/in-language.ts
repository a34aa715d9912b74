import type { CompiledGlossary } from './compiled-glossary.ts';

/**
 * The glossary as one article uses it: its matcher reads every text in the
 * article's language (`lang` from its frontmatter, a BCP 47 tag), so that
 * names match in their case forms in Serbian, Croatian, Bosnian and German.
 * Anything but a string is no language: names match as in English.
 */
export function inLanguage(glossary: CompiledGlossary, lang: unknown): CompiledGlossary {
  const tag = typeof lang === 'string' ? lang : undefined;
  return { ...glossary, match: (text, other = tag) => glossary.match(text, other) };
}
