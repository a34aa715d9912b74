import { describe, expect, it } from 'vitest';
import { otherScript } from './other-script.ts';

describe('otherScript', () => {
  it('should write a Serbian text in the script it is not written in', () => {
    expect(otherScript('Курти је рекао да је напад организован.', 'sr-Cyrl')).toEqual({
      text: 'Kurti je rekao da je napad organizovan.',
      lang: 'sr-Latn',
    });
    expect(otherScript('Kurti je rekao da je napad organizovan.', 'sr-Latn')).toEqual({
      text: 'Курти је рекао да је напад организован.',
      lang: 'sr-Cyrl',
    });
    // Judged by the text, not the tag: a detector or an editor may have tagged it `sr` alone.
    expect(otherScript('Нови напад у Бањској', 'sr')?.lang).toBe('sr-Latn');
  });

  it('should leave alone a language written in one script only', () => {
    expect(otherScript('Kurti je rekao da je napad organiziran.', 'hr')).toBeUndefined();
    expect(otherScript('Столтенберг заявил', 'ru')).toBeUndefined();
    expect(otherScript('Kurti said', 'en')).toBeUndefined();
    expect(otherScript('Kurti said', undefined)).toBeUndefined();
  });
});
