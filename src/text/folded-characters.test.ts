import { describe, expect, it } from 'vitest';
import { foldedCharacters, isWordEndAt, isWordStartAt } from './folded-characters.ts';

describe('foldedCharacters', () => {
  it('should fold each character as the name tries compare it, a run of white space as one space', () => {
    const { folded, ends } = foldedCharacters('Vučić  sa\tЉубом');
    expect(folded).toEqual(['v', 'u', 'c', 'i', 'c', ' ', 's', 'a', ' ', 'lj', 'u', 'b', 'o', 'm']);
    expect(Array.from(ends.subarray(0, folded.length))).toEqual([1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
  });

  it('should place every offset of a white-space run in the run', () => {
    const { at, folded } = foldedCharacters('a \n b');
    expect(Array.from(at)).toEqual([0, 1, 1, 1, 2]);
    expect(folded[1]).toBe(' ');
  });

  it('should keep a combining mark as a character that folds to nothing, inside its word', () => {
    const text = 'Kurti\u0301 said';
    const characters = foldedCharacters(text);
    expect(characters.folded.slice(0, 7)).toEqual(['k', 'u', 'r', 't', 'i', '', ' ']);
    expect(isWordEndAt(characters, 5)).toBe(false);
    expect(isWordEndAt(characters, 6)).toBe(true);
  });

  it('should read a character outside the Basic Multilingual Plane as one character', () => {
    const text = 'a 𝐀b';
    const characters = foldedCharacters(text);
    expect(characters.folded).toHaveLength(4);
    expect(characters.at[2]).toBe(characters.at[3]);
    expect(isWordStartAt(characters, 2)).toBe(true);
    expect(isWordStartAt(characters, 4)).toBe(false);
  });

  it('should tell word starts and ends by letters, digits and marks, not by punctuation', () => {
    const text = '“NATO’s” 2023';
    const characters = foldedCharacters(text);
    expect(isWordStartAt(characters, 1)).toBe(true);
    expect(isWordStartAt(characters, 2)).toBe(false);
    expect(isWordEndAt(characters, 5)).toBe(true);
    expect(isWordStartAt(characters, 8)).toBe(false);
    expect(isWordStartAt(characters, 9)).toBe(true);
    expect(isWordEndAt(characters, text.length)).toBe(true);
  });

  it('should read a new text rather than the last one kept', () => {
    expect(foldedCharacters('ab').folded).toEqual(['a', 'b']);
    expect(foldedCharacters('cd').folded).toEqual(['c', 'd']);
  });
});
