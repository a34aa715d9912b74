import { lstat, readFile } from 'node:fs/promises';
import path from 'node:path';
import { contentFolders } from '../content-folders.ts';
import { EditorError } from '../editor-error.ts';
import type { Article } from './articles.ts';

/**
 * The bytes of an article's raw source, as the site publishes them. Refuses,
 * naming the article, a source copy that is missing, or that is a symbolic
 * link or anything but a regular file: a link could publish any file of the
 * machine that builds the site.
 */
export async function readSourceFile(
  article: Pick<Article, 'id' | 'data' | 'filePath'>,
  folder: string = contentFolders.sources,
): Promise<Uint8Array<ArrayBuffer>> {
  const file = path.join(folder, article.data.source);
  const articleFile = article.filePath ?? `the article ${article.id}`;
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
  return readFile(file);
}
