import { describe, expect, it } from 'vitest';
import { readMode } from './annotation-mode.ts';

describe('readMode', () => {
  it('should read a stored mode, and fall back to the first mention of each entity for anything else', () => {
    expect(readMode('all')).toBe('all');
    expect(readMode('none')).toBe('none');
    expect(readMode(null)).toBe('first');
    expect(readMode('everything')).toBe('first');
  });
});
