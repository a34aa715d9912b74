import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { isPartialDate } from '../text/calendar-date.ts';
import { splitFrontmatter } from '../text/frontmatter-split.ts';

/**
 * The period the archive's dated articles cover, earliest and latest date:
 * the period an undated article is taken to come from when a role phrase in
 * it is resolved. Empty when no article is dated, or there is no folder of
 * articles yet. Reads only each file's frontmatter block.
 */
export function archiveDateRange(articlesFolder: string): { from?: string; to?: string } {
  const dates: string[] = [];
  if (!existsSync(articlesFolder)) return {};
  for (const name of readdirSync(articlesFolder, { recursive: true, encoding: 'utf8' })) {
    if (!name.endsWith('.mdx')) continue;
    const block = splitFrontmatter(readFileSync(path.join(articlesFolder, name), 'utf8'))?.block;
    const date: unknown = block ? parseFrontmatter(block).frontmatter.date : undefined;
    const value =
      date instanceof Date ? date.toISOString().slice(0, 10) : typeof date === 'number' ? String(date) : date;
    if (typeof value === 'string' && isPartialDate(value)) dates.push(value);
  }
  dates.sort();
  return dates.length === 0 ? {} : { from: dates[0], to: dates.at(-1) };
}
