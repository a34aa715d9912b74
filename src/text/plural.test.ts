import { describe, expect, it } from 'vitest';
import { plural } from './plural.ts';

describe('plural', () => {
  it('should put a noun in the plural for any count but one, with thousands separated', () => {
    expect(plural(1, 'mention')).toBe('1 mention');
    expect(plural(0, 'article')).toBe('0 articles');
    expect(plural(12500, 'mention')).toBe('12,500 mentions');
  });
});
