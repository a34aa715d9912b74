import { describe, expect, it } from 'vitest';
import { sentenceAround, sentenceEnds, sentenceLookup } from './sentences.ts';

describe('sentenceEnds', () => {
  it('should end sentences at closing punctuation before a capital, quotes included', () => {
    const text = 'He spoke. "It is unprecedented." Then: quiet! 3 died.';
    expect(sentenceEnds(text).map((end) => text.slice(0, end))).toEqual([
      'He spoke.',
      'He spoke. "It is unprecedented."',
      'He spoke. "It is unprecedented." Then: quiet!',
    ]);
  });

  it('should end sentences at German and French quotation marks too', () => {
    const split = (text: string) => {
      const ends = sentenceEnds(text);
      return ends.map((end, i) => text.slice(ends[i - 1] ?? 0, end).trim());
    };
    expect(split('Sie schwieg. „Wir gehen.“ Dann kam er. »Gut.« Ende')).toEqual([
      'Sie schwieg.',
      '„Wir gehen.“',
      'Dann kam er.',
      '»Gut.«',
    ]);
    expect(split('Il s’est tu. « Nous partons. » Puis rien.')).toEqual(['Il s’est tu.', '« Nous partons. »']);
  });

  it('should end sentences in scripts without capitals: Arabic, Chinese, Japanese', () => {
    const split = (text: string) => {
      const ends = sentenceEnds(text);
      return [...ends, text.length].map((end, i) => text.slice(ends[i - 1] ?? 0, end).trim());
    };
    expect(split('أغلقت الثلوج الطرق. وقالت الشرطة إن الوضع خطير؟ ستفتح المدارس غدا.')).toEqual([
      'أغلقت الثلوج الطرق.',
      'وقالت الشرطة إن الوضع خطير؟',
      'ستفتح المدارس غدا.',
    ]);
    expect(split('大雪封闭了道路。警方说情况严重！学校明天开放。')).toEqual([
      '大雪封闭了道路。',
      '警方说情况严重！',
      '学校明天开放。',
    ]);
    // Not inside a quotation: the sentence that quotes goes on after it.
    expect(split('「本当か？」と彼は言った。警察が発表した。')).toEqual([
      '「本当か？」と彼は言った。',
      '警察が発表した。',
    ]);
    // Nor when a case particle goes on after the closing bracket: the quotation is the sentence's object.
    expect(split('「帰りたい。」を繰り返した。「もう住めない。」が口癖だった。')).toEqual([
      '「帰りたい。」を繰り返した。',
      '「もう住めない。」が口癖だった。',
    ]);
    expect(split('「本当か？」もちろん違う。')).toEqual(['「本当か？」', 'もちろん違う。']);
    // After its closing brackets, when something else follows them: a quotation's sentence is its own.
    expect(split('「もう住めない。」と話した。「家が流された。」『朝日新聞』が報じた。')).toEqual([
      '「もう住めない。」と話した。',
      '「家が流された。」',
      '『朝日新聞』が報じた。',
    ]);
    expect(split('瓦尔加说：“我们会重建。”武契奇则表示同意。“好。”，他说。')).toEqual([
      '瓦尔加说：“我们会重建。”',
      '武契奇则表示同意。',
      '“好。”，他说。',
    ]);
    expect(split('כביש נסגר. המשטרה הודיעה על כך.')).toEqual(['כביש נסגר.', 'המשטרה הודיעה על כך.']);
    // The ordinal marks are letters of no script without capitals: `la 2. ª edición` goes on.
    expect(sentenceEnds('Es la 2. ª edición del festival.')).toEqual([]);
  });

  it('should split a long text without spaces (300 KB) without reading it back from each mark', () => {
    const text = '大雪封闭了道路警方说情况严重。'.repeat(20_000);
    expect(sentenceEnds(text)).toHaveLength(19_999);
  });

  it('should not end a sentence at initials or abbreviations', () => {
    expect(sentenceEnds('The U.S. Secretary met Jeffrey M. Hovenier and Dr. Smith.')).toEqual([]);
  });
});

describe('sentenceAround', () => {
  it('should find the sentence that holds an offset', () => {
    const text = 'First one. Kirby spoke for the U.S. today. Last one.';
    const { start, end } = sentenceAround(text, text.indexOf('Kirby'));
    expect(text.slice(start, end)).toBe('Kirby spoke for the U.S. today.');
  });
});

describe('sentenceLookup', () => {
  it('should give every offset the sentence that holds it, first and last included', () => {
    const text = 'One. Two is here. Three.';
    const sentenceAt = sentenceLookup(text);
    const table: [number, string][] = [
      [0, 'One.'],
      [text.indexOf('Two'), 'Two is here.'],
      [text.indexOf('here'), 'Two is here.'],
      [text.indexOf('Three'), 'Three.'],
      [text.length - 1, 'Three.'],
    ];
    for (const [offset, sentence] of table) {
      const { start, end } = sentenceAt(offset);
      expect(text.slice(start, end), String(offset)).toBe(sentence);
    }
  });
});
