import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeaderRules } from '../../e2e/header-rules.ts';
import { routes } from '../urls/routes.ts';
import { writeSecurityHeaders } from './security-headers.ts';

const policy = "default-src 'self'; object-src 'none'";
const page = `<!doctype html><html><head><meta http-equiv="content-security-policy" content="${policy}"></head></html>`;
const quietLogger = { info: () => undefined } as unknown as AstroIntegrationLogger;

/** Builds an output folder with two pages, writes its `_headers`, and returns what a host reading it adds to a path. */
async function hostHeaders(): Promise<(urlPath: string) => Map<string, string>> {
  const folder = mkdtempSync(path.join(tmpdir(), 'headers-'));
  mkdirSync(path.join(folder, 'articles', 'a-report'), { recursive: true });
  writeFileSync(path.join(folder, 'index.html'), page);
  writeFileSync(path.join(folder, 'articles', 'a-report', 'index.html'), page);
  await writeSecurityHeaders(pathToFileURL(`${folder}${path.sep}`), quietLogger);
  const rules = parseHeaderRules(readFileSync(path.join(folder, '_headers'), 'utf8'));
  return (urlPath) => new Map(headersFor(rules, urlPath).map(([name, value]) => [name.toLowerCase(), value]));
}

describe('writeSecurityHeaders', () => {
  it('should have a host serve every page with the pages’ policy, and nothing that can frame them', async () => {
    const headers = (await hostHeaders())(routes.article('a-report'));
    expect(headers.get('content-security-policy')).toBe(`${policy}; frame-ancestors 'none'`);
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.has('content-type')).toBe(false);
  });

  it('should have a host serve the raw sources as UTF-8 text, so that a browser shows any script as written', async () => {
    const headers = (await hostHeaders())(routes.source('06-tanjug-sr-cyrl.txt'));
    expect(headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(headers.get('content-security-policy')).toBe(`${policy}; frame-ancestors 'none'`);
  });
});
