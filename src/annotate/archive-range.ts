import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { frontmatterDate } from '../schemas/dates.ts';
import { isPartialDate } from '../text/calendar-date.ts';
import { splitFrontmatter } from '../text/frontmatter-split.ts';

/** A period as partial dates, both included; either end open. */
export interface DateRange {
  from?: string;
  to?: string;
}

/**
 * The period that articles' frontmatter `date` values cover, earliest and
 * latest (YAML may give a date as a Date or a number); values that are no
 * date are left out. Empty when none is a date.
 */
export function dateRangeOf(frontmatterDates: unknown[]): DateRange {
  const dates: string[] = [];
  for (const date of frontmatterDates) {
    const value = frontmatterDate(date);
    if (value && isPartialDate(value)) dates.push(value);
  }
  dates.sort();
  return dates.length === 0 ? {} : { from: dates[0], to: dates.at(-1) };
}

/**
 * The period the archive's dated articles cover, earliest and latest date:
 * the period an undated article is taken to come from when a role phrase in
 * it is resolved. Empty when no article is dated, or there is no folder of
 * articles yet. Reads only each file's frontmatter block.
 */
export function archiveDateRange(articlesFolder: string): DateRange {
  if (!existsSync(articlesFolder)) return {};
  const dates: unknown[] = [];
  for (const name of readdirSync(articlesFolder, { recursive: true, encoding: 'utf8' })) {
    if (!name.endsWith('.mdx')) continue;
    const block = splitFrontmatter(readFileSync(path.join(articlesFolder, name), 'utf8'))?.block;
    dates.push(block ? parseFrontmatter(block).frontmatter.date : undefined);
  }
  return dateRangeOf(dates);
}
