import { describe, expect, it } from 'vitest';
import { searchesAtOnce } from './search-page.ts';

describe('searchesAtOnce', () => {
  it('waits for a pause while the last word is a prefix of one or two letters', () => {
    expect(searchesAtOnce('')).toBe(false);
    expect(searchesAtOnce('K')).toBe(false);
    expect(searchesAtOnce('Ki')).toBe(false);
    expect(searchesAtOnce('police o')).toBe(false);
    expect(searchesAtOnce('Kosovo Police o')).toBe(false);
  });

  it('searches at once from the third letter of the last word', () => {
    expect(searchesAtOnce('Kir')).toBe(true);
    expect(searchesAtOnce('Kirby')).toBe(true);
    expect(searchesAtOnce('police off')).toBe(true);
  });

  it('counts letters, not UTF-16 units', () => {
    expect(searchesAtOnce('Kо')).toBe(false);
    expect(searchesAtOnce('𝐀𝐁')).toBe(false);
    expect(searchesAtOnce('Шић')).toBe(true);
  });
});
