import type { IngestResult } from './ingest.ts';
import type { ProgressLine } from './progress-line.ts';
import { shownName } from './shown-name.ts';

/**
 * Up to this many sources, a batch prints a line for every article written,
 * kept or (with `--dry-run`) to be written; above it only with `--verbose`,
 * since thousands of such lines would bury the refusals an editor must act on.
 */
export const quietAbove = 50;

/** Where a batch report prints: the CLI passes `console.log` and `console.error`. */
export interface ReportOutput {
  /** Articles written, kept or to be written, and the summary. */
  out: (line: string) => void;
  /** Refused sources, one line each. */
  err: (line: string) => void;
}

/**
 * Prints what happened to each source of a batch as it happens, keeps the
 * progress line out of the way of those lines, and sums the batch up.
 */
export class BatchReport {
  readonly #output: ReportOutput;
  readonly #progress: ProgressLine;
  readonly #verbose: boolean;
  readonly #dryRun: boolean;
  readonly #counts = { written: 0, 'would-write': 0, kept: 0, failed: 0 };
  /** Articles written, or to be written, under a numbered slug: their title's was taken. */
  #numbered = 0;

  /**
   * @param output where lines go
   * @param progress the batch's progress line (drawn on a terminal only)
   * @param options `verbose`: print a line for every source, not only for refused ones and restored
   *   source copies; `dryRun`: the batch writes nothing (the summary says "would be written")
   */
  constructor(output: ReportOutput, progress: ProgressLine, options: { verbose: boolean; dryRun: boolean }) {
    this.#output = output;
    this.#progress = progress;
    this.#verbose = options.verbose;
    this.#dryRun = options.dryRun;
  }

  /** Prints and counts one result; returns it without the article's text, which is no longer needed. */
  add(result: IngestResult): IngestResult {
    this.#counts[result.status]++;
    if (result.status !== 'failed' && result.titleSlugOf) this.#numbered++;
    const line = resultLine(result);
    // A kept article whose source copy was restored changed the archive: always worth a line.
    const shown = result.status === 'failed' || this.#verbose || (result.status === 'kept' && result.restoredSource);
    if (shown) {
      this.#progress.clear();
      if (result.status === 'failed') this.#output.err(line);
      else this.#output.out(line);
    }
    this.#progress.update(this.done);
    if (result.status === 'failed' || result.mdx === undefined) return result;
    const slim = { ...result };
    delete slim.mdx;
    return slim;
  }

  /** How many sources are through. */
  get done(): number {
    const counts = this.#counts;
    return counts.written + counts['would-write'] + counts.kept + counts.failed;
  }

  /** Whether any source was refused. */
  get refused(): boolean {
    return this.#counts.failed > 0;
  }

  /** Erases the progress line, at the end of the batch. */
  finish(): void {
    this.#progress.clear();
  }

  /** The batch in one line, e.g. `10,000 sources: 9,990 written, 5 kept, 5 refused (listed above)`. */
  summary(): string {
    const counts = this.#counts;
    const numbered =
      this.#numbered > 0 ? ` (${count(this.#numbered)} under a numbered slug: their title's was taken)` : '';
    const made = `${this.#dryRun ? `${count(counts['would-write'])} would be written` : `${count(counts.written)} written`}${numbered}`;
    return (
      `${count(this.done)} source${this.done === 1 ? '' : 's'}: ${made}, ${count(counts.kept)} kept, ` +
      `${count(counts.failed)} refused${counts.failed > 0 ? ' (listed above)' : ''}`
    );
  }
}

/** Why an article's slug is numbered: another has its title's. */
const titleSlugNote = (titleSlugOf: string | undefined) =>
  titleSlugOf ? `; numbered, as ${titleSlugOf} has its title's slug` : '';

/** What became of the source's headline under the editor's title. */
const titleNote = (note: string | undefined) => (note ? `; ${note}` : '');

/** The line printed for one source. */
export function resultLine(result: IngestResult): string {
  switch (result.status) {
    case 'failed':
      return `${shownName(result.file)}: ${result.message}`;
    case 'kept':
      return (
        `kept   ${result.article} (from ${shownName(result.file)}; it exists already, --force rewrites it` +
        `${result.restoredSource ? `; restored its source copy ${result.restoredSource}` : ''})`
      );
    case 'written':
      return (
        `wrote  ${result.article} (from ${shownName(result.file)}, ${result.words} words` +
        `${result.renamedFrom ? `; moved from ${result.renamedFrom}` : ''}${titleSlugNote(result.titleSlugOf)}` +
        `${titleNote(result.titleNote)})`
      );
    case 'would-write':
      return `would write ${result.article} (from ${shownName(result.file)}, ${result.words} words${titleSlugNote(result.titleSlugOf)}${titleNote(result.titleNote)}):\n${result.mdx}`;
  }
}

function count(value: number): string {
  return value.toLocaleString('en-US');
}
