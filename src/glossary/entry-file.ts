import { readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { entityKinds } from '../schemas/glossary.ts';
import { decodeUtf8 } from '../text/utf8.ts';
import { lineAt } from '../text/line-at.ts';
import { unsafeBodyParts } from './safe-body.ts';

/** A glossary file split into its frontmatter (not yet validated) and its body. */
export interface EntryFile {
  /** The fields as YAML gave them. */
  frontmatter: Record<string, unknown>;
  /** The Markdown body, trimmed: exactly what the site renders. */
  body: string;
  /** What the body may not hold, one `<file>:<line>: …` line each; the body is published only when there is none. */
  problems: string[];
}

/** How an entry begins, for a file that has no frontmatter. */
const howToStart =
  `start it with a "---" line, the fields name, kind (${entityKinds.slice(0, -1).join(', ')} or ${entityKinds.at(-1)}), ` +
  'role and summary, one "field: value" a line, and a "---" line (see any other entry)';

/**
 * Reads one glossary file: its bytes decoded as UTF-8, its frontmatter parsed,
 * its body checked against the safe subset ({@link unsafeBodyParts}). Returns
 * the parts with the body's problems, or only the problem that kept the file
 * from being split. Problems are `<file>[:<line>]: …` lines, lines counted in
 * the whole file so that an editor can jump there.
 */
export function readEntryFile(file: string): EntryFile | { problems: string[] } {
  const decoded = decodeUtf8(readFileSync(file));
  if ('invalidLine' in decoded) {
    const problem = `${file}:${decoded.invalidLine}: the file is not valid UTF-8 (perhaps Latin-1 or Windows-1252); save it as UTF-8`;
    return { problems: [problem] };
  }
  const text = decoded.text;
  let parsed: { frontmatter: Record<string, unknown>; content: string };
  try {
    parsed = parseFrontmatter(text);
  } catch (error) {
    return { problems: [`${file}: the frontmatter is not valid YAML (${(error as Error).message.split('\n')[0]})`] };
  }
  // Without this, each missing field would be a line of its own ("expected string, received undefined").
  if (Object.keys(parsed.frontmatter).length === 0) {
    return { problems: [`${file}: the file is empty (or has no frontmatter); ${howToStart}`] };
  }
  const body = parsed.content.trim();
  // The body ends the file, so its first line is where the untrimmed rest of the file begins.
  const firstLine = lineAt(text, text.length - parsed.content.trimStart().length);
  const problems = unsafeBodyParts(body).map(({ line, message }) => `${file}:${firstLine + line - 1}: ${message}`);
  return { frontmatter: parsed.frontmatter, body, problems };
}
