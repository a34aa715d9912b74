import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticleData } from '../annotate/article-data.ts';
import type { CompiledGlossary } from '../annotate/compiled-glossary.ts';
import { compileMatcher } from '../annotate/matcher.ts';
import remarkAnnotate from '../annotate/remark-annotate.ts';
import { compileRolePhrases } from '../annotate/role-phrases.ts';
import { testEntry } from '../glossary/test-entry.ts';
import remarkExcerpt from '../remark/remark-excerpt.ts';
import remarkSafeArticle from '../remark/remark-safe-article.ts';
import { articleHtml } from './article-html.ts';

const nato = testEntry('nato', 'NATO', { kind: 'organization' });
const glossary: CompiledGlossary = {
  entries: new Map([[nato.id, nato]]),
  match: compileMatcher([{ entity: 'nato', alias: 'NATO' }]),
  roles: compileRolePhrases([nato]),
};
const transformers = [
  remarkSafeArticle(),
  remarkAnnotate({ glossary: () => glossary, entityUrl: (id) => `/glossary/${id}/` }),
  remarkExcerpt(),
];

/** Renders an article body as the site does. */
const render = (mdx: string) =>
  articleHtml(mdx, { path: path.resolve('content/articles/a.mdx'), frontmatter: { title: 'A' }, transformers });

describe('articleHtml', () => {
  it('should annotate an article and hand its mentions and excerpt back with its frontmatter', () => {
    const { html, frontmatter } = render('NATO met in Brussels. NATO said so.\n\n## NATO again\n');
    expect(html).toContain('<a href="/glossary/nato/" id="m-nato-1" class="mention" data-kind="organization">NATO</a>');
    const { mentions, excerpt } = readArticleData(frontmatter);
    expect(mentions.map(({ anchor, before, text, after }) => `${anchor}: ${before}[${text}]${after}`)).toEqual([
      'm-nato-1: [NATO] met in Brussels.',
      'm-nato-2: [NATO] said so.',
      'm-nato-3: [NATO] again',
    ]);
    expect(excerpt).toBe('NATO met in Brussels. NATO said so.');
    expect(frontmatter.title).toBe('A');
  });

  it('should give subheadings the ids Astro gives them, so that links to them keep working', () => {
    const { html } = render('Text.\n\n## The bigger picture\n\nMore.\n\n## The bigger picture\n');
    expect(html.match(/<h2 id="[^"]+">/g)).toEqual(['<h2 id="the-bigger-picture">', '<h2 id="the-bigger-picture-1">']);
  });

  it('should set page furniture apart under its label, unannotated', () => {
    const { html } = render('NATO met.\n\n<Aside kind="caption">Photo: NATO</Aside>\n');
    expect(html).toContain(
      '<aside class="source-aside" data-kind="caption" aria-label="Photo caption in the source">' +
        '<span class="source-aside__label">Photo caption in the source</span>',
    );
    expect(html).toContain('Photo: NATO</');
    expect(html.match(/class="mention/g)).toHaveLength(1);
  });

  it('should write the text as text: characters of markup and code in it are escaped, not run', () => {
    // As ingest writes it: MDX's special characters escaped.
    const { html } = render('Quoting code: export default function MDXContent \\{ a \\< b & "c" \\}.\n');
    expect(html).toBe('<p>Quoting code: export default function MDXContent { a &#x3C; b &#x26; "c" }.</p>');
  });

  it('should refuse a hand edit that would run as code, naming the file and the line', () => {
    expect(() => render('Fine text.\n\nexport const x = process.exit(1)\n')).toThrow(
      `${path.join('content', 'articles', 'a.mdx')}:3: unexpected import or export statement`,
    );
  });
});
