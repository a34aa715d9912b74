import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The folders and top-level modules of `src/`, lowest first: each may import
 * only from itself and from those before it (the README's folder list).
 */
const layers = [
  'text',
  'schemas',
  'editor-error.ts',
  'content-folders.ts',
  'urls',
  'site.ts',
  'glossary',
  'annotate',
  'quotes',
  'remark',
  'archive',
  'search',
  'ingest',
  'discover',
  'passages',
  'articles',
  'integrations',
  'scripts',
  'styles',
  'components',
  'layouts',
  'pages',
  'content.config.ts',
  'bench',
];

/** Every relative import of every source file under `src/` (tests left out), as `[from, to]` layers. */
function imports(): [string, string, string][] {
  const found: [string, string, string][] = [];
  for (const name of readdirSync('src', { recursive: true, encoding: 'utf8' })) {
    if (!/\.(ts|astro)$/.test(name) || name.endsWith('.test.ts')) continue;
    const file = path.join('src', name);
    const from = name.split(path.sep)[0] ?? '';
    for (const [, specifier = ''] of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)) {
      const target = path.relative('src', path.join(path.dirname(file), specifier));
      const to = target.split(path.sep)[0] ?? '';
      if (!target.startsWith('..') && to !== from) found.push([file, from, to]);
    }
  }
  return found;
}

describe('the layers of src/', () => {
  it('should import only from lower layers, so that each rule has one home below its users', () => {
    const found = imports();
    expect(found.length).toBeGreaterThan(50);
    const unknown = found.flatMap(([file, from, to]) =>
      [from, to].filter((layer) => !layers.includes(layer)).map((layer) => `${file}: ${layer}`),
    );
    expect(unknown, 'a folder missing from the list of layers').toEqual([]);
    const upward = found.filter(([, from, to]) => layers.indexOf(to) > layers.indexOf(from));
    expect(upward.map(([file, , to]) => `${file} imports from ${to}`)).toEqual([]);
  });
});
