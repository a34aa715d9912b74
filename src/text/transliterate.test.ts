import { describe, expect, it } from 'vitest';
import { latinize } from './transliterate.ts';

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
});
