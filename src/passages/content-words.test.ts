import { describe, expect, it } from 'vitest';
import { contentWords, nameKeys, namesDisagree, sentenceNames, wordOverlap } from './content-words.ts';
import { defaultPassageOptions } from './shared-passages.ts';

describe('contentWords', () => {
  it('should keep the words that carry facts, folded and trimmed', () => {
    expect(contentWords('Three attackers and one police officer were killed.')).toEqual(
      contentWords('3 attacker, 1 police officers: killing'),
    );
    expect(contentWords('Three attackers and one police officer were killed.').size).toBe(6);
    expect([...contentWords('Radoičić’s men')]).toEqual(['radoicic', 'men']);
  });

  it('should read a word with soft hyphens or a zero-width space in it as the word', () => {
    expect(contentWords('The water sup\u00ADply of Varn is se\u00ADcure, engi\u200Bneers said.')).toEqual(
      contentWords('The water supply of Varn is secure, engineers said.'),
    );
    expect(sentenceNames('Mayor Ve\u00ADlken said so.')).toEqual(['velken']);
  });

  it('should read a word that names a property of every object (`constructor`) as a word like any other', () => {
    expect([...contentWords('The constructor of the bridge said it was safe.')]).toEqual([
      'constructor',
      'bridg',
      'safe',
    ]);
  });

  it('should find a reworded fact close (compounds and stems included) and an unrelated one far', () => {
    const words = (sentence: string) => [...contentWords(sentence)];
    const fact = words('Three attackers and one police officer were killed.');
    const reworded = words('Amid gun battles, a policeman and three attackers were killed in the ensuing gunbattle.');
    const other = words('Kirby said the police would investigate the attack.');
    expect(wordOverlap(fact, reworded)).toBeGreaterThanOrEqual(defaultPassageOptions.threshold);
    expect(wordOverlap(fact, other)).toBeLessThan(defaultPassageOptions.threshold);
  });

  it('should give the same overlap with a floor it reaches, and one under the floor when it stops short of it', () => {
    const words = (sentence: string) => [...contentWords(sentence)];
    const fact = words('Three attackers and one police officer were killed.');
    const reworded = words('Amid gun battles, a policeman and three attackers were killed in the ensuing gunbattle.');
    const other = words('Kirby said the police would investigate the attack.');
    const { threshold } = defaultPassageOptions;
    expect(wordOverlap(fact, reworded, threshold)).toBe(wordOverlap(fact, reworded));
    expect(wordOverlap(fact, other)).toBeGreaterThan(0);
    expect(wordOverlap(fact, other, threshold)).toBeLessThan(threshold);
    expect(wordOverlap(fact, fact, 1)).toBe(1);
  });

  it('should drop the function words of the sentence’s language, so that unrelated sentences share none', () => {
    const unrelated: [string, string, string][] = [
      [
        'de',
        'Die Polizei hat am Montag in der Stadt die Straßen gesperrt, weil das Wasser stieg.',
        'Der Minister hat in der Nacht zum Dienstag die Dörfer an der Grenze besucht.',
      ],
      [
        'fr',
        'La police a fermé les routes de la ville parce que le niveau de l’eau montait.',
        'Le ministre a visité les villages de la frontière dans la nuit de mardi.',
      ],
      [
        'sr-Latn',
        'Policija je u ponedeljak zatvorila puteve u gradu jer je nivo vode rastao.',
        'Ministar je u noći između utorka i srede obišao sela na granici.',
      ],
    ];
    for (const [lang, a, b] of unrelated) {
      // Read as English, their articles and prepositions alone make them look alike.
      expect(wordOverlap([...contentWords(a)], [...contentWords(b)]), lang).toBeGreaterThan(0.15);
      expect(wordOverlap([...contentWords(a, lang)], [...contentWords(b, lang)]), lang).toBe(0);
    }
    expect([...contentWords('Le niveau de l’eau montait.', 'fr')]).toEqual(['niveau', 'eau', 'montait']);
  });

  it('should read a known name of several words as one word, which still meets its last word alone', () => {
    const names = nameKeys(['Ilse Varga', 'Varga']);
    expect([...contentWords('Mayor Ilse Varga thanked the crews.', undefined, names)]).toEqual([
      'mayor',
      'ilse_varga',
      'thank',
      'crew',
    ]);
    // About one person, not one fact: her name counts as one word, not two.
    const overlap = (known?: typeof names) =>
      wordOverlap(
        [...contentWords('Mayor Ilse Varga said the city would open two more shelters on Friday.', undefined, known)],
        [...contentWords('Mayor Ilse Varga said the city would invest more money in its schools.', undefined, known)],
      );
    expect(overlap(names)).toBeLessThan(overlap());
    const stock = (sentence: string) => [...contentWords(sentence, undefined, names)];
    expect(wordOverlap(stock('Ilse Varga opened two shelters.'), stock('Varga opened two shelters.'))).toBe(1);
  });

  it('should drop reporters’ formulas, which tell no fact, and keep the facts around them', () => {
    const words = (sentence: string, lang?: string) => [...contentWords(sentence, lang)];
    expect(words('City officials did not immediately respond to requests for comment on Tuesday.')).toEqual([
      'city',
      'official',
      'tuesday',
    ]);
    expect(words('Police could not be reached for comment, and the ministry declined to comment.')).toEqual([
      'polic',
      'ministry',
    ]);
    expect(words('It was not immediately clear whether the three attackers were from Serbia.')).toEqual([
      '3',
      'attack',
      'serbia',
    ]);
    expect(words('Die Stadtverwaltung reagierte zunächst nicht auf eine Anfrage.', 'de')).toEqual(['stadtverwaltung']);
    expect(words('Ministarstvo nije odmah odgovorilo na zahtev za komentar.', 'sr-Latn')).toEqual(['ministarstvo']);
    expect(words('Министарство није одмах одговорило на захтев за коментар.', 'sr-Cyrl')).toEqual(['ministarstvo']);
    // Only as a whole: the same words in a fact stay.
    expect(words('The council voted not to respond to the request from the union.')).toContain('respond');
  });

  it('should read Serbian in Cyrillic as in Latin letters', () => {
    expect(contentWords('Ватрогасци и војска евакуисали су 1.200 становника.', 'sr-Cyrl')).toEqual(
      contentWords('Vatrogasci i vojska evakuisali su 1.200 stanovnika.', 'sr-Latn'),
    );
  });
});

