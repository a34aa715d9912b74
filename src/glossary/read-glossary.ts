import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { EditorError } from '../editor-error.ts';
import { formatIssues } from '../schemas/format-issues.ts';
import { entityKinds, type GlossaryFrontmatter, glossarySchema } from '../schemas/glossary.ts';
import { foldText } from '../text/fold.ts';
import { isSlug } from '../text/slug.ts';
import { decodeEntry } from './decode-entry.ts';
import { listEntryFiles } from './entry-files.ts';

/** How an entry begins, for a file that has no frontmatter. */
const howToStart =
  `start it with a "---" line, the fields name, kind (${entityKinds.slice(0, -1).join(', ')} or ${entityKinds.at(-1)}), ` +
  'role and summary, one "field: value" a line, and a "---" line (see any other entry)';

/** One glossary file as read from disk: an entity the archive's articles may mention. */
export interface GlossaryEntry extends GlossaryFrontmatter {
  /** The file name without `.md` (and without folders): the entity's URL slug. */
  id: string;
  /** The entry's file, relative to the working directory. */
  file: string;
  /** The Markdown body: a few sentences on the entity. */
  body: string;
}

/** A glossary entry an editor must fix; the message names the file and the field. */
export class GlossaryError extends EditorError {
  override name = 'GlossaryError';
}

/**
 * Reads and validates every `*.md` entry of a glossary folder, subfolders
 * included (editors may sort entries into folders; ids ignore them). Throws one
 * {@link GlossaryError} listing every problem: a symbolic link where an entry
 * or a folder should be, a file that is not UTF-8, a file without frontmatter,
 * a file name that is not a valid id, a duplicate id, a field the schema
 * rejects (an unknown kind, an empty alias, …), or an alias (or name) that two
 * entries claim once folded as the matcher folds it.
 */
export function readGlossary(folder: string): GlossaryEntry[] {
  const { names, problems } = listEntryFiles(folder);
  const entries: GlossaryEntry[] = [];
  const idOwners = new Map<string, string>();
  for (const name of names) {
    const file = path.join(folder, name);
    const id = path.basename(name, '.md');
    if (!isSlug(id)) {
      problems.push(
        `${file}: the file name is not a valid id; use lower-case letters, digits and hyphens (e.g. aleksandar-vucic.md)`,
      );
      continue;
    }
    const owner = idOwners.get(id);
    if (owner) {
      problems.push(`${file}: duplicate id "${id}", also used by ${owner}; rename one of the files`);
      continue;
    }
    idOwners.set(id, file);
    const decoded = decodeEntry(readFileSync(file));
    if ('invalidLine' in decoded) {
      problems.push(
        `${file}:${decoded.invalidLine}: the file is not valid UTF-8 (perhaps Latin-1 or Windows-1252); save it as UTF-8`,
      );
      continue;
    }
    let parsed: { frontmatter: Record<string, unknown>; content: string };
    try {
      parsed = parseFrontmatter(decoded.text);
    } catch (error) {
      problems.push(`${file}: the frontmatter is not valid YAML (${(error as Error).message.split('\n')[0]})`);
      continue;
    }
    // Without this, each missing field would be a line of its own ("expected string, received undefined").
    if (Object.keys(parsed.frontmatter).length === 0) {
      problems.push(`${file}: the file is empty (or has no frontmatter); ${howToStart}`);
      continue;
    }
    const result = glossarySchema.safeParse(parsed.frontmatter);
    if (!result.success) {
      problems.push(...formatIssues(file, result.error.issues));
      continue;
    }
    entries.push({ ...result.data, id, file, body: parsed.content.trim() });
  }
  problems.push(...aliasConflicts(entries));
  if (problems.length > 0) {
    throw new GlossaryError(`The glossary has ${problems.length} problem(s):\n${problems.join('\n')}`);
  }
  return entries;
}

/** Every form of an entity's name the matcher looks for: its name and its aliases. */
export function surfaceForms(entity: GlossaryFrontmatter): string[] {
  return [entity.name, ...entity.aliases];
}

/** The field that holds the `index`th surface form: `name`, or `aliases.<n>`. */
function surfaceField(index: number): string {
  return index === 0 ? 'name' : `aliases.${index - 1}`;
}

/** An alias claimed by two entries would make mentions ambiguous: both files are named. */
function aliasConflicts(entries: GlossaryEntry[]): string[] {
  const claims = new Map<string, { entry: GlossaryEntry; form: string; field: string }>();
  const problems: string[] = [];
  for (const entry of entries) {
    for (const [index, form] of surfaceForms(entry).entries()) {
      const key = foldText(form);
      const claim = claims.get(key);
      if (!claim) claims.set(key, { entry, form, field: surfaceField(index) });
      else if (claim.entry !== entry) {
        problems.push(
          `${entry.file}: ${surfaceField(index)}: "${form}" is also ${claim.field} "${claim.form}" of ${claim.entry.file}; ` +
            'a name or alias may belong to one entry only: remove it from one of the two files',
        );
      }
    }
  }
  return problems;
}
