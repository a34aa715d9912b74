import { open, readFile, readdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { base } from '../urls/routes.ts';
import { eachFile } from './files-at-once.ts';
import { sourceHeaderRule } from './source-files.ts';

const cspMeta = /<meta http-equiv="content-security-policy" content="([^"]*)"/;

/** Every `.html` file under a folder. */
async function htmlFiles(folder: string): Promise<string[]> {
  const names = await readdir(folder, { recursive: true });
  return names.filter((name) => name.endsWith('.html')).map((name) => `${folder}${name}`);
}

/** Bytes read from the start of a page to find its policy: Astro writes it at the top of <head>. */
const headBytes = 16_384;

/** A page's policy: read from its first bytes, or from the whole file if they do not hold it. */
async function pagePolicy(file: string): Promise<string | undefined> {
  const handle = await open(file);
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(headBytes), 0, headBytes, 0);
    const policy = cspMeta.exec(buffer.toString('utf8', 0, bytesRead))?.[1];
    if (policy || bytesRead < headBytes) return policy;
  } finally {
    await handle.close();
  }
  return cspMeta.exec(await readFile(file, 'utf8'))?.[1];
}

/** A rule of `_headers`: a path (a `*` at its end matches any rest), and the headers a host adds to it. */
interface HeaderRule {
  path: string;
  headers: readonly (readonly [name: string, value: string])[];
}

/** `_headers` as Netlify and Cloudflare Pages read it: each rule's path, then its headers, indented. */
function formatHeaderRules(rules: readonly HeaderRule[]): string {
  const lines = rules.flatMap(({ path, headers }) => [path, ...headers.map(([name, value]) => `  ${name}: ${value}`)]);
  return `${lines.join('\n')}\n`;
}

/**
 * Writes `_headers` (read by Netlify, Cloudflare Pages and others) with the
 * Content-Security-Policy that Astro put in every page's <meta>, plus what
 * only a header can say (`frame-ancestors`), and the raw sources' charset
 * (`sourceHeaderRule`): the one writer of the file. Fails the build if a page
 * has no policy or a policy of its own, as one header must fit every page.
 */
export async function writeSecurityHeaders(outDir: URL, logger: AstroIntegrationLogger): Promise<void> {
  const folder = fileURLToPath(outDir);
  const policies = new Map<string, string[]>();
  const files = await htmlFiles(folder);
  const found = await eachFile(files, pagePolicy);
  files.forEach((file, position) => {
    const policy = found[position];
    if (!policy) throw new Error(`${file} has no Content-Security-Policy <meta>; every page must use the site layout`);
    const sharing = policies.get(policy);
    if (sharing) sharing.push(file);
    else policies.set(policy, [file]);
  });
  if (policies.size !== 1) {
    const variants = [...policies.values()].map((files) => files[0]).join(', ');
    throw new Error(
      `Pages differ in their Content-Security-Policy (e.g. ${variants}): one _headers rule cannot fit them`,
    );
  }
  const [policy = ''] = policies.keys();
  const everyFile: HeaderRule = {
    path: `${base}*`,
    headers: [
      ['Content-Security-Policy', `${policy.trim().replace(/;$/, '')}; frame-ancestors 'none'`],
      ['X-Content-Type-Options', 'nosniff'],
      ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ],
  };
  await writeFile(new URL('_headers', outDir), formatHeaderRules([everyFile, sourceHeaderRule]));
  logger.info(
    `Wrote _headers with the Content-Security-Policy of all ${[...policies.values()][0]?.length} pages and the raw sources' charset`,
  );
}

/** Writes the `_headers` file at the end of every `astro build`. */
export default function securityHeaders(): AstroIntegration {
  return {
    name: 'annotated-sources:security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => writeSecurityHeaders(dir, logger),
    },
  };
}
