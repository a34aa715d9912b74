import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { describe, expect, it } from 'vitest';
import { bundleSettled, indexSite } from './pagefind-integration.ts';

/** A built page in its own language, as article pages in other languages are. */
function page(lang: string, text: string): string {
  return `<!doctype html><html lang="${lang}"><head><title>${lang}</title></head><body><main data-pagefind-body><p>${text}</p></main></body></html>`;
}

describe('indexSite', () => {
  it('should put pages of every language in one index, so that one search page finds them all', async () => {
    const site = mkdtempSync(path.join(tmpdir(), 'pagefind-'));
    const pages: [string, string, string][] = [
      ['en', 'en', 'Police patrolled the village after the attack.'],
      ['sr', 'sr-Latn', 'Policija je patrolirala selom posle napada.'],
      ['de', 'de', 'Die Polizei patrouillierte nach dem Angriff im Dorf.'],
    ];
    for (const [name, lang, text] of pages) {
      mkdirSync(path.join(site, 'articles', name), { recursive: true });
      writeFileSync(path.join(site, 'articles', name, 'index.html'), page(lang, text));
    }
    // A page outside the searchable folders (a list, the matrix) is not even read.
    mkdirSync(path.join(site, 'matrix'));
    writeFileSync(path.join(site, 'matrix', 'index.html'), page('en', 'Police'));
    const logged: string[] = [];
    const logger = { info: (line: string) => logged.push(line) } as unknown as AstroIntegrationLogger;
    await indexSite(pathToFileURL(`${site}/`), logger);

    const entry = JSON.parse(readFileSync(path.join(site, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages)).toEqual(['en']);
    expect(entry.languages.en?.page_count).toBe(3);
    expect(logged.join('\n')).toMatch(/Read 3 HTML files/);
    // Every file of the bundle has its bytes once the build goes on.
    const files = readdirSync(path.join(site, 'pagefind'), { recursive: true, encoding: 'utf8' }).filter((name) =>
      statSync(path.join(site, 'pagefind', name)).isFile(),
    );
    expect(files.length).toBeGreaterThan(5);
    expect(files.filter((name) => statSync(path.join(site, 'pagefind', name)).size === 0)).toEqual([]);
  });
});

describe('bundleSettled', () => {
  it('should wait until a file still being written has its bytes', async () => {
    const bundle = mkdtempSync(path.join(tmpdir(), 'bundle-'));
    writeFileSync(path.join(bundle, 'pagefind-entry.json'), '');
    setTimeout(() => writeFileSync(path.join(bundle, 'pagefind-entry.json'), '{"version":"1.5.2"}'), 60);
    await bundleSettled(bundle);
    expect(readFileSync(path.join(bundle, 'pagefind-entry.json'), 'utf8')).toContain('version');
  });

  it('should fail, naming the file, when one stays empty', async () => {
    const bundle = mkdtempSync(path.join(tmpdir(), 'bundle-'));
    mkdirSync(path.join(bundle, 'index'));
    writeFileSync(path.join(bundle, 'index', 'en_1.pf_index'), '');
    await expect(bundleSettled(bundle, 100)).rejects.toThrow(
      /1 empty files in .* \(index\/en_1\.pf_index\): build again/,
    );
  });
});
