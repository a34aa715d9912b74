import { z } from 'astro/zod';
import { isSlug } from '../text/slug.ts';
import { closedObject } from './closed-object.ts';
import { calendarDate, partialDate } from './dates.ts';
import { languageTag } from './language-tag.ts';

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

/**
 * Where, when and by whom a source was published, as far as anything states
 * it: the article's provenance fields, which an editor may also give when
 * ingesting (options or a sidecar file) or change later (`--update`).
 */
export const provenanceFields = {
  /**
   * When the source was published, as precisely as it states it (day, month or
   * year); absent when nothing states it. Never invented.
   */
  date: partialDate.optional(),
  /** Where the source was published: its original web address. */
  url: z
    .url({ protocol: /^https?$/, error: 'Expected the web address the source was published at (http or https)' })
    .optional(),
  /** Who published it: the outlet or agency, e.g. "Reuters". */
  outlet: z.string().trim().min(1, 'Expected the name of the outlet').optional(),
  /** Who wrote it, as the byline names them. */
  authors: z.array(z.string().trim().min(1, 'Expected a name')).optional(),
  /** The place its dateline names, e.g. "Washington" for `WASHINGTON, Sept 29 (Reuters) –`. */
  dateline: z.string().trim().min(1, 'Expected a place').optional(),
  /** The language of its text, as a BCP 47 tag (`en`, `sr`, `de`). */
  lang: languageTag.optional(),
  /** The day the archive retrieved it from `url`. */
  retrieved: calendarDate.optional(),
};

/** The title, a non-empty line. */
const title = z.string().trim().min(1, 'Expected a non-empty title');

/** Frontmatter of an article in `content/articles/`: one schema for the ingest and the site. */
export const articleSchema = closedObject({
  /** The headline, or a title derived from the text (or given by the editor) when the source has none. */
  title,
  /** Whether `title` is the source's own headline (and so part of its text). */
  headline: z.boolean(),
  /** File name of the raw source in `content/sources/`. */
  source: sourceFileName,
  /** Number of words in the article text (headline, subheadings and paragraphs). */
  words: z.int().nonnegative(),
  ...provenanceFields,
  /** Slugs the article had before it was renamed: their old addresses lead to it. */
  formerSlugs: z
    .array(z.string().refine(isSlug, 'Expected a slug: lower-case letters and digits joined by hyphens'))
    .optional(),
});

/** What an editor may state about a source when ingesting it or later: a title, and its provenance. */
export const editorMetadataSchema = closedObject({ title: title.optional(), ...provenanceFields });

/** Metadata an editor states about a source. */
export type EditorMetadata = z.output<typeof editorMetadataSchema>;

/** Validated article frontmatter. */
export type ArticleFrontmatter = z.output<typeof articleSchema>;
