import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { type Matcher, compileMatcher } from '../annotate/matcher.ts';
import { type Entity, readGlossary, surfaceForms } from './read-glossary.ts';

/** The glossary as the annotator uses it. */
export interface Glossary {
  /** Every entity by id. */
  entities: Map<string, Entity>;
  /** Finds every mention of every entity in a text. */
  match: Matcher;
}

/** The glossary folder of this repository. */
export const glossaryFolder = path.join('content', 'glossary');

let cached: { signature: string; glossary: Glossary } | undefined;

/**
 * The glossary of a folder with its compiled matcher: read, validated and
 * compiled once, and again only when an entry file changes (during `astro dev`).
 */
export function loadGlossary(folder = glossaryFolder): Glossary {
  const signature = folderSignature(folder);
  if (cached?.signature !== signature) {
    const entities = readGlossary(folder);
    const match = compileMatcher(
      entities.flatMap((entity) => surfaceForms(entity).map((alias) => ({ entity: entity.id, alias }))),
    );
    cached = { signature, glossary: { entities: new Map(entities.map((entity) => [entity.id, entity])), match } };
  }
  return cached.glossary;
}

/** Names, sizes and modification times of the entry files: cheap to read, and changes with any edit. */
function folderSignature(folder: string): string {
  const names = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.md'));
  return names
    .sort()
    .map((name) => {
      const { size, mtimeMs } = statSync(path.join(folder, name));
      return `${folder}/${name}:${size}:${mtimeMs}`;
    })
    .join('\n');
}
