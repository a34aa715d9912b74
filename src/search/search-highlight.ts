/** The query parameter that carries a search's terms to the page a result opens. */
export const highlightParam = 'highlight';

/**
 * Marks the search terms on a page opened from a search result (the result
 * link carries them as `?highlight=`), with Pagefind's highlighter. Loads
 * nothing when the page was not opened from search.
 */
export async function highlightSearchTerms(bundlePath: string): Promise<void> {
  if (!new URLSearchParams(window.location.search).has(highlightParam)) return;
  const { default: PagefindHighlight } = (await import(/* @vite-ignore */ `${bundlePath}pagefind-highlight.js`)) as {
    default: new (options: { highlightParam: string; addStyles: boolean }) => unknown;
  };
  // The site styles the marks itself: the highlighter's own styles would be an inline <style>.
  new PagefindHighlight({ highlightParam, addStyles: false });
}
