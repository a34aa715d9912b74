import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { testEntry } from '../glossary/test-entry.ts';
import type { CompiledGlossary } from './compiled-glossary.ts';
import { compileMatcher } from './matcher.ts';
import { compileRolePhrases } from './role-phrases.ts';
import remarkCrossReference from './remark-cross-reference.ts';

const entities = [
  testEntry('john-kirby', 'John Kirby', { aliases: ['Kirby'] }),
  testEntry('white-house', 'White House', { kind: 'organization' }),
  testEntry('nsc', 'National Security Council', { kind: 'organization' }),
];
const glossary: CompiledGlossary = {
  entries: new Map(entities.map((entry) => [entry.id, entry])),
  match: compileMatcher(entities.flatMap((e) => [e.name, ...e.aliases].map((alias) => ({ entity: e.id, alias })))),
  roles: compileRolePhrases(entities),
};

/** The links a Markdown body gets as the entry `entry`: `text → url (kind)`. */
function crossReferences(markdown: string, entry: string | undefined): string[] {
  const processor = unified()
    .use(remarkParse)
    .use(remarkCrossReference, {
      glossary: () => glossary,
      entityUrl: (id: string) => `/glossary/${id}/`,
      entryOf: () => entry,
    });
  const file = new VFile({ value: markdown, path: 'entry.md' });
  const tree = processor.runSync(processor.parse(file), file) as Root;
  const links: string[] = [];
  visit(tree, 'link', (link) => {
    const kind = (link.data as { hProperties?: Record<string, string> } | undefined)?.hProperties?.['data-kind'];
    links.push(`${toString(link)} → ${link.url} (${kind})`);
  });
  return links;
}

describe('remarkCrossReference', () => {
  it('should link the first naming of each other entry, not the entry itself', () => {
    const body =
      'John Kirby speaks for the White House. Kirby joined the National Security Council; the White House said so.';
    expect(crossReferences(body, 'john-kirby')).toEqual([
      'White House → /glossary/white-house/ (organization)',
      'National Security Council → /glossary/nsc/ (organization)',
    ]);
  });

  it('should leave links, addresses and other files alone', () => {
    expect(crossReferences('[the White House](https://whitehouse.gov) and whitehouse.gov/nsc', 'nsc')).toEqual([
      'the White House → https://whitehouse.gov (undefined)',
    ]);
    expect(crossReferences('The White House.', undefined)).toEqual([]);
  });
});
