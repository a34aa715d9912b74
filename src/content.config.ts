import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentFolders } from './content-folders.ts';
import { glossaryLoader } from './glossary/glossary-loader.ts';
import { articleSchema } from './schemas/article.ts';
import { glossarySchema } from './schemas/glossary.ts';

/** One article per ingested source, written by `npm run ingest`. */
const articles = defineCollection({
  loader: glob({ base: contentFolders.articles, pattern: '**/[^_]*.mdx' }),
  schema: articleSchema,
});

/** One entry per person, body, state or place the articles name, written by editors. */
const glossary = defineCollection({
  loader: glossaryLoader(),
  schema: glossarySchema,
});

export const collections = { articles, glossary };
