import { describe, expect, it } from 'vitest';
import { ProgressLine } from './progress-line.ts';

/** A stream that records what is written to it, and a clock the test moves. */
function terminal(isTTY: boolean) {
  const written: string[] = [];
  let time = 0;
  return {
    stream: { isTTY, write: (text: string) => written.push(text) },
    written,
    now: () => time,
    wait: (ms: number) => (time += ms),
  };
}

describe('ProgressLine', () => {
  it('should redraw the line in place at most once an interval, and erase it at the end', () => {
    const tty = terminal(true);
    const line = new ProgressLine(tty.stream, 10_000, { now: tty.now, intervalMs: 250 });
    line.update(1);
    tty.wait(250);
    line.update(1234);
    tty.wait(100);
    line.update(1300);
    tty.wait(150);
    line.update(1400);
    line.clear();
    line.clear();
    expect(tty.written).toEqual(['\r\x1b[K1,234 / 10,000 sources…', '\r\x1b[K1,400 / 10,000 sources…', '\r\x1b[K']);
  });

  it('should draw nothing for a batch over within the first interval', () => {
    const tty = terminal(true);
    const line = new ProgressLine(tty.stream, 3, { now: tty.now });
    for (let done = 1; done <= 3; done++) line.update(done);
    line.clear();
    expect(tty.written).toEqual([]);
  });

  it('should draw nothing where the stream is not a terminal (a log, a pipe, CI)', () => {
    const pipe = terminal(false);
    const line = new ProgressLine(pipe.stream, 10_000, { now: pipe.now });
    for (let done = 1; done <= 100; done++) {
      pipe.wait(1000);
      line.update(done);
    }
    line.clear();
    expect(pipe.written).toEqual([]);
  });
});
