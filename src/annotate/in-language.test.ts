import type { Link, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import type { CompiledGlossary } from './compiled-glossary.ts';
import { inLanguage } from './in-language.ts';
import { compileMatcher } from './matcher.ts';
import { testEntry } from '../glossary/test-entry.ts';
import { compileRolePhrases } from './role-phrases.ts';
import remarkAnnotate from './remark-annotate.ts';

const glossary: CompiledGlossary = {
  entries: new Map(),
  match: compileMatcher([
    { entity: 'serbia', alias: 'Srbija' },
    { entity: 'serbia', alias: 'Serbien' },
    { entity: 'vucic', alias: 'Aleksandar Vučić' },
  ]),
  roles: compileRolePhrases([]),
};

/** The text of every mention link remarkAnnotate makes in an article with this frontmatter `lang`. */
async function linked(markdown: string, lang: unknown): Promise<string[]> {
  const processor = unified()
    .use(remarkParse)
    .use(remarkAnnotate, { glossary: () => glossary, entityUrl: (id: string) => `/glossary/${id}/` });
  const file = new VFile({ value: markdown, data: { astro: { frontmatter: lang === undefined ? {} : { lang } } } });
  const tree = (await processor.run(processor.parse(file), file)) as Root;
  const links: string[] = [];
  visit(tree, 'link', (link: Link) => void links.push(toString(link)));
  return links;
}

describe('inLanguage', () => {
  it('should match in the language it is given, unless a call names another', () => {
    const text = 'Aleksandra Vučića iz Srbije; Serbiens';
    const serbian = inLanguage(glossary, 'sr-Latn');
    expect(serbian.match(text).map(({ start, end }) => text.slice(start, end))).toEqual([
      'Aleksandra Vučića',
      'Srbije',
    ]);
    expect(serbian.match(text, 'de').map(({ start, end }) => text.slice(start, end))).toEqual(['Serbiens']);
  });

  it('should take anything but a string for no language', () => {
    for (const lang of [undefined, 42, null, ['sr']])
      expect(inLanguage(glossary, lang).match('Srbije', undefined)).toEqual([]);
  });
});

describe('remarkAnnotate with an article language', () => {
  it('should link case forms of names in the language of the article’s frontmatter', async () => {
    const table: [unknown, string[]][] = [
      ['sr-Latn', ['Aleksandru Vučiću', 'Srbiji']],
      ['sr-Cyrl', ['Aleksandru Vučiću', 'Srbiji']],
      ['de', []],
      ['en', []],
      [undefined, []],
    ];
    for (const [lang, links] of table) {
      expect(await linked('Pismo Aleksandru Vučiću o Srbiji.', lang), String(lang)).toEqual(links);
    }
  });
});

describe('descriptors in an article', () => {
  const entries = [
    testEntry('nato', 'NATO', { kind: 'organization', descriptors: ['the alliance'] }),
    testEntry('kfor', 'KFOR', { kind: 'organization', descriptors: ['Kosovo’s peacekeeping force'] }),
  ];
  const withDescriptors: CompiledGlossary = {
    entries: new Map(entries.map((entry) => [entry.id, entry])),
    match: compileMatcher([{ entity: 'nato', alias: 'NATO' }]),
    roles: compileRolePhrases(entries),
  };

  /** The text of each mention link of an article, in order, with this glossary. */
  async function mentions(markdown: string): Promise<string[]> {
    const processor = unified()
      .use(remarkParse)
      .use(remarkAnnotate, { glossary: () => withDescriptors, entityUrl: (id: string) => `/glossary/${id}/` });
    const file = new VFile({ value: markdown, data: { astro: { frontmatter: {} } } });
    const tree = (await processor.run(processor.parse(file), file)) as Root;
    const links: string[] = [];
    visit(tree, 'link', (link: Link) => void links.push(toString(link)));
    return links;
  }

  it('should link a descriptor to an entity the article named before it, and only then', async () => {
    expect(await mentions('NATO sent troops.\n\nThe alliance said more would follow.')).toEqual(['NATO', 'alliance']);
    expect(await mentions('The alliance between the two clubs’ fans surprised many.')).toEqual([]);
    expect(await mentions('The alliance said more would follow, NATO said.')).toEqual(['NATO']);
  });

  it('should link a descriptor that names something wherever it stands', async () => {
    expect(await mentions('Kosovo’s peacekeeping force will grow.')).toEqual(['Kosovo’s peacekeeping force']);
  });
});
