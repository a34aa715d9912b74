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
import { headersFor, parseHeaderRules } from './header-rules.ts';

const [folder = 'dist', port = '4399', base = '/'] = process.argv.slice(2);
const root = path.resolve(folder);

/**
 * Types by file extension, as a plain host sends them: `.txt` as bare `text/plain`, as `astro
 * preview` and most hosts do, so that only the site's `_headers` can give its sources a charset.
 */
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
};

const headerFile = path.join(root, '_headers');
const headerRules = existsSync(headerFile) ? parseHeaderRules(readFileSync(headerFile, 'utf8')) : [];

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
  const headers = headersFor(headerRules, url.pathname);
  // A type from `_headers` replaces the one the extension gives, as on Netlify and Cloudflare Pages.
  const typed = headers.some(([name]) => name.toLowerCase() === 'content-type');
  const type = types[path.extname(served)] ?? 'application/octet-stream';
  response.writeHead(file ? 200 : 404, typed ? headers : [['Content-Type', type], ...headers]);
  createReadStream(served).pipe(response);
}).listen(Number(port), () => console.log(`Serving ${root} at http://localhost:${port}${base}`));
