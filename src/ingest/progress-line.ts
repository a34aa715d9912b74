/** Where a progress line is drawn, e.g. `process.stderr`. */
export interface ProgressStream {
  /** Only a terminal gets a progress line: in a log or a pipe its redraws would be noise. */
  isTTY?: boolean;
  write(text: string): unknown;
}

/** Moves to the start of the line and erases it. */
const eraseLine = '\r\x1b[K';

/**
 * A line such as `1,234 / 10,000 sources…`, redrawn in place on a terminal
 * as a long batch goes on, and nothing at all elsewhere.
 */
export class ProgressLine {
  readonly #stream: ProgressStream;
  readonly #total: number;
  readonly #now: () => number;
  readonly #intervalMs: number;
  /** When the line was last drawn; the first draw waits one interval, so a short batch shows none. */
  #drawnAt: number;
  #shown = false;

  /**
   * @param stream where to draw, e.g. `process.stderr`
   * @param total how many sources the batch has
   * @param options `intervalMs`: the least time between two draws (default 250, four a second);
   *   `now`: the clock in milliseconds (default `Date.now`)
   */
  constructor(stream: ProgressStream, total: number, options: { intervalMs?: number; now?: () => number } = {}) {
    this.#stream = stream;
    this.#total = total;
    this.#now = options.now ?? Date.now;
    this.#intervalMs = options.intervalMs ?? 250;
    this.#drawnAt = this.#now();
  }

  /** Shows that `done` sources are through, unless the line was drawn less than an interval ago. */
  update(done: number): void {
    if (!this.#stream.isTTY) return;
    const now = this.#now();
    if (now - this.#drawnAt < this.#intervalMs) return;
    this.#drawnAt = now;
    this.#shown = true;
    this.#stream.write(`${eraseLine}${count(done)} / ${count(this.#total)} sources…`);
  }

  /** Erases the line, if it is shown: before another line is printed, and at the end. */
  clear(): void {
    if (!this.#shown) return;
    this.#shown = false;
    this.#stream.write(eraseLine);
  }
}

function count(value: number): string {
  return value.toLocaleString('en-US');
}
