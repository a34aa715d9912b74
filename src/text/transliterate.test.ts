import { describe, expect, it } from 'vitest';
import { latinize, serbianCyrillic } from './transliterate.ts';

describe('latinize', () => {
  it('should write Serbian Cyrillic in Serbian Latin letters, keeping case', () => {
    const table: [string, string][] = [
      ['Вучић', 'Vučić'],
      ['Ђорђе Љиљана Његош', 'Đorđe Ljiljana Njegoš'],
      ['ЏАКОВИЦА', 'DžAKOVICA'],
      ['Аутор: Милош Радић', 'Autor: Miloš Radić'],
      ['Kosovo и Метохија', 'Kosovo i Metohija'],
    ];
    for (const [cyrillic, latin] of table) expect(latinize(cyrillic), cyrillic).toBe(latin);
  });

  it("should write Macedonian's own letters as the Serbian ones they stand for in names, and Ukrainian's", () => {
    expect(latinize('Александар Вучиќ, Ѓорѓе, Ѕвезда')).toBe('Aleksandar Vučić, Đorđe, Dzvezda');
    expect(latinize('Київ, Україна, Європа')).toBe('Kijiv, Ukrajina, Jevropa');
  });
});

describe('serbianCyrillic', () => {
  it('should write Serbian Latin in Cyrillic, digraphs as one letter, and read back as written', () => {
    expect(serbianCyrillic('rekao je')).toBe('рекао је');
    expect(serbianCyrillic('poručila, ljudi, njegov, džep, đak')).toBe('поручила, људи, његов, џеп, ђак');
    for (const words of ['izjavio je', 'prema rečima', 'naglasila'])
      expect(latinize(serbianCyrillic(words))).toBe(words);
  });

  it('should keep each letter’s case, a digraph’s by its first letter', () => {
    expect(serbianCyrillic('Ljiljana Njegoš, LJUBLJANA, Džajić, NATO')).toBe('Љиљана Његош, ЉУБЉАНА, Џајић, НАТО');
  });
});
