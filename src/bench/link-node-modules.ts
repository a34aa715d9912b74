import { mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';

/**
 * Gives a scratch project this project's packages: a `node_modules` folder
 * of its own holding a link to each package. Not one link to the whole
 * folder: Astro keeps its build cache in `node_modules/.astro`, and scratch
 * projects must neither share it nor touch this project's.
 */
export function linkNodeModules(root: string): void {
  const target = path.join(root, 'node_modules');
  mkdirSync(target);
  for (const name of readdirSync('node_modules')) {
    if (name === '.astro' || name === '.cache' || name === '.vite') continue;
    symlinkSync(path.resolve('node_modules', name), path.join(target, name));
  }
}
