import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { linkNodeModules } from './link-node-modules.ts';

/** The files a build of this project needs, besides its content. */
const projectFiles = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public'];

/**
 * A throwaway copy of this project in a temporary folder, with this
 * project's glossary and no articles, for benchmarks that build archives of
 * their own. `node_modules` is linked, not copied (see link-node-modules.ts).
 */
export function scratchProject(): { root: string; remove: () => void } {
  const root = mkdtempSync(path.join(tmpdir(), 'annotated-sources-bench-'));
  for (const file of projectFiles) cpSync(file, path.join(root, file), { recursive: true });
  cpSync(path.join('content', 'glossary'), path.join(root, 'content', 'glossary'), { recursive: true });
  mkdirSync(path.join(root, 'content', 'articles'), { recursive: true });
  mkdirSync(path.join(root, 'content', 'sources'), { recursive: true });
  linkNodeModules(root);
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}