describe('sentenceNames', () => {
  it('should read the words written with a capital, but the first word, days and months', () => {
    expect(sentenceNames('The Kremlin did not respond to NATO’s request on Sunday, 24 September.')).toEqual([
      'kremlin',
      'nato',
    ]);
    expect(sentenceNames('Police said Radoičić had left.')).toEqual(['radoicic']);
    expect(sentenceNames('He said John F. Kirby spoke for the U.S. government.')).toEqual(['john', 'kirby']);
    expect(sentenceNames('Three attackers and one police officer were killed.')).toEqual([]);
  });

  it('should read a first word that is an acronym or opens a known name, and no other', () => {
    const known = nameKeys(['Serbia', 'United States', 'Kosovo Police']);
    expect(sentenceNames('NATO sends additional forces to Kosovo.')).toEqual(['nato', 'kosovo']);
    expect(sentenceNames('KFOR’s troops stay.')).toEqual(['kfor']);
    expect(sentenceNames('U.S. officials said so.', known)).toEqual([]);
    expect(sentenceNames('Serbia’s president denied it.', known)).toEqual(['serbia']);
    expect(sentenceNames('United States officials said so.', known)).toEqual(['united', 'states']);
    expect(sentenceNames('Police said Radoičić had left.', known)).toEqual(['radoicic']);
    expect(sentenceNames('Serbia denied it.')).toEqual([]);
  });
});

