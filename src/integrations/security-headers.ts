import { readFile, readdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { base } from '../urls/routes.ts';

const cspMeta = /<meta http-equiv="content-security-policy" content="([^"]*)"/;

/** Every `.html` file under a folder. */
async function htmlFiles(folder: string): Promise<string[]> {
  const names = await readdir(folder, { recursive: true });
  return names.filter((name) => name.endsWith('.html')).map((name) => `${folder}${name}`);
}

/**
 * Writes `_headers` (read by Netlify, Cloudflare Pages and others) with the
 * Content-Security-Policy that Astro put in every page's <meta>, plus what
 * only a header can say (`frame-ancestors`). Fails the build if a page has
 * no policy or a policy of its own, as one header must fit every page.
 */
export async function writeSecurityHeaders(outDir: URL, logger: AstroIntegrationLogger): Promise<void> {
  const folder = fileURLToPath(outDir);
  const policies = new Map<string, string[]>();
  for (const file of await htmlFiles(folder)) {
    const policy = cspMeta.exec(await readFile(file, 'utf8'))?.[1];
    if (!policy) throw new Error(`${file} has no Content-Security-Policy <meta>; every page must use the site layout`);
    policies.set(policy, [...(policies.get(policy) ?? []), file]);
  }
  if (policies.size !== 1) {
    const variants = [...policies.values()].map((files) => files[0]).join(', ');
    throw new Error(
      `Pages differ in their Content-Security-Policy (e.g. ${variants}): one _headers rule cannot fit them`,
    );
  }
  const [policy = ''] = policies.keys();
  const headers = [
    `${base}*`,
    `  Content-Security-Policy: ${policy.trim().replace(/;$/, '')}; frame-ancestors 'none'`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '',
  ].join('\n');
  await writeFile(new URL('_headers', outDir), headers);
  logger.info(`Wrote _headers with the Content-Security-Policy of all ${[...policies.values()][0]?.length} pages`);
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
