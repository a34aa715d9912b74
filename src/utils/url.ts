/**
 * A site-internal URL for `path` (which starts without a slash), under the
 * base path the site is built for (`/` by default).
 */
export function siteUrl(path = ''): string {
  return `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}${path}`;
}
