import { describe, expect, it } from 'vitest';
import { languageName } from './language-name.ts';

describe('languageName', () => {
  it('should name a language for readers, and fall back to the tag', () => {
    const table: [string, string][] = [
      ['en', 'English'],
      ['de', 'German'],
      ['sr-Cyrl', 'Serbian (Cyrillic)'],
      ['sr-Latn', 'Serbian (Latin)'],
    ];
    for (const [tag, name] of table) expect(languageName(tag), tag).toBe(name);
  });
});
