import type { Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { testEntry } from '../glossary/test-entry.ts';
import { readArticleData } from './article-data.ts';
import type { CompiledGlossary } from './compiled-glossary.ts';
import { compileMatcher } from './matcher.ts';
import { compileRolePhrases } from './role-phrases.ts';
import remarkAnnotate from './remark-annotate.ts';

const entity = (id: string, name: string, aliases: string[] = []) =>
  testEntry(id, name, { aliases, kind: 'organization' });

const entities = [
  entity('nato', 'NATO', ['North Atlantic Alliance']),
  entity('kosovo', 'Kosovo'),
  {
    ...entity('vucic', 'Aleksandar Vučić', ['Vučić']),
    roles: [{ title: 'President of Serbia', phrases: ['Kosovo’s neighbour’s president'], from: '2017-05-31' }],
  },
];
const glossary: CompiledGlossary = {
  entries: new Map(entities.map((e) => [e.id, e])),
  match: compileMatcher(entities.flatMap((e) => [e.name, ...e.aliases].map((alias) => ({ entity: e.id, alias })))),
  roles: compileRolePhrases(entities),
};

/** Annotates MDX and returns the mention links as `entity#anchor:text`, and the recorded mentions. */
async function annotate(mdx: string, frontmatter?: Record<string, unknown>) {
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkAnnotate, { glossary: () => glossary, entityUrl: (id: string) => `/glossary/${id}/` });
  const file = new VFile({ value: mdx, path: 'article.mdx', data: frontmatter ? { astro: { frontmatter } } : {} });
  const tree = (await processor.run(processor.parse(file), file)) as Root;
  const links: string[] = [];
  const walk = (node: {
    type: string;
    children?: unknown[];
    url?: string;
    data?: { hProperties?: { id?: string } };
  }) => {
    if (node.type === 'link' && node.data?.hProperties?.id) {
      const text = (node.children as { value?: string }[]).map((child) => child.value).join('');
      links.push(`${node.url}#${node.data.hProperties.id}:${text}`);
    }
    for (const child of node.children ?? []) walk(child as typeof node);
  };
  walk(tree);
  const computed = readArticleData(file.data.astro?.frontmatter ?? {});
  return { links, mentions: computed.mentions, titleSegments: computed.titleSegments };
}

describe('remarkAnnotate', () => {
  it('should link every mention, headings included, with numbered anchors', async () => {
    const { links } = await annotate('## NATO in Kosovo\n\nNATO’s troops stay in Kosovo.');
    expect(links).toEqual([
      '/glossary/nato/#m-nato-1:NATO',
      '/glossary/kosovo/#m-kosovo-1:Kosovo',
      '/glossary/nato/#m-nato-2:NATO',
      '/glossary/kosovo/#m-kosovo-2:Kosovo',
    ]);
  });

  it('should record each mention with its sentence, in document order', async () => {
    const { mentions } = await annotate('Troops arrive. The North Atlantic Alliance sent more. Kosovo waits.');
    expect(mentions).toEqual([
      {
        entity: 'nato',
        anchor: 'm-nato-1',
        text: 'North Atlantic Alliance',
        before: 'The ',
        after: ' sent more.',
        by: 'dictionary',
      },
      { entity: 'kosovo', anchor: 'm-kosovo-1', text: 'Kosovo', before: '', after: ' waits.', by: 'dictionary' },
    ]);
  });

  it('should never annotate inside an existing link or code', async () => {
    const { links } = await annotate('[NATO site](https://nato.int) and `NATO` and NATO.');
    expect(links).toEqual(['/glossary/nato/#m-nato-1:NATO']);
  });

  it('should treat an editor’s <Mention> like an automatic one', async () => {
    const { links, mentions } = await annotate(
      'Blinken called <Mention of="vucic">Serbia’s president</Mention> and Vučić replied.',
    );
    expect(links).toEqual(['/glossary/vucic/#m-vucic-1:Serbia’s president', '/glossary/vucic/#m-vucic-2:Vučić']);
    expect(mentions.map((mention) => mention.by)).toEqual(['editor', 'dictionary']);
    expect(mentions[0]).toMatchObject({ before: 'Blinken called ', after: ' and Vučić replied.' });
  });

  it('should leave text inside <NotMention> unannotated, and keep its words', async () => {
    const { links, mentions } = await annotate('The <NotMention>Kosovo</NotMention> cheese, unlike Kosovo.');
    expect(links).toEqual(['/glossary/kosovo/#m-kosovo-1:Kosovo']);
    expect(mentions[0]?.before).toBe('The Kosovo cheese, unlike ');
  });

  it('should fail on a <Mention> of an unknown entity, naming the file and line', async () => {
    await expect(annotate('Text.\n\nA <Mention of="natto">thing</Mention>.')).rejects.toMatchObject({
      file: 'article.mdx',
      line: 3,
      column: 3,
      reason:
        'Unexpected <Mention of="natto">: expected the id of a glossary entry (a file name in content/glossary/ without .md)',
    });
  });

  it('should annotate a source’s own headline first, and hand it back as segments', async () => {
    const { links, mentions, titleSegments } = await annotate('NATO stays.', {
      title: 'NATO in Kosovo',
      headline: true,
    });
    expect(titleSegments).toEqual([
      { text: 'NATO', mention: { entity: 'nato', anchor: 'm-nato-1', href: '/glossary/nato/', kind: 'organization' } },
      { text: ' in ' },
      {
        text: 'Kosovo',
        mention: { entity: 'kosovo', anchor: 'm-kosovo-1', href: '/glossary/kosovo/', kind: 'organization' },
      },
    ]);
    // The headline is not left in the body: the page renders it as its <h1>.
    expect(links).toEqual(['/glossary/nato/#m-nato-2:NATO']);
    expect(mentions.map((mention) => mention.anchor)).toEqual(['m-nato-1', 'm-kosovo-1', 'm-nato-2']);
  });

  it('should not annotate a derived title, which is not source text', async () => {
    const { titleSegments, mentions } = await annotate('NATO stays.', { title: 'NATO stays.', headline: false });
    expect(titleSegments).toBeUndefined();
    expect(mentions).toHaveLength(1);
  });

  it('should annotate a paragraph of 70,000 mentions, each with its own sentence', async () => {
    // One paragraph, as a report pasted without line breaks: more mentions than a call takes arguments.
    const sentence = 'NATO met Vučić in Kosovo. ';
    const { links, mentions } = await annotate(sentence.repeat(70_000 / 3));
    expect(links).toHaveLength(69_999);
    expect(mentions.at(-1)).toMatchObject({ entity: 'kosovo', before: 'NATO met Vučić in ', after: '.' });
  });

  it('should not annotate inside web or e-mail addresses, handles or hashtags', async () => {
    const { links } = await annotate(
      'See https://www.forces.net/nato/kosovo or @Kosovo_Police, #NATO and press@nato.int: NATO said so.',
    );
    expect(links).toEqual(['/glossary/nato/#m-nato-1:NATO']);
  });

  it('should link a role phrase to who held the role on the article’s date, its names to themselves', async () => {
    const text = 'Kosovo’s neighbour’s president spoke.';
    const dated = await annotate(text, { date: '2023-09-29' });
    expect(dated.links).toEqual([
      '/glossary/kosovo/#m-kosovo-1:Kosovo',
      '/glossary/vucic/#m-vucic-1:neighbour’s president',
    ]);
    // Before his term began, the phrase names someone else: no link to him.
    const earlier = await annotate(text, { date: '2016-01-01' });
    expect(earlier.links).toEqual(['/glossary/kosovo/#m-kosovo-1:Kosovo']);
  });
});
