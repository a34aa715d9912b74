import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schemas/article.ts';

/** One article per ingested source, written by `npm run ingest`. */
const articles = defineCollection({
  loader: glob({ base: './content/articles', pattern: '**/[^_]*.mdx' }),
  schema: articleSchema,
});

export const collections = { articles };
