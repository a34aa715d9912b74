import type { IngestResult } from './ingest.ts';

/**
 * Source files to hand to `ingestFiles` that pass each result, as soon as it
 * is made, to `onResult`, whose return value takes its place among the
 * results. The CLI prints and counts each file as the batch goes on (a
 * progress line) and drops the article's text once printed, so that a batch
 * of 10,000 does not hold 10,000 articles until its end.
 *
 * It works because `ingestFiles` makes its results with `files.map`; a test
 * pins that. An `onResult` option of `ingestFiles` would do the same plainly.
 */
export function tapResults(
  files: readonly string[],
  onResult: (result: IngestResult, index: number) => IngestResult,
): string[] {
  const tapped = new TappedFiles(onResult);
  for (const file of files) tapped.push(file);
  return tapped;
}

class TappedFiles extends Array<string> {
  // Arrays made from this one (by slice, filter or map) are plain arrays.
  static override get [Symbol.species]() {
    return Array;
  }

  readonly #onResult: (result: IngestResult, index: number) => IngestResult;

  constructor(onResult: (result: IngestResult, index: number) => IngestResult) {
    super();
    this.#onResult = onResult;
  }

  override map<U>(callback: (value: string, index: number, array: string[]) => U, thisArg?: unknown): U[] {
    return super.map((file, index, array) => {
      const made = callback.call(thisArg, file, index, array);
      // Only ingestFiles's own map makes results; its callback's return type is IngestResult.
      return this.#onResult(made as IngestResult, index) as U;
    });
  }
}
