import { readdirSync } from 'node:fs';
import path from 'node:path';

/** An article's id: its file name without `.mdx` (the site's address of its page). */
export const articleId = (file: string): string => path.basename(file, '.mdx');

/** The archive's article files in a folder, sorted (files starting with `_` are not articles, as for the site). */
export function articleFiles(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))
    .sort()
    .map((name) => path.join(folder, name));
}
