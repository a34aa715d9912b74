// @ts-check
import path from 'node:path';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { compiledGlossary } from './src/annotate/compiled-glossary.ts';
import remarkCrossReference from './src/annotate/remark-cross-reference.ts';
import { contentFolders } from './src/content-folders.ts';
import glossaryReport from './src/integrations/glossary-report.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import sourceFiles from './src/integrations/source-files.ts';
import { articleFeatures } from './src/remark/parse-article.ts';
import { satteriEntries } from './src/remark/satteri-entries.ts';
import pagefind from './src/search/pagefind-integration.ts';
import { base, routes } from './src/urls/routes.ts';

const glossaryFolder = path.resolve(contentFolders.glossary) + path.sep;
/** The id of the glossary entry a file holds (its name without `.md`), or undefined for any other file. */
const entryOf = (/** @type {import("vfile").VFile} */ file) =>
  file.path?.startsWith(glossaryFolder) ? path.basename(file.path, '.md') : undefined;
export default defineConfig({
  // The path the site is served under: `/` unless BASE_PATH says otherwise (e.g. `/archive/`).
  base,
  trailingSlash: 'always',
  // Astro 7's own Markdown processor, Sätteri, compiles natively and runs no remark plugins: it
  // renders the glossary entries' bodies, and the cross-referencing transformer runs inside it
  // through one mdast plugin (src/remark/satteri-entries.ts). Articles are rendered by their
  // content loader (src/articles/article-loader.ts). An archive shows its sources as written: no
  // typographic rewriting of quotes and dashes, no GFM syntax such as tables or strikethrough.
  markdown: {
    processor: satteri({
      features: articleFeatures,
      mdastPlugins: [
        // Entries link the other entries they name (cross-references, not counted as mentions).
        satteriEntries({
          isEntry: (file) => entryOf(file) !== undefined,
          transformers: [
            remarkCrossReference({ glossary: () => compiledGlossary(), entityUrl: routes.entity, entryOf }),
          ],
        }),
      ],
    }),
    // Article bodies hold no code (src/schemas/article-body.ts), and Shiki's inline styles break the CSP.
    syntaxHighlight: false,
  },
  integrations: [
    // Pages written in MDX under src/pages/. Articles are MDX files too, but are rendered to HTML
    // once, by their content loader (src/articles/article-loader.ts): compiled into a module each,
    // they were most of the build's time at 5,000 articles.
    mdx(),
    sourceFiles(),
    pagefind(),
    securityHeaders(),
    glossaryReport(),
  ],
  // A strict Content-Security-Policy in every page's <meta>: scripts and styles only from this
  // site (Astro adds the hash of any inline one), WebAssembly for Pagefind, nothing else.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "worker-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  build: {
    inlineStylesheets: 'never',
    // Two pages in flight: one renders while the other's file is written. At 10,000 articles, page
    // generation took 59–64 s against 63–71 s one page at a time (two rounds each, alternating).
    concurrency: 2,
  },
  // Scripts ship as files, never inlined, so a Content-Security-Policy can allow them by origin.
  vite: {
    build: {
      assetsInlineLimit: 0,
    },
  },
});
