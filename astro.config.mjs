// @ts-check
import path from 'node:path';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { compiledGlossary } from './src/annotate/compiled-glossary.ts';
import remarkAnnotate from './src/annotate/remark-annotate.ts';
import remarkCrossReference from './src/annotate/remark-cross-reference.ts';
import { contentFolders } from './src/content-folders.ts';
import glossaryReload from './src/integrations/glossary-reload.ts';
import glossaryReport from './src/integrations/glossary-report.ts';
import passagesFirst from './src/integrations/passages-first.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import sourceFiles from './src/integrations/source-files.ts';
import remarkExcerpt from './src/remark/remark-excerpt.ts';
import { archivePassages } from './src/passages/archive-passages.ts';
import remarkSharedPassages from './src/passages/remark-shared-passages.ts';
import remarkQuotes from './src/quotes/remark-quotes.ts';
import remarkSafeArticle from './src/remark/remark-safe-article.ts';
import remarkSplitRewrittenPhrase from './src/remark/remark-split-rewritten-phrase.ts';
import { articleFeatures, satteriArticles } from './src/remark/satteri-articles.ts';
import pagefind from './src/search/pagefind-integration.ts';
import { base, routes } from './src/urls/routes.ts';

const articlesFolder = path.resolve(contentFolders.articles) + path.sep;
const glossaryFolder = path.resolve(contentFolders.glossary) + path.sep;
/** Articles are annotated and checked; glossary bodies, Markdown too, are checked by the glossary reader. */
const isArticle = (/** @type {import("vfile").VFile} */ file) => Boolean(file.path?.startsWith(articlesFolder));
/** The id of the glossary entry a file holds (its name without `.md`), or undefined for any other file. */
const entryOf = (/** @type {import("vfile").VFile} */ file) =>
  file.path?.startsWith(glossaryFolder) ? path.basename(file.path, '.md') : undefined;
/**
 * Quotations and shared passages are found unless `PASSAGES_AND_QUOTES=off`: the build benchmark
 * builds without them too, to measure what they cost (`npm run bench:build -- N rounds passages`).
 */
const passagesAndQuotes = process.env.PASSAGES_AND_QUOTES !== 'off';

export default defineConfig({
  // The path the site is served under: `/` unless BASE_PATH says otherwise (e.g. `/archive/`).
  base,
  trailingSlash: 'always',
  // Astro 7's own Markdown processor, Sätteri, compiles natively and runs no remark plugins: the
  // project's remark transformers run inside it on each article, through one mdast plugin (see
  // src/remark/satteri-articles.ts). An archive shows its sources as written: no typographic
  // rewriting of quotes and dashes, no GFM syntax such as tables or strikethrough.
  markdown: {
    processor: satteri({
      features: articleFeatures,
      mdastPlugins: [
        satteriArticles({
          isArticle,
          transformers: [
            remarkSafeArticle({ isArticle }),
            remarkAnnotate({ glossary: () => compiledGlossary(), entityUrl: routes.entity, isArticle }),
            ...(passagesAndQuotes ? [remarkQuotes({ isArticle })] : []),
            remarkExcerpt(),
            // After the excerpt, which must not hold its markers.
            ...(passagesAndQuotes ? [remarkSharedPassages({ passages: () => archivePassages(), isArticle })] : []),
            remarkSplitRewrittenPhrase(),
          ],
          // Entries link the other entries they name (cross-references, not counted as mentions).
          entries: {
            isEntry: (file) => entryOf(file) !== undefined,
            transformers: [
              remarkCrossReference({ glossary: () => compiledGlossary(), entityUrl: routes.entity, entryOf }),
            ],
          },
        }),
      ],
    }),
    // Article bodies hold no code (src/schemas/article-body.ts), and Shiki's inline styles break the CSP.
    syntaxHighlight: false,
  },
  integrations: [
    // Static parts of an article (all but <Aside>) compile to one HTML string each: half the code
    // to bundle and far less to render than an element call per mention link.
    mdx({ optimize: true }),
    ...(passagesAndQuotes ? [passagesFirst()] : []),
    sourceFiles(),
    pagefind(),
    securityHeaders(),
    glossaryReload(),
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
      rolldownOptions: {
        // Astro's own MDX modules open with "use astro:head-inject", and the bundler warns for each
        // article that it drops it (one warning per article and bundle: 60,000 lines at 5,000
        // articles). Nothing can be done about it here; every other warning still shows.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('use astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
});
