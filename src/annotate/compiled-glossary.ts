import { contentFolders } from '../content-folders.ts';
import { type GlossaryEntry, readGlossary, surfaceForms } from '../glossary/read-glossary.ts';
import { type DateRange, archiveDateRange } from './archive-range.ts';
import { type Matcher, compileMatcher } from './matcher.ts';
import { type RolePhraseFinder, compileRolePhrases } from './role-phrases.ts';

/** The glossary as the annotator uses it. */
export interface CompiledGlossary {
  /** Every entry by id. */
  entries: Map<string, GlossaryEntry>;
  /** Finds every mention of every entity in a text, by the entities' names and aliases. */
  match: Matcher;
  /** Finds role phrases and descriptors, linked to who held the role on an article's date. */
  roles: RolePhraseFinder;
}

const compiled = new Map<string, CompiledGlossary>();

/**
 * The glossary of a folder with its compiled matcher: read, validated and
 * compiled once per build, however many articles use it. In `astro dev` the
 * glossary-reload integration forgets it when an entry changes. `undated` is
 * the period the archive's dated articles cover, which an undated article is
 * taken to come from; read from `content/articles/` when not given.
 */
export function compiledGlossary(folder: string = contentFolders.glossary, undated?: DateRange): CompiledGlossary {
  let glossary = compiled.get(folder);
  if (!glossary) {
    const entries = readGlossary(folder);
    const match = compileMatcher(
      entries.flatMap((entry) => surfaceForms(entry).map((alias) => ({ entity: entry.id, alias }))),
    );
    const roles = compileRolePhrases(entries, { undated: undated ?? archiveDateRange(contentFolders.articles) });
    glossary = { entries: new Map(entries.map((entry) => [entry.id, entry])), match, roles };
    compiled.set(folder, glossary);
  }
  return glossary;
}

/** Drops every compiled glossary, so that the next article reads the entries again. */
export function forgetCompiledGlossaries(): void {
  compiled.clear();
}
