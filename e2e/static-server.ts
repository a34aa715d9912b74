/**
 * Serves a built site as a plain static host would: files from a folder under
 * a base path, `index.html` for folder URLs, the site's `404.html` with
 * status 404 for anything else, and the headers of its `_headers` file (as
 * Netlify and Cloudflare Pages do). Used by the end-to-end tests, so that they
 * exercise the same output a real host serves (`astro preview` allows only one
 * server per project).
 *
 * Usage: node e2e/static-server.ts <folder> <port> [base]
 */
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';

const [folder = 'dist', port = '4399', base = '/'] = process.argv.slice(2);
const root = path.resolve(folder);

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
};

/** The rules of a `_headers` file: a path pattern (`*` at the end matches any rest), then indented `Name: value` lines. */
function readHeaderRules(file: string): { pattern: string; headers: [string, string][] }[] {
  if (!existsSync(file)) return [];
  const rules: { pattern: string; headers: [string, string][] }[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const separator = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, separator).trim(), line.slice(separator + 1).trim()]);
    }
  }
  return rules;
}

const headerRules = readHeaderRules(path.join(root, '_headers'));

function headersFor(urlPath: string): [string, string][] {
  return headerRules
    .filter(({ pattern }) => (pattern.endsWith('*') ? urlPath.startsWith(pattern.slice(0, -1)) : urlPath === pattern))
    .flatMap(({ headers }) => headers);
}

/** The file for a URL path, or undefined if there is none inside the root. */
async function resolve(urlPath: string): Promise<string | undefined> {
  if (!urlPath.startsWith(base)) return undefined;
  const relative = decodeURIComponent(urlPath.slice(base.length));
  const file = path.join(root, relative);
  if (file !== root && !file.startsWith(root + path.sep)) return undefined;
  const info = await stat(file).catch(() => undefined);
  if (info?.isFile()) return file;
  if (info?.isDirectory()) {
    const index = path.join(file, 'index.html');
    if (await stat(index).catch(() => undefined)) return index;
  }
  return undefined;
}

createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const file = await resolve(url.pathname);
  const served = file ?? path.join(root, '404.html');
  response.writeHead(file ? 200 : 404, [
    ['Content-Type', types[path.extname(served)] ?? 'application/octet-stream'],
    ...headersFor(url.pathname),
  ]);
  createReadStream(served).pipe(response);
}).listen(Number(port), () => console.log(`Serving ${root} at http://localhost:${port}${base}`));
