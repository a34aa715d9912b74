/**
 * Marks a horizontally scrolling region (or `marked`, an element around it)
 * with what a reader cannot see:
 * `data-more-right` while content lies beyond its right edge,
 * `data-more-left` once it has scrolled. The stylesheet draws the cues
 * (a fading edge and a note); without this script the region still scrolls.
 */
export function bindScrollCue(region: HTMLElement, marked: HTMLElement = region): void {
  const update = () => {
    const hiddenRight = region.scrollWidth - region.clientWidth - Math.abs(region.scrollLeft);
    marked.toggleAttribute('data-more-right', hiddenRight > 1);
    marked.toggleAttribute('data-more-left', Math.abs(region.scrollLeft) > 1);
  };
  region.addEventListener('scroll', update, { passive: true });
  new ResizeObserver(update).observe(region);
  update();
}
