import path from 'node:path';
import { EditorError } from '../editor-error.ts';
import { formatIssues } from '../schemas/format-issues.ts';
import { type GlossaryFrontmatter, glossarySchema } from '../schemas/glossary.ts';
import { foldScriptText } from '../text/fold-script.ts';
import { isSlug } from '../text/slug.ts';
import { endsBeforeItBegins, overlaps, termDays } from '../text/terms.ts';
import { readEntryFile } from './entry-file.ts';
import { listEntryFiles } from './entry-files.ts';

/** One glossary file as read from disk: an entity the archive's articles may mention. */
export interface GlossaryEntry extends GlossaryFrontmatter {
  /** The file name without `.md` (and without folders): the entity's URL slug. */
  id: string;
  /** The entry's file, relative to the working directory. */
  file: string;
  /** The Markdown body: a few sentences on the entity, in the safe subset that may be published as it is. */
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
 * or a folder should be, a file name that is not a valid id, a duplicate id,
 * a file that is not UTF-8 or has no frontmatter, a body with anything but
 * safe Markdown ({@link readEntryFile}), a field the schema rejects (an unknown
 * kind, a common word as an alias, …), an alias (or name) that two entries
 * claim once folded as the matcher folds it, a role that ends before it
 * begins, a role phrase two entries claim for terms that surely share a day,
 * or a descriptor two entries claim (or one claims and another uses as a
 * role phrase).
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
    const read = readEntryFile(file);
    if (!('frontmatter' in read)) {
      problems.push(...read.problems);
      continue;
    }
    const result = glossarySchema.safeParse(read.frontmatter);
    if (!result.success) problems.push(...formatIssues(file, result.error.issues));
    // Frontmatter lines come first, as in the file.
    problems.push(...read.problems);
    if (result.success && read.problems.length === 0) entries.push({ ...result.data, id, file, body: read.body });
  }
  problems.push(...aliasConflicts(entries), ...reversedTerms(entries), ...phraseConflicts(entries));
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
      const key = foldScriptText(form);
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

/** A role whose `to` lies wholly before its `from` is a typing error. */
function reversedTerms(entries: GlossaryEntry[]): string[] {
  return entries.flatMap((entry) =>
    entry.roles.flatMap(({ from, to }, index) =>
      from && to && endsBeforeItBegins(from, to)
        ? [`${entry.file}: roles.${index}.to: ${to} is before from ${from}; correct one of the two dates`]
        : [],
    ),
  );
}

/** One entry's claim on a role phrase or descriptor, with the field that makes it. */
interface PhraseClaim {
  entry: GlossaryEntry;
  field: string;
  phrase: string;
  from?: string;
  to?: string;
}

/**
 * A role phrase or descriptor that two entries claim at the same time would
 * make the annotator guess: role terms may share no day for sure (they may
 * meet, `to` of one being `from` of the next), and a descriptor holds for all
 * time. Both files are named on one line.
 */
function phraseConflicts(entries: GlossaryEntry[]): string[] {
  const claims: PhraseClaim[] = [];
  for (const entry of entries) {
    for (const [index, role] of entry.roles.entries()) {
      for (const [at, phrase] of role.phrases.entries()) {
        claims.push({ entry, field: `roles.${index}.phrases.${at}`, phrase, ...term(role) });
      }
    }
    for (const [index, phrase] of entry.descriptors.entries()) {
      claims.push({ entry, field: `descriptors.${index}`, phrase });
    }
  }
  const problems: string[] = [];
  for (const group of Map.groupBy(claims, (claim) => foldScriptText(claim.phrase)).values()) {
    for (const [index, later] of group.entries()) {
      const earlier = group
        .slice(0, index)
        .find((other) => other.entry !== later.entry && overlaps(days(other), days(later)));
      if (earlier) {
        problems.push(
          `${later.entry.file}: ${later.field}: "${later.phrase}" (${during(later)}) is also ${earlier.field} ` +
            `"${earlier.phrase}" of ${earlier.entry.file} (${during(earlier)}); a phrase may mean one entry at a time: ` +
            'correct the dates or remove it from one of the two files',
        );
      }
    }
  }
  return problems;
}

function term({ from, to }: { from?: string; to?: string }): { from?: string; to?: string } {
  return { ...(from && { from }), ...(to && { to }) };
}

function days({ from, to }: PhraseClaim) {
  return termDays(from, to).surely;
}

/** A claim's term for readers: `2017-05-31 to now`, `until 2024`, `always` for a descriptor or a role without dates. */
function during({ from, to }: PhraseClaim): string {
  if (from) return `${from} to ${to ?? 'now'}`;
  return to ? `until ${to}` : 'always';
}
