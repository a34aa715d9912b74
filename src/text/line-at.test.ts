import { describe, expect, it } from 'vitest';
import { lineAt } from './line-at.ts';

describe('lineAt', () => {
  it.each([
    ['the first character', 'one\ntwo', 0, 1],
    ['the end of the first line', 'one\ntwo', 3, 1],
    ['after \\n', 'one\ntwo', 4, 2],
    ['after \\r\\n, one line ending', 'one\r\ntwo', 5, 2],
    ['after a lone \\r', 'one\rtwo\nthree', 8, 3],
  ])('should count lines up to %s', (_label, text, offset, line) => {
    expect(lineAt(text, offset)).toBe(line);
  });
});
