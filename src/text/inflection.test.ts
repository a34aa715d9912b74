import { describe, expect, it } from 'vitest';
import { type InflectingLanguage, inflectingLanguage, wordInflections } from './inflection.ts';

/** Every form a folded word may take in a language, itself included, sorted. */
function forms(language: InflectingLanguage, word: string, last = true): string[] {
  const all = wordInflections(language, word, last).flatMap(({ cut, endings }) =>
    endings.map((ending) => word.slice(0, word.length - cut) + ending),
  );
  return [...new Set([word, ...all])].sort();
}

describe('inflectingLanguage', () => {
  it('should map an article language tag to the rules of its language', () => {
    const table: [string | undefined, InflectingLanguage | undefined][] = [
      ['sr', 'sh'],
      ['sr-Latn', 'sh'],
      ['sr-Cyrl', 'sh'],
      ['hr', 'sh'],
      ['bs', 'sh'],
      ['sh', 'sh'],
      ['cnr', 'sh'],
      ['de', 'de'],
      ['de-AT', 'de'],
      ['DE-ch', 'de'],
      ['ru', 'ru'],
      ['ru-RU', 'ru'],
      ['en', undefined],
      ['en-GB', undefined],
      ['sq', 'sq'],
      ['fr', undefined],
      ['srx', undefined],
      [undefined, undefined],
    ];
    for (const [tag, language] of table) expect(inflectingLanguage(tag), String(tag)).toBe(language);
  });
});

describe('wordInflections', () => {
  it('should give Albanian forms of a name’s last word, read folded', () => {
    const table: [string, string[]][] = [
      ['kurti', ['kurti', 'kurtin', 'kurtit']],
      ['kosova', ['kosova', 'kosove', 'kosoven', 'kosoves']],
      ['serbia', ['serbi', 'serbia', 'serbine', 'serbise']],
      ['vuciq', ['vuciq', 'vuciqi', 'vuciqin', 'vuciqit']],
      ['stoltenberg', ['stoltenberg', 'stoltenbergu', 'stoltenbergun', 'stoltenbergut']],
    ];
    for (const [word, expected] of table) expect(forms('sq', word), word).toEqual([...expected].sort());
    // Only the last word of a name declines.
    expect(forms('sq', 'jens', false)).toEqual(['jens']);
  });

  it('should give Russian case forms of a word, read in Latin letters, by its ending', () => {
    const table: [string, string[], string[]][] = [
      ['vucic', ['vucica', 'vucicu', 'vucicem', 'vucice'], []],
      ['stoltenberg', ['stoltenberga', 'stoltenbergu', 'stoltenbergom', 'stoltenberge'], []],
      ['moskva', ['moskvy', 'moskve', 'moskvu', 'moskvoj'], []],
      ['serbija', ['serbii', 'serbiju', 'serbiej'], []],
      ['zelenskij', ['zelenskogo', 'zelenskomu', 'zelenskim', 'zelenskom'], []],
      ['dmitrij', ['dmitrija', 'dmitriju', 'dmitriem'], []],
      ['andrej', ['andreja', 'andreju', 'andreem'], []],
      ['kosovo', ['kosova', 'kosovu', 'kosovom'], []],
      // Foreign names in another vowel do not decline; a name spelt in Latin letters takes no ending.
      ['kurti', [], ['kurtija', 'kurtiu']],
      ['serbia', [], ['serby', 'serbii']],
    ];
    for (const [word, some, none] of table) {
      const all = forms('ru', word);
      expect(all, word).toEqual(expect.arrayContaining(some));
      for (const form of none) expect(all, word).not.toContain(form);
    }
    expect(forms('ru', 'kurti')).toEqual(['kurti']);
  });

  it('should give Serbo-Croatian case forms of a word by its ending', () => {
    const table: [string, string[]][] = [
      ['srbija', ['srbija', 'srbije', 'srbiji', 'srbijoj', 'srbijom', 'srbiju']],
      ['banjska', ['banjska', 'banjske', 'banjski', 'banjskoj', 'banjskom', 'banjsku']],
      ['amerika', ['amerika', 'amerike', 'ameriki', 'amerikoj', 'amerikom', 'ameriku', 'americi']],
      ['kosovo', ['kosova', 'kosovo', 'kosovom', 'kosovu']],
      ['polje', ['polja', 'polje', 'poljem', 'poljom', 'polju']],
      ['zelenski', ['zelenski', 'zelenskim', 'zelenskog', 'zelenskoga', 'zelenskom', 'zelenskome']],
      ['kosovsko', ['kosovsko', 'kosovskog', 'kosovskoga', 'kosovskom', 'kosovskome', 'kosovskim']],
    ];
    for (const [word, expected] of table) expect(forms('sh', word), word).toEqual([...expected].sort());
  });

  it('should give Serbo-Croatian nouns in a consonant their cases and possessives, with the fleeting a', () => {
    const table: [string, string[], string[]][] = [
      ['vucic', ['vucica', 'vucicu', 'vucicem', 'vucicom', 'vucicev', 'vucicevog'], ['vucicka', 'vucicevac']],
      ['aleksandar', ['aleksandra', 'aleksandru', 'aleksandrom', 'aleksandrov', 'aleksandara'], ['aleksandr']],
      ['kragujevac', ['kragujevca', 'kragujevcu', 'kragujevcem'], []],
      ['kurti', ['kurtija', 'kurtiju', 'kurtijem', 'kurtijev'], ['kurtia', 'kurtiu']],
    ];
    for (const [word, some, none] of table) {
      const all = forms('sh', word);
      expect(all, word).toEqual(expect.arrayContaining(some));
      for (const form of none) expect(all, word).not.toContain(form);
    }
  });

  it('should give German genitives to a last word and adjective endings to the words before it', () => {
    const table: [string, boolean, string[]][] = [
      ['serbien', true, ['serbien', 'serbienes', 'serbiens']],
      ['kosovo', true, ['kosovo', 'kosovos']],
      ['bundestag', true, ['bundestag', 'bundestages', 'bundestags']],
      ['grune', true, ['grune', 'grunen', 'grunes']],
      ['paris', true, ['paris']],
      ['europaische', false, ['europaische', 'europaischem', 'europaischen', 'europaischer', 'europaisches']],
      ['deutscher', false, ['deutsche', 'deutschem', 'deutschen', 'deutscher', 'deutsches']],
      ['aleksandar', false, ['aleksandar']],
    ];
    for (const [word, last, expected] of table) expect(forms('de', word, last), word).toEqual([...expected].sort());
  });

  it('should leave short stems and words that end in no letter alone', () => {
    const table: [InflectingLanguage, string][] = [
      ['sh', 'rus'],
      ['sh', 'kina'],
      ['sh', 'nis'],
      ['sh', 'eu'],
      ['de', 'rom'],
      ['sh', 'u.s.'],
      ['de', 'g7'],
    ];
    for (const [language, word] of table) expect(wordInflections(language, word, true), word).toEqual([]);
  });
});
