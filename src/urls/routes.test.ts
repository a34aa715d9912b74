import { describe, expect, it } from 'vitest';
import { normaliseBase } from './routes.ts';

describe('normaliseBase', () => {
  it('should give one slash at each end, and / for nothing', () => {
    const table: [string | undefined, string][] = [
      [undefined, '/'],
      ['', '/'],
      ['/', '/'],
      ['archive', '/archive/'],
      ['/archive', '/archive/'],
      ['//a/b//', '/a/b/'],
    ];
    for (const [raw, base] of table) expect(normaliseBase(raw), String(raw)).toBe(base);
  });
});
