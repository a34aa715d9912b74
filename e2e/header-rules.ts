/**
 * A `_headers` file as Netlify and Cloudflare Pages read it, for the servers
 * and tests that stand in for such a host: rules of a path (a `*` at its end
 * matches any rest), then indented `Name: value` lines; a request gets the
 * headers of every rule its path matches.
 */

/** One rule of a `_headers` file. */
export interface HeaderRule {
  /** The path it applies to; a `*` at its end matches any rest. */
  pattern: string;
  /** The headers it adds, as `[name, value]`. */
  headers: [string, string][];
}

/** The rules a `_headers` file's text holds, in order. */
export function parseHeaderRules(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const separator = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, separator).trim(), line.slice(separator + 1).trim()]);
    }
  }
  return rules;
}

/** The headers the rules give a URL path. */
export function headersFor(rules: readonly HeaderRule[], urlPath: string): [string, string][] {
  return rules
    .filter(({ pattern }) => (pattern.endsWith('*') ? urlPath.startsWith(pattern.slice(0, -1)) : urlPath === pattern))
    .flatMap(({ headers }) => headers);
}
