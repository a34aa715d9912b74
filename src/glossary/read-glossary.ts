import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { z } from 'astro/zod';
import { foldText } from '../annotate/fold.ts';
import { type GlossaryFrontmatter, glossarySchema } from '../schemas/glossary.ts';

/** One glossary entry: an entity the archive's articles may mention. */
export interface Entity extends GlossaryFrontmatter {
  /** The file name without `.md` (and without folders): the entity's URL slug. */
  id: string;
  /** The entry's file, relative to the working directory. */
  file: string;
  /** The Markdown body: a few sentences on the entity. */
  body: string;
}

/** A glossary entry an editor must fix; the message names the file and the field. */
export class GlossaryError extends Error {
  override name = 'GlossaryError';
}

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Reads and validates every `*.md` entry of a glossary folder, subfolders
 * included (editors may sort entries into folders; ids ignore them). Throws one
 * {@link GlossaryError} listing every problem: a file name that is not a valid
 * id, a duplicate id, a field the schema rejects (an unknown kind, an empty
 * alias, …), or an alias (or name) that two entries claim once folded as the
 * matcher folds it.
 */
export function readGlossary(folder: string): Entity[] {
  const problems: string[] = [];
  const entities: Entity[] = [];
  const idOwners = new Map<string, string>();

  const names = readdirSync(folder, { recursive: true, encoding: 'utf8' });
  for (const name of names.filter((file) => file.endsWith('.md')).sort()) {
    const file = path.join(folder, name);
    const id = path.basename(name, '.md');
    if (!idPattern.test(id)) {
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

    let parsed: { frontmatter: Record<string, unknown>; content: string };
    try {
      parsed = parseFrontmatter(readFileSync(file, 'utf8'));
    } catch (error) {
      problems.push(`${file}: the frontmatter is not valid YAML (${(error as Error).message.split('\n')[0]})`);
      continue;
    }
    const result = glossarySchema.safeParse(parsed.frontmatter);
    if (!result.success) {
      problems.push(...formatIssues(file, result.error.issues));
      continue;
    }
    entities.push({ ...result.data, id, file, body: parsed.content.trim() });
  }

  problems.push(...aliasConflicts(entities));
  if (problems.length > 0) {
    throw new GlossaryError(`The glossary has ${problems.length} problem(s):\n${problems.join('\n')}`);
  }
  return entities;
}

/** Every form of an entity's name the matcher looks for: its name and its aliases. */
export function surfaceForms(entity: GlossaryFrontmatter): string[] {
  return [entity.name, ...entity.aliases];
}

/** One line per schema issue: `<file>: <field>: <message>`. */
function formatIssues(file: string, issues: z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => {
    const field = issue.path.length > 0 ? issue.path.join('.') : 'frontmatter';
    const message =
      issue.code === 'unrecognized_keys'
        ? `unknown field(s) ${issue.keys.join(', ')}; the fields are ${Object.keys(glossarySchema.shape).join(', ')}`
        : issue.message;
    return `${file}: ${field}: ${message}`;
  });
}

/** An alias claimed by two entries would make mentions ambiguous. */
function aliasConflicts(entities: Entity[]): string[] {
  const claims = new Map<string, Entity>();
  const problems: string[] = [];
  for (const entity of entities) {
    for (const [index, alias] of surfaceForms(entity).entries()) {
      const key = foldText(alias);
      const other = claims.get(key);
      if (other && other !== entity) {
        const field = index === 0 ? 'name' : `aliases.${index - 1}`;
        problems.push(
          `${entity.file}: ${field}: "${alias}" is already claimed by ${other.file}; an alias may belong to one entry only`,
        );
      }
      if (!other) claims.set(key, entity);
    }
  }
  return problems;
}
