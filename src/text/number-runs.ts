/** A run of consecutive whole numbers, `first` to `last` (equal for a single number). */
export interface NumberRun {
  first: number;
  last: number;
}

/**
 * Ascending whole numbers as runs of consecutive ones: `1, 2, 3, 5, 7, 8`
 * gives 1–3, 5, 7–8. A list of a report's shared passages can run to every
 * sentence it has; as runs it stays a few words long.
 */
export function numberRuns(numbers: readonly number[]): NumberRun[] {
  const runs: NumberRun[] = [];
  for (const number of numbers) {
    const last = runs.at(-1);
    if (last && number === last.last + 1) last.last = number;
    else runs.push({ first: number, last: number });
  }
  return runs;
}
