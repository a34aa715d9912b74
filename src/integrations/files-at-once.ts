/** Files worked on at once: enough to keep the disk busy, few enough to stay far from the open-file limit. */
const filesAtOnce = 64;

/** Runs `work` on every file (or item naming one), a few at a time; the results in the order of `items`. */
export async function eachFile<T, R>(items: readonly T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += filesAtOnce)
    results.push(...(await Promise.all(items.slice(start, start + filesAtOnce).map(work))));
  return results;
}
