import type { EditorMetadata } from '../schemas/article.ts';
import { parseEditorMetadata } from './editor-metadata.ts';
import { SourceError } from './source-error.ts';

/**
 * A front matter block at the top of a source: a `---` line, then (after any
 * blank or comment lines) a line that starts with a lower-case YAML key
 * (`title: …`), which tells it from a rule of dashes over a headline such as
 * `Kosovo: what happened`.
 */
const opening = /^---[ \t]*\n(?:[ \t]*(?:#.*)?\n)*[a-z_][a-z0-9_-]*[ \t]*:(?:[ \t\n]|$)/;

/** The `---` line that closes a front matter block. */
const closing = /^---[ \t]*$/m;

/** How errors name a source's front matter. */
const where = 'its front matter (the --- block at its top)';

/**
 * Splits the front matter block off the top of a source text (as returned by
 * `decodeSource`), as some tools save a page: `---`, fields, `---`. Its fields
 * are those of a sidecar file (title, date, url, outlet, authors, dateline,
 * lang, retrieved), read and validated as a sidecar's are (see
 * `parseEditorMetadata`). Returns them with the text after the block; a text
 * without one is returned whole, with no metadata. Throws a
 * {@link SourceError} for a block that is not closed, does not parse as YAML,
 * holds an unknown or bad field, or has no text after it.
 */
export function splitSourceFrontmatter(text: string): { metadata: EditorMetadata; text: string } {
  if (!opening.test(text)) return { metadata: {}, text };
  const afterOpening = text.indexOf('\n') + 1;
  const close = closing.exec(text.slice(afterOpening));
  if (!close) {
    throw new SourceError(`${where} has no closing --- line; close it, or move its fields into a sidecar .yaml file`);
  }
  const metadata = parseEditorMetadata(text.slice(afterOpening, afterOpening + close.index), where);
  const rest = text.slice(afterOpening + close.index + close[0].length).replace(/^\n/, '');
  if (rest.trim() === '') {
    throw new SourceError(`the file holds only ${where.slice('its '.length)}; put the article text after it`);
  }
  return { metadata, text: rest };
}