describe('namesDisagree', () => {
  const disagree = (a: string, b: string) => namesDisagree(sentenceNames(a), sentenceNames(b));

  it('should tell a stock sentence about someone else from a shared one', () => {
    expect(
      disagree(
        'The Kremlin did not immediately respond to a request for comment.',
        'A spokesman for NATO did not immediately respond to a request for comment.',
      ),
    ).toBe(true);
  });

  it('should tell apart sentences that open with different known names', () => {
    const known = nameKeys(['Serbia', 'Russia']);
    const serbia = 'Serbia has repeatedly denied any involvement in the attack.';
    const russia = 'Russia has repeatedly denied any involvement in the attack.';
    expect(namesDisagree(sentenceNames(serbia, known), sentenceNames(russia, known))).toBe(true);
    expect(namesDisagree(sentenceNames(serbia, known), sentenceNames(serbia, known))).toBe(false);
  });

  it('should stay quick on a run-on text of thousands of names', () => {
    const many = (prefix: string) => Array.from({ length: 5_000 }, (_, i) => `${prefix}${i}`);
    expect(namesDisagree(many('a'), many('b'))).toBe(true);
    expect(namesDisagree([...many('a'), 'kosovo'], ['kosovo', ...many('b')])).toBe(false);
  });

  it('should let rewrites through: a name in another form, a name dropped, a day for a date', () => {
    expect(
      disagree('Gunmen attacked a patrol near the Serbian border.', 'Gunmen near the Serbia border shot at police.'),
    ).toBe(false);
    expect(
      disagree('The attack in Banjska killed three, Kosovo Police said.', 'Three people died in the attack.'),
    ).toBe(false);
    expect(disagree('The clashes began on Sunday in Kosovo.', 'The clashes began on 24 September in Kosovo.')).toBe(
      false,
    );
  });
});

describe('contentWords in Chinese and Japanese', () => {
  const words = (sentence: string, lang: string) => [...contentWords(sentence, lang)];
  const { threshold } = defaultPassageOptions;

  it('should read a run of Han or kana letters as its overlapping pairs, and the numbers in it as words', () => {
    expect(words('伦纳河决堤。', 'zh-Hans')).toEqual(['伦纳', '纳河', '河决', '决堤']);
    expect(words('2024年3月，大雨。', 'zh-Hans')).toEqual(['2024', '年', '3', '月', '大雨']);
    expect(words('イルゼ・ヴァルガ市長', 'ja')).toEqual(['イル', 'ルゼ', 'ヴァ', 'ァル', 'ルガ', 'ガ市', '市長']);
  });

  it('should read half-width kana and full-width digits as the usual ones, and keep kana’s voicing marks', () => {
    expect(words('ｶﾞｽ料金は１２００円', 'ja')).toEqual(words('ガス料金は1200円', 'ja'));
    expect(words('ガス', 'ja')).toEqual(['ガス']);
    expect(words('ガス', 'ja')).not.toEqual(words('カス', 'ja'));
  });

  it('should match a pair of letters only with itself, not with another that shares a letter', () => {
    expect(wordOverlap(['大雨'], ['大水'])).toBe(0);
    expect(wordOverlap(['市长'], ['市'])).toBe(0);
    expect(wordOverlap(['𠀋雨'], ['𠀋水'])).toBe(0);
  });

  it('should find a Chinese sentence and its light edit alike, and a rewrite of it over the threshold', () => {
    const wire = words('受强降雨影响，伦纳河于周三夜间决堤，马尔维克市中心被洪水淹没。', 'zh-Hans');
    const edited = words('受持续强降雨影响，伦纳河于周三夜间决堤，马尔维克市中心被洪水淹没。', 'zh-Hans');
    const reworded = words('周三夜间，连日暴雨导致伦纳河决堤，洪水淹没了马尔维克市中心。', 'zh-Hans');
    expect(wordOverlap(wire, edited)).toBeGreaterThan(0.9);
    expect(wordOverlap(wire, reworded)).toBeGreaterThanOrEqual(threshold);
  });

  it('should keep apart two sentences that share a name and the verb of saying, but no fact', () => {
    const overlap = (a: string, b: string, lang: string) => wordOverlap(words(a, lang), words(b, lang));
    expect(
      overlap(
        '市长伊尔莎·瓦尔加表示，自1891年有记录以来，该市从未出现过如此高的水位。',
        '市长伊尔莎·瓦尔加表示，该市将在未来几年加大对学校的投入。',
        'zh-Hans',
      ),
    ).toBeLessThan(threshold);
    expect(
      overlap(
        'イルゼ・ヴァルガ市長は「1891年に観測を始めて以来、これほどの水位は経験したことがない」と述べた。',
        'イルゼ・ヴァルガ市長は、今後数年間で学校への投資を増やすと述べた。',
        'ja',
      ),
    ).toBeLessThan(threshold);
  });

  it('should read Korean words the same beside Japanese with voiced kana as alone', () => {
    const korean = [...contentWords('서울 시장이 말했다')];
    const beside = [...contentWords('서울 시장이 말했다 ですが')];
    expect(beside.slice(0, korean.length)).toEqual(korean);
  });
});
