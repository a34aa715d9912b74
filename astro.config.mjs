// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import pagefind from './src/integrations/pagefind.ts';
import remarkExcerpt from './src/remark/remark-excerpt.ts';

export default defineConfig({
  // Astro 7's default Markdown processor runs no remark plugins, for .md and
  // .mdx alike: the unified processor does, and MDX compiles through it.
  markdown: {
    processor: unified({
      remarkPlugins: [remarkExcerpt],
      // An archive shows its sources as written: no typographic rewriting
      // of quotes and dashes, no GFM syntax such as tables or strikethrough.
      smartypants: false,
      gfm: false,
    }),
  },
  integrations: [mdx(), pagefind()],
  trailingSlash: 'always',
});
