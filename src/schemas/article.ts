import { z } from 'astro/zod';
import { isCalendarDate } from '../text/calendar-date.ts';
import { closedObject } from './closed-object.ts';

/**
 * A calendar date. YAML parsers disagree on unquoted `2023-11-06` (a string for
 * `yaml`, a Date for the `js-yaml` that Astro uses), so both are accepted and
 * normalised to the `YYYY-MM-DD` string.
 */
const calendarDate = z
  .union([z.string(), z.date()])
  .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value))
  .refine(isCalendarDate, { message: 'Expected a real date written as YYYY-MM-DD' });

/**
 * The file name of a raw source: a `.txt` name of at most 150 characters that
 * is safe in a URL path and on every file system (no folders, `#`, `?`, `%`,
 * control characters, and no leading dot), and that shows as it is: no
 * bidirectional controls, such as the right-to-left override U+202E, which
 * reorder the characters after them and so disguise the name.
 */
export const sourceFileName = z
  .string()
  .max(150, 'Expected a file name of at most 150 characters')
  .regex(
    /^(?!\.)[^/\\#?%\p{Cc}]+\.txt$/u,
    'Expected a .txt file name without folders, "#", "?", "%", control characters or a leading dot',
  )
  .regex(
    /^[^\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]*$/u,
    'Expected a file name without bidirectional control characters (such as U+202E), which can disguise it',
  );

/** Frontmatter of an article in `content/articles/`: one schema for the ingest and the site. */
export const articleSchema = closedObject({
  /** The headline, or a title derived from the text when the source has none. */
  title: z.string().trim().min(1, 'Expected a non-empty title'),
  /** Whether `title` is the source's own headline (and so part of its text). */
  headline: z.boolean(),
  /** The date the source gives; absent when it gives none (never invented). */
  date: calendarDate.optional(),
  /** File name of the raw source in `content/sources/`. */
  source: sourceFileName,
  /** Number of words in the article text (headline, subheadings and paragraphs). */
  words: z.int().nonnegative(),
});

/** Validated article frontmatter. */
export type ArticleFrontmatter = z.output<typeof articleSchema>;
