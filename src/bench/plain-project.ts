/**
 * The baseline of the build benchmark: a plain Astro site of the same MDX,
 * as anyone would start one. Astro's default Markdown processor, one page per
 * article and a home page listing them, no annotation and no glossary; then
 * Pagefind indexes the pages through its Node API, as this project does.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { linkNodeModules } from './link-node-modules.ts';

const files: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'plain-astro-pagefind', private: true, type: 'module' }),
  'astro.config.mjs': `import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { close, createIndex } from 'pagefind';
import { fileURLToPath } from 'node:url';

const pagefind = {
  name: 'pagefind',
  hooks: {
    'astro:build:done': async ({ dir }) => {
      const { index } = await createIndex({});
      await index.addDirectory({ path: fileURLToPath(dir) });
      await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) });
      await close();
    },
  },
};

export default defineConfig({ trailingSlash: 'always', integrations: [mdx(), pagefind] });
`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
  articles: defineCollection({ loader: glob({ base: 'content/articles', pattern: '**/*.mdx' }) }),
};
`,
  'src/components/Aside.astro': `<aside><slot /></aside>
`,
  'src/layouts/Page.astro': `---
const { title } = Astro.props;
---
<html lang="en"><head><meta charset="utf-8" /><title>{title}</title></head>
<body><main data-pagefind-body><slot /></main></body></html>
`,
  'src/pages/index.astro': `---
import { getCollection } from 'astro:content';
import Page from '../layouts/Page.astro';
const articles = await getCollection('articles');
---
<Page title="Articles"><h1>Articles</h1><ul>{articles.map((a) => <li><a href={\`/articles/\${a.id}/\`}>{a.data.title}</a></li>)}</ul></Page>
`,
  'src/pages/articles/[slug].astro': `---
import { getCollection, render } from 'astro:content';
import Aside from '../../components/Aside.astro';
import Page from '../../layouts/Page.astro';
export async function getStaticPaths() {
  return (await getCollection('articles')).map((article) => ({ params: { slug: article.id }, props: { article } }));
}
const { article } = Astro.props;
const { Content } = await render(article);
---
<Page title={article.data.title}><h1>{article.data.title}</h1><Content components={{ Aside }} /></Page>
`,
};

/**
 * A plain Astro + Pagefind project in a temporary folder, holding a copy of
 * the given articles folder. `node_modules` is this project's, linked.
 */
export function plainProject(articles: string): { root: string; remove: () => void } {
  const root = mkdtempSync(path.join(tmpdir(), 'plain-astro-bench-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  cpSync(articles, path.join(root, 'content', 'articles'), { recursive: true });
  linkNodeModules(root);
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}
