import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { type EditorMetadata, editorMetadataSchema } from '../schemas/article.ts';
import { describeIssue } from '../schemas/format-issues.ts';
import { SourceError } from './source-error.ts';

/**
 * The sidecar file of a source: `report.yaml` beside `report.txt`, holding
 * what the editor states about it (title, date, url, outlet, authors,
 * dateline, lang, retrieved), e.g. as saved by a browser extension.
 */
export function sidecarPath(sourceFile: string): string {
  return path.join(path.dirname(sourceFile), `${path.basename(sourceFile, '.txt')}.yaml`);
}

/**
 * Reads and validates a source's sidecar file, if it has one. Throws a
 * {@link SourceError} that names the sidecar and each bad field.
 */
export function readSidecar(sourceFile: string): EditorMetadata {
  const file = sidecarPath(sourceFile);
  if (!existsSync(file)) return {};
  return parseEditorMetadata(readFileSync(file, 'utf8'), `its sidecar ${file}`);
}

/**
 * Parses and validates the YAML of what an editor states about a source, as a
 * sidecar file or a source's front matter holds it; `where` names it in the
 * {@link SourceError} thrown for YAML that does not parse or a bad field.
 */
export function parseEditorMetadata(yaml: string, where: string): EditorMetadata {
  let data: unknown;
  try {
    data = parse(yaml) ?? {};
  } catch (error) {
    throw new SourceError(`${where} is not valid YAML (${(error as Error).message.split('\n')[0]}); fix it`);
  }
  return validated(data, where);
}

/** Validates metadata from options or a sidecar; `where` names them in the error. */
export function validated(data: unknown, where: string): EditorMetadata {
  const result = editorMetadataSchema.safeParse(data);
  if (!result.success) {
    throw new SourceError(`${where}: ${result.error.issues.map(describeIssue).join('; ')}`);
  }
  return result.data;
}

/**
 * Provenance for an article, each field from the first that states it: the
 * editor's options, then the sidecar, then what the text itself states.
 * Nothing is filled in that none of them states.
 */
export function mergeMetadata(...sources: EditorMetadata[]): EditorMetadata {
  const merged: Record<string, unknown> = {};
  for (const metadata of sources.toReversed()) {
    for (const [field, value] of Object.entries(metadata)) if (value !== undefined) merged[field] = value;
  }
  return merged as EditorMetadata;
}
