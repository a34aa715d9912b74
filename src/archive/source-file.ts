import { lstat, readFile } from 'node:fs/promises';
import path from 'node:path';
import { contentFolders } from '../content-folders.ts';
import { EditorError } from '../editor-error.ts';

/** An article as far as its source copy goes: the file that names it, and its name. */
export interface SourceOf {
  /** The article's file, named in errors. */
  articleFile: string;
  /** The file name of its raw source in the sources folder. */
  source: string;
}

/**
 * The path of an article's raw source copy, checked: refuses, naming the
 * article, a copy that is missing, or that is a symbolic link or anything
 * but a regular file (a link could publish any file of the machine that
 * builds the site).
 */
export async function checkedSourceFile(
  { articleFile, source }: SourceOf,
  folder: string = contentFolders.sources,
): Promise<string> {
  const file = path.join(folder, source);
  const info = await lstat(file).catch(() => undefined);
  if (!info) {
    throw new EditorError(
      `${file}: missing, but ${articleFile} names it as its source; restore it from version control, or ingest the source again`,
    );
  }
  if (info.isSymbolicLink()) {
    throw new EditorError(
      `${file}: is a symbolic link, and the site publishes sources; replace it with a copy of the file itself`,
    );
  }
  if (!info.isFile()) throw new EditorError(`${file}: is not a regular file; put the source text itself there`);
  return file;
}

/** The bytes of an article's raw source, as the site publishes them (checked as {@link checkedSourceFile}). */
export async function readSourceFile(of: SourceOf, folder: string = contentFolders.sources): Promise<Buffer> {
  return readFile(await checkedSourceFile(of, folder));
}
