import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { evaluate, mdxToJs } from 'satteri';
import type { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { readArticleData } from '../annotate/article-data.ts';
import type { CompiledGlossary } from '../annotate/compiled-glossary.ts';
import { compileMatcher } from '../annotate/matcher.ts';
import remarkAnnotate from '../annotate/remark-annotate.ts';
import { compileRolePhrases } from '../annotate/role-phrases.ts';
import { testEntry } from '../glossary/test-entry.ts';
import remarkExcerpt from './remark-excerpt.ts';
import remarkSafeArticle from './remark-safe-article.ts';
import remarkSplitRewrittenPhrase from './remark-split-rewritten-phrase.ts';
import { articleFeatures, satteriArticles } from './satteri-articles.ts';

const nato = testEntry('nato', 'NATO', { kind: 'organization' });
const glossary: CompiledGlossary = {
  entries: new Map([[nato.id, nato]]),
  match: compileMatcher([{ entity: 'nato', alias: 'NATO' }]),
  roles: compileRolePhrases([nato]),
};
const isArticle = (file: VFile) => file.path.includes(`${path.sep}articles${path.sep}`);
const plugin = satteriArticles({
  isArticle,
  transformers: [
    remarkSafeArticle({ isArticle }),
    remarkAnnotate({ glossary: () => glossary, entityUrl: (id) => `/glossary/${id}/`, isArticle }),
    remarkExcerpt(),
    remarkSplitRewrittenPhrase(),
  ],
});
const articleUrl = pathToFileURL(path.resolve('content/articles/a.mdx'));

/** Compiles an article as the site does; returns the module's code and what the plugins handed back. */
async function compile(mdx: string, fileURL = articleUrl, optimize = false) {
  const data = {
    astro: {
      frontmatter: { title: 'A' } as Record<string, unknown>,
      headings: [],
      localImagePaths: new Set<string>(),
      remoteImagePaths: new Set<string>(),
    },
  };
  const { code } = await mdxToJs(mdx, {
    mdastPlugins: [plugin],
    features: articleFeatures,
    fileURL,
    data,
    // As `mdx({ optimize: true })` compiles the site's articles.
    ...(optimize ? { optimizeStatic: { component: 'Fragment', prop: 'set:html' } } : {}),
  });
  return { code, frontmatter: data.astro.frontmatter };
}

describe('satteriArticles', () => {
  it('should annotate an article in the native compiler and hand its mentions and excerpt back to Astro', async () => {
    const { code, frontmatter } = await compile('NATO met in Brussels. NATO said so.\n\n## NATO again\n');
    expect(code).toContain('id: "m-nato-1"');
    expect(code).toContain('id: "m-nato-3"');
    const { mentions, excerpt } = readArticleData(frontmatter);
    expect(mentions.map(({ anchor, before, text, after }) => `${anchor}: ${before}[${text}]${after}`)).toEqual([
      'm-nato-1: [NATO] met in Brussels.',
      'm-nato-2: [NATO] said so.',
      'm-nato-3: [NATO] again',
    ]);
    expect(excerpt).toBe('NATO met in Brussels. NATO said so.');
  });

  it('should leave other documents, such as glossary bodies, alone', async () => {
    const { code, frontmatter } = await compile('NATO met.', pathToFileURL(path.resolve('content/glossary/x.md')));
    expect(code).not.toContain('m-nato-1');
    expect(readArticleData(frontmatter).mentions).toEqual([]);
  });

  it('should refuse a hand edit that would run as code, naming the file and the line', async () => {
    await expect(compile('Fine text.\n\nexport const x = process.exit(1)\n')).rejects.toThrow(
      `${path.join('content', 'articles', 'a.mdx')}:3: unexpected import or export statement`,
    );
  });

  it('should keep quoted code out of the text replace of @astrojs/mdx, and the rendered text unchanged', async () => {
    const text = 'Quoting code: export default function MDXContent is a line of JavaScript.';
    for (const optimize of [false, true]) {
      const { code } = await compile(text, articleUrl, optimize);
      expect(code, optimize ? 'optimized' : 'not optimized').not.toContain('export default function MDXContent');
    }
    const jsx = (_type: unknown, props: unknown) => (props as { children?: unknown }).children;
    const { default: Content } = (await evaluate(text, {
      Fragment: Symbol('Fragment'),
      jsx,
      jsxs: jsx,
      mdastPlugins: [plugin],
      fileURL: articleUrl,
    })) as { default: (props: object) => unknown };
    const rendered = [Content({})].flat(Infinity).join('');
    expect(rendered).toBe(text);
  });
});
