import { describe, expect, it } from 'vitest';
import { cjkPieces, hasCjk, isCjkPiece } from './cjk-pieces.ts';

describe('cjkPieces', () => {
  it('should read a run of Han or kana letters as its overlapping pairs, and a letter alone as itself', () => {
    expect(cjkPieces('大雨造成')).toEqual(['大雨', '雨造', '造成']);
    expect(cjkPieces('雨')).toEqual(['雨']);
    expect(cjkPieces('マルヴィク')).toEqual(['マル', 'ルヴ', 'ヴィ', 'ィク']);
    // `ー` (of both kana) and `々` (the Han letter before it again) are letters of the run.
    expect(cjkPieces('ユーロ')).toEqual(['ユー', 'ーロ']);
    expect(cjkPieces('人々')).toEqual(['人々']);
  });

  it('should keep the letters around a run as words, and a letter beyond the first plane whole', () => {
    expect(cjkPieces('2024年3月')).toEqual(['2024', '年', '3', '月']);
    expect(cjkPieces('g7峰会')).toEqual(['g7', '峰会']);
    expect(cjkPieces('𠀋𠀋𠀋')).toEqual(['𠀋𠀋', '𠀋𠀋']);
    expect(cjkPieces('kosovo')).toEqual(['kosovo']);
  });
});

describe('isCjkPiece', () => {
  it('should tell a piece of Han or kana from a word of any other script', () => {
    expect(['大雨', '年', 'ガス', '𠀋𠀋'].map(isCjkPiece)).toEqual([true, true, true, true]);
    expect(['2024', 'kosovo', 'косово', '한국', 'กรุงเทพ', ''].map(isCjkPiece)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(hasCjk('NATO 峰会')).toBe(true);
    expect(hasCjk('NATO summit')).toBe(false);
  });
});
