/**
 * The largest count in any of the maps, at least 1: the top of the matrix's
 * shading scale. A loop, not `Math.max(...counts)`: the matrix of a large
 * archive has more cells than a call takes arguments.
 */
export function largestCount(countsByArticle: Iterable<ReadonlyMap<string, number>>): number {
  let largest = 1;
  for (const counts of countsByArticle) for (const count of counts.values()) largest = Math.max(largest, count);
  return largest;
}
