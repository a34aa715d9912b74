/** Two page addresses on different schemes and hosts: a target that resolves the same from both is absolute. */
const pageOne = new URL('https://one.invalid/page/');
const pageTwo = new URL('http://two.invalid/page/');

/**
 * Whether a glossary body may link to `url` (a Markdown link's destination,
 * character references decoded): an `http:` or `https:` address, or a path on
 * this site, relative or from the root (`/glossary/nato/`, `nato/`, `#x`).
 * Refused: every other scheme (`javascript:`, `data:`, `vbscript:`, `mailto:`,
 * …), a protocol-relative `//host` (also spelled `/\host`), and what does not
 * parse. The target is parsed as a browser parses an `href` (the WHATWG URL
 * parser drops tabs, newlines and leading control characters), so that
 * `java&#9;script:` is seen as the `javascript:` it is.
 */
export function isSafeLinkTarget(url: string): boolean {
  const fromOne = resolve(url, pageOne);
  const fromTwo = resolve(url, pageTwo);
  if (!fromOne || !fromTwo) return false;
  if (fromOne.href === fromTwo.href) return fromOne.protocol === 'https:' || fromOne.protocol === 'http:';
  // Relative: it must stay on the page's host, which `//host` and `https:host` leave.
  return fromOne.host === pageOne.host && fromTwo.host === pageTwo.host;
}

/** The address a link on `page` leads to, or `undefined` when it does not parse. */
function resolve(url: string, page: URL): URL | undefined {
  return URL.canParse(url, page) ? new URL(url, page) : undefined;
}
