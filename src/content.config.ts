import { defineCollection } from 'astro:content';
import { forgetCompiledGlossaries } from './annotate/compiled-glossary.ts';
import { articleLoader } from './articles/article-loader.ts';
import { glossaryLoader } from './glossary/glossary-loader.ts';
import { articleSchema } from './schemas/article.ts';
import { glossarySchema } from './schemas/glossary.ts';

/** One article per ingested source, written by `npm run ingest`. */
const articles = defineCollection({
  loader: articleLoader(),
  schema: articleSchema,
});

/** One entry per person, body, state or place the articles name, written by editors. */
const glossary = defineCollection({
  // An entry's body links the entries it names (astro.config.mjs): in `astro dev`, a changed entry
  // makes the compiled glossary stale.
  loader: glossaryLoader({ beforeSync: forgetCompiledGlossaries }),
  schema: glossarySchema,
});

export const collections = { articles, glossary };
