import type { Paragraph, Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { readArticleData } from '../annotate/article-data.ts';
import type { CompiledGlossary } from '../annotate/compiled-glossary.ts';
import { compileMatcher } from '../annotate/matcher.ts';
import remarkAnnotate from '../annotate/remark-annotate.ts';
import { compileRolePhrases } from '../annotate/role-phrases.ts';
import { testEntry } from '../glossary/test-entry.ts';
import remarkQuotes from './remark-quotes.ts';

/** A paragraph of text with one mention link of a person, as the annotator makes it. */
function paragraph(before: string, name: string, after: string): Paragraph {
  return {
    type: 'paragraph',
    children: [
      { type: 'text', value: before },
      {
        type: 'link',
        url: '/glossary/ilse-varga/',
        children: [{ type: 'text', value: name }],
        data: { mention: { entity: 'ilse-varga' }, hProperties: { 'data-kind': 'person', id: 'm-ilse-varga-1' } },
      } as Paragraph['children'][number],
      { type: 'text', value: after },
    ],
  };
}

/** The speakers of an article's quotations, its frontmatter giving its language. */
function speakers(lang: string | undefined, ...paragraphs: Paragraph[]): (string | undefined)[] {
  const tree: Root = { type: 'root', children: paragraphs };
  const file = new VFile({ path: '/x/article.mdx', data: { astro: { frontmatter: lang ? { lang } : {} } } });
  remarkQuotes()(tree, file);
  const { quotes } = readArticleData(file.data.astro?.frontmatter ?? {});
  return (quotes ?? []).map(({ speaker }) => speaker);
}

describe('remarkQuotes', () => {
  it('should read attributions in the words of the article’s language', () => {
    const german = paragraph('„Wir lassen niemanden allein“, sagte ', 'Ilse Varga', '.');
    expect(speakers('de', german)).toEqual(['ilse-varga']);
    // Read as English, the German verb says nothing.
    expect(speakers(undefined, german)).toEqual([undefined]);
  });

  it('should give a "he said" at a paragraph’s start to the person the paragraphs before make clear', () => {
    const named = paragraph('', 'Ilse Varga', ' visited the shelter.');
    const next: Paragraph = { type: 'paragraph', children: [{ type: 'text', value: '“We will rebuild,” she said.' }] };
    expect(speakers('en', named, next)).toEqual(['ilse-varga']);
    const serbian: Paragraph = {
      type: 'paragraph',
      children: [{ type: 'text', value: '„Obnovićemo sve“, rekla je.' }],
    };
    expect(speakers('sr-Latn', paragraph('', 'Ilse Varga', ' je obišla sklonište.'), serbian)).toEqual(['ilse-varga']);
  });

  it('should not take a name the annotator found in another case for the speaker', async () => {
    const people = [testEntry('vucic', 'Vučić', { kind: 'person' }), testEntry('kurti', 'Kurti', { kind: 'person' })];
    const glossary: CompiledGlossary = {
      entries: new Map(people.map((entry) => [entry.id, entry])),
      match: compileMatcher(people.map((entry) => ({ entity: entry.id, alias: entry.name }))),
      roles: compileRolePhrases(people),
    };
    const processor = unified()
      .use(remarkParse)
      .use(remarkMdx)
      .use(remarkAnnotate, { glossary: () => glossary, entityUrl: (id: string) => `/glossary/${id}/` })
      .use(remarkQuotes);
    const quoted = async (text: string) => {
      const file = new VFile({
        value: text,
        path: 'article.mdx',
        data: { astro: { frontmatter: { lang: 'sr-Latn' } } },
      });
      await processor.run(processor.parse(file), file);
      return (readArticleData(file.data.astro?.frontmatter ?? {}).quotes ?? []).map(({ speaker }) => speaker);
    };
    // Vučića, Vučić's (spokesman), in the genitive; Vučića, whom Kurti accused, in the accusative.
    expect(await quoted('Portparol Vučića je rekao: „Bez komentara za sada.“')).toEqual([undefined]);
    expect(await quoted('Kurti je optužio Vučića za napad. „Sve je planirano u Beogradu“, rekao je.')).toEqual([
      'kurti',
    ]);
  });
});
