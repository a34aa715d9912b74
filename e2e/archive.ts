import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { decodeSource } from '../src/ingest/decode-source.ts';
import { parseSource } from '../src/ingest/parse-source.ts';

/** What the e2e tests expect of one article, read from the archive's files. */
export interface ExpectedArticle {
  slug: string;
  title: string;
  date?: string;
  source: string;
  /** Every word of the source's text, in order (the date marker left out). */
  words: string[];
}

/** Splits text into words, as a reader would compare them. */
export function words(text: string): string[] {
  return text.split(/\s+/).filter((word) => word !== '');
}

/** The archive's articles, with the words of their sources. */
export function expectedArticles(): ExpectedArticle[] {
  const folder = path.join('content', 'articles');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const { frontmatter } = parseFrontmatter(readFileSync(path.join(folder, name), 'utf8'));
      const source = String(frontmatter.source);
      const parsed = parseSource(decodeSource(readFileSync(path.join('content', 'sources', source))));
      const text = [parsed.headline ?? '', ...parsed.blocks.map((block) => block.text)].join('\n');
      const date = frontmatter.date instanceof Date ? frontmatter.date.toISOString().slice(0, 10) : undefined;
      return {
        slug: name.slice(0, -'.mdx'.length),
        title: String(frontmatter.title),
        date,
        source,
        words: words(text),
      };
    });
}
