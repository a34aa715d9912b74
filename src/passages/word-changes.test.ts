import { describe, expect, it } from 'vitest';
import { type TextPiece, wordChanges } from './word-changes.ts';

/** The changed runs of pieces, as a reader sees them marked. */
const changed = (pieces: TextPiece[]) => pieces.filter((piece) => piece.changed).map((piece) => piece.text);
const text = (pieces: TextPiece[]) => pieces.map((piece) => piece.text).join('');

describe('wordChanges', () => {
  it('should mark the words each retelling of a sentence lacks, and keep each side’s text whole', () => {
    const a = 'Three attackers and one police officer were killed in the gunbattle.';
    const b = 'Three gunmen and one police officer were killed in the ensuing gunbattle.';
    const pieces = wordChanges(a, b);
    expect(changed(pieces.a)).toEqual(['attackers']);
    expect(changed(pieces.b)).toEqual(['gunmen', 'ensuing']);
    expect(text(pieces.a)).toBe(a);
    expect(text(pieces.b)).toBe(b);
  });

  it('should mark a changed phrase as one run, its spaces included', () => {
    const pieces = wordChanges('Kurti spoke with Vučić.', 'Kurti had a phone call with Vučić.');
    expect(changed(pieces.a)).toEqual(['spoke']);
    expect(changed(pieces.b)).toEqual(['had a phone call']);
  });

  it('should find no change between a Serbian report and its copy in the other script', () => {
    const latin = 'Kurti je rekao da je napad „organizovan iz Beograda“, a Vučić je to odbacio.';
    const cyrillic = 'Курти је рекао да је напад „организован из Београда“, а Вучић је то одбацио.';
    const pieces = wordChanges(latin, cyrillic);
    expect(changed(pieces.a)).toEqual([]);
    expect(changed(pieces.b)).toEqual([]);
    // Each side keeps its own script.
    expect(text(pieces.a)).toBe(latin);
    expect(text(pieces.b)).toBe(cyrillic);
    expect(changed(wordChanges(latin, cyrillic.replace('одбацио', 'негирао')).b)).toEqual(['негирао']);
  });

  it('should find no change in a word that only one side writes with a soft hyphen or a zero-width space', () => {
    const plain = 'Engineers told the mayor the repairs would take a year.';
    const marked = 'Engi\u200Bneers told the may\u00ADor the re\u00ADpairs would take a year.';
    const pieces = wordChanges(plain, marked);
    expect(changed(pieces.a)).toEqual([]);
    expect(changed(pieces.b)).toEqual([]);
    expect(text(pieces.b)).toBe(marked);
    expect(changed(wordChanges(plain, marked.replace('year', 'month')).b)).toEqual(['month']);
    // Before a word too: a zero-width space, a left-to-right mark.
    expect(changed(wordChanges('the mayor said', 'the \u200Bmayor \u200Esaid').b)).toEqual([]);
  });
});
