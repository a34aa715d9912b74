/**
 * Returns `url` if it is an absolute http(s) URL, else throws: URLs built from
 * editors' data must never become `javascript:`, `data:` or relative links.
 */
export function externalUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`Expected an absolute http(s) URL, got "${url}"`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new Error(`Expected an http(s) URL, got the ${parsed.protocol} URL "${url}"`);
  }
  return parsed.href;
}

/** The Wikidata page of an item id such as `Q7184`. */
export function wikidataUrl(id: string): string {
  return externalUrl(`https://www.wikidata.org/wiki/${encodeURIComponent(id)}`);
}
