import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { articleSchema } from '../src/schemas/article.ts';
import { glossarySchema } from '../src/schemas/glossary.ts';
import { splitWords } from '../src/text/words.ts';

/**
 * The e2e tests' oracle: what the site must show, read from the archive's
 * files. Frontmatter is read with the site's own schema; the text comes from
 * the raw source, not from the ingest parser the tests check.
 */

/** What the e2e tests expect of one article, read from the archive's files. */
export interface ExpectedArticle {
  slug: string;
  title: string;
  /** `YYYY-MM-DD`, however the frontmatter writes it (quoted or not); absent when undated. */
  date?: string;
  source: string;
  /** Every word of the source's text, in order (the date marker left out). */
  words: string[];
}

/** A leading ` date YYYY-MM-DD ` marker: the source's date, not part of its text. */
const dateMarker = /^\s*date\s+\d{4}-\d{2}-\d{2}(?=\s)/;

/** The words of a raw source file's text, in order: byte order mark and leading date marker left out. */
export function sourceWords(raw: string): string[] {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  return splitWords(text.replace(dateMarker, ''));
}

/**
 * The archive's articles, with the words of their sources, read from
 * `<folder>/articles/*.mdx` and `<folder>/sources/`.
 */
export function expectedArticles(folder = 'content'): ExpectedArticle[] {
  const articles = path.join(folder, 'articles');
  return readdirSync(articles)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const file = path.join(articles, name);
      const parsed = articleSchema.safeParse(parseFrontmatter(readFileSync(file, 'utf8')).frontmatter);
      if (!parsed.success) throw new Error(`${file}: invalid frontmatter: ${parsed.error.message}`);
      const { title, date, source } = parsed.data;
      return {
        slug: name.slice(0, -'.mdx'.length),
        title,
        date,
        source,
        words: sourceWords(readFileSync(path.join(folder, 'sources', source), 'utf8')),
      };
    });
}

/** What the e2e tests know of one glossary entry. */
export interface ExpectedEntity {
  slug: string;
  name: string;
  aliases: string[];
}

/** The glossary's entries: the `.md` files in `<folder>/glossary/` and its subfolders (which ids ignore). */
export function expectedEntities(folder = 'content'): ExpectedEntity[] {
  const glossary = path.join(folder, 'glossary');
  return readdirSync(glossary, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => {
      const file = path.join(glossary, name);
      const parsed = glossarySchema.safeParse(parseFrontmatter(readFileSync(file, 'utf8')).frontmatter);
      if (!parsed.success) throw new Error(`${file}: invalid frontmatter: ${parsed.error.message}`);
      return { slug: path.basename(name, '.md'), name: parsed.data.name, aliases: parsed.data.aliases };
    });
}
