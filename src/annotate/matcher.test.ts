import { describe, expect, it } from 'vitest';
import { type AliasEntry, type Matcher, compileMatcher } from './matcher.ts';

const glossary: AliasEntry[] = [
  { entity: 'kosovo', alias: 'Kosovo' },
  { entity: 'kfor', alias: 'Kosovo Force' },
  { entity: 'kfor', alias: 'KFOR' },
  { entity: 'nato', alias: 'NATO' },
  { entity: 'nato', alias: 'North Atlantic Alliance' },
  { entity: 'vucic', alias: 'Aleksandar Vučić' },
  { entity: 'vucic', alias: 'Vučić' },
  { entity: 'kosovo-police', alias: 'Kosovo Police' },
  { entity: 'china', alias: 'China' },
  { entity: 'united-states', alias: 'US' },
  { entity: 'united-states', alias: 'U.S.' },
  { entity: 'united-states', alias: 'United States' },
  { entity: 'us-nsc', alias: 'US National Security Council' },
  { entity: 'att', alias: 'AT&T' },
  { entity: 'cpp', alias: 'C++' },
  { entity: 'regex', alias: '(a|b)*.?' },
];

const match = compileMatcher(glossary);

/** The mentions in a text, as `entity:surface` strings. */
function mentions(text: string, lang?: string, matcher: Matcher = match): string[] {
  return matcher(text, lang).map(({ entity, start, end }) => `${entity}:${text.slice(start, end)}`);
}

/** The glossary above with names in Serbian, Cyrillic and German, as editors write them. */
const languages: AliasEntry[] = [
  ...glossary,
  { entity: 'serbia', alias: 'Serbia' },
  { entity: 'serbia', alias: 'Srbija' },
  { entity: 'serbia', alias: 'Србија' },
  { entity: 'serbia', alias: 'Serbien' },
  { entity: 'kosovo', alias: 'Kosova' },
  { entity: 'belgrade', alias: 'Belgrade' },
  { entity: 'belgrade', alias: 'Beograd' },
  // German exonyms are aliases an editor adds, not case forms.
  { entity: 'belgrade', alias: 'Belgrad' },
  { entity: 'banjska', alias: 'Banjska' },
  { entity: 'srpska-lista', alias: 'Srpska lista' },
  { entity: 'srpska-lista', alias: 'Serb List' },
  { entity: 'kosovska-mitrovica', alias: 'Kosovska Mitrovica' },
  { entity: 'kurti', alias: 'Albin Kurti' },
  { entity: 'kurti', alias: 'Kurti' },
  { entity: 'russia', alias: 'Russia' },
  { entity: 'russia', alias: 'Rusija' },
  { entity: 'russia', alias: 'Russland' },
  { entity: 'united-states', alias: 'Amerika' },
  { entity: 'eu', alias: 'European Union' },
  { entity: 'eu', alias: 'Evropska unija' },
  { entity: 'eu', alias: 'Europäische Union' },
  { entity: 'eu', alias: 'EU' },
  { entity: 'bundestag', alias: 'Deutscher Bundestag' },
  { entity: 'bundestag', alias: 'Bundestag' },
  { entity: 'zelensky', alias: 'Volodimir Zelenski' },
  { entity: 'zelensky', alias: 'Zelenski' },
  { entity: 'kragujevac', alias: 'Kragujevac' },
  // A short name: its stem is too short to inflect.
  { entity: 'rus', alias: 'Rus' },
];

const inLanguages = compileMatcher(languages);

describe('compileMatcher', () => {
  it('should prefer the longest alias', () => {
    expect(mentions("NATO's Kosovo Force (KFOR) in Kosovo")).toEqual([
      'nato:NATO',
      'kfor:Kosovo Force',
      'kfor:KFOR',
      'kosovo:Kosovo',
    ]);
    expect(mentions('the US National Security Council and the US')).toEqual([
      'us-nsc:US National Security Council',
      'united-states:US',
    ]);
  });

  it('should fall back to a shorter alias when a longer one does not finish', () => {
    expect(mentions('Kosovo Forces')).toEqual(['kosovo:Kosovo']);
    expect(mentions('the US National Security Adviser')).toEqual(['united-states:US']);
  });

  it('should match whole words only', () => {
    expect(mentions('Kosovar, NATOs, KFORx, Kosovo2 and subUS')).toEqual([]);
  });

  it('should link possessives to the entity, leaving the ending outside', () => {
    expect(mentions("NATO’s troops and Kosovo's prime minister, Vučić’s call")).toEqual([
      'nato:NATO',
      'kosovo:Kosovo',
      'vucic:Vučić',
    ]);
  });

  it('should match names with or without diacritics, and in capitals', () => {
    expect(mentions('Vucic met VUČIĆ; aleksandar vucic spoke')).toEqual(['vucic:Vucic', 'vucic:VUČIĆ']);
  });

  it('should match an alias with at least one of its capitals, as `the Banjska monastery` is the monastery', () => {
    expect(mentions('the Kosovo force and the united States')).toEqual([
      'kfor:Kosovo force',
      'united-states:united States',
    ]);
  });

  it('should not match a word the glossary writes with a capital written in lower case, but in a body’s name', () => {
    expect(mentions('plates of fine china, the united states of mind, aleksandar vučić')).toEqual([]);
    expect(mentions('a Kosovo police officer; the kosovo police')).toEqual([
      'kosovo-police:Kosovo police',
      'kosovo-police:kosovo police',
    ]);
  });

  it('should match acronyms only as written', () => {
    expect(mentions('Nato and nato, us and Us, kfor')).toEqual([]);
    expect(mentions('U.S. and US-led')).toEqual(['united-states:U.S.', 'united-states:US']);
  });

  it('should match across any white space between words', () => {
    expect(mentions('the United\nStates and the North  Atlantic\tAlliance')).toEqual([
      'united-states:United\nStates',
      'nato:North  Atlantic\tAlliance',
    ]);
  });

  it('should treat regular expression metacharacters in aliases as text', () => {
    expect(mentions('AT&T, C++ and (a|b)*.? but not ATT, C or ab')).toEqual(['att:AT&T', 'cpp:C++', 'regex:(a|b)*.?']);
  });

  it('should report offsets in the original text, astral characters included', () => {
    const text = '👍 Vučić 👍 NATO';
    expect(match(text)).toEqual([
      { entity: 'vucic', start: 3, end: 8 },
      { entity: 'nato', start: 12, end: 16 },
    ]);
  });
});

/** Sentences in a language, each with the mentions it must yield (and nothing else). */
type Table = [text: string, expected: string[]][];

function expectTable(lang: string, table: Table): void {
  for (const [text, expected] of table) expect(mentions(text, lang, inLanguages), `${lang}: ${text}`).toEqual(expected);
}

describe('compileMatcher in Serbian, Croatian and Bosnian', () => {
  it('should match case forms of names in Latin script', () => {
    expectTable('sr-Latn', [
      [
        'Predsednik Srbije Aleksandar Vučić ponovio je da Srbija neće priznati Kosovo.',
        ['serbia:Srbije', 'vucic:Aleksandar Vučić', 'serbia:Srbija', 'kosovo:Kosovo'],
      ],
      ['Posle napada u Banjskoj policija je ušla u Banjsku.', ['banjska:Banjskoj', 'banjska:Banjsku']],
      [
        'Kandidati Srpske liste sastali su se sa Aleksandrom Vučićem.',
        ['srpska-lista:Srpske liste', 'vucic:Aleksandrom Vučićem'],
      ],
      [
        'Srpskoj listi je pisao i premijer Kosova Albin Kurti.',
        ['srpska-lista:Srpskoj listi', 'kosovo:Kosova', 'kurti:Albin Kurti'],
      ],
      ['Pismo Aleksandru Vučiću stiglo je iz Rusije.', ['vucic:Aleksandru Vučiću', 'russia:Rusije']],
      ['Kurtijeva vlada i Kurtiju bliski ministri', ['kurti:Kurtijeva', 'kurti:Kurtiju']],
      [
        'O Kosovu se govorilo u Beogradu, Rusiji i Americi.',
        ['kosovo:Kosovu', 'belgrade:Beogradu', 'russia:Rusiji', 'united-states:Americi'],
      ],
      [
        'Evropskoj uniji se obratio i Zelenski, a Zelenskog je primio Vučić.',
        ['eu:Evropskoj uniji', 'zelensky:Zelenski', 'zelensky:Zelenskog', 'vucic:Vučić'],
      ],
      [
        'Autobus iz Kragujevca stigao je u Kosovsku Mitrovicu.',
        ['kragujevac:Kragujevca', 'kosovska-mitrovica:Kosovsku Mitrovicu'],
      ],
    ]);
  });

  it('should match case forms of names in Cyrillic script, to Latin aliases', () => {
    expectTable('sr-Cyrl', [
      [
        'Председник Србије Александар Вучић поновио је да Србија неће признати Косово.',
        ['serbia:Србије', 'vucic:Александар Вучић', 'serbia:Србија', 'kosovo:Косово'],
      ],
      ['После напада у Бањској полиција је ушла у Бањску.', ['banjska:Бањској', 'banjska:Бањску']],
      [
        'Кандидати Српске листе састали су се са Александром Вучићем.',
        ['srpska-lista:Српске листе', 'vucic:Александром Вучићем'],
      ],
      ['Писмо Вучићу стигло је из Русије.', ['vucic:Вучићу', 'russia:Русије']],
    ]);
  });

  it('should apply the same rules to Croatian and Bosnian', () => {
    expectTable('hr', [['Premijer Kosova razgovarao je s predsjednikom Srbije.', ['kosovo:Kosova', 'serbia:Srbije']]]);
    expectTable('bs', [
      ['Delegacija Evropske unije doputovala je iz Beograda.', ['eu:Evropske unije', 'belgrade:Beograda']],
    ]);
  });

  it('should not match words that only share a stem with a name', () => {
    expectTable('sr-Latn', [
      // Adjectives and demonyms derived from a name are other words: Kosovska (policija) is not Kosovo.
      ['Kosovska policija i kosovski zvaničnici', []],
      ['Jedan Srbin i dva Srbina, Srbi i Srbijanci', []],
      ['Kosovari i kosovarski mediji', []],
      ['vučićevci i Beograđani', []],
      ['srpski jezik i Srpsko narodno veće', []],
      // Too short to inflect: Rus matches only as written.
      ['Rusa i Rusi, ali Rus', ['rus:Rus']],
      // Acronyms never inflect; a hyphenated ending stays outside, as before.
      ['NATOa, KFORu, EUom, ali NATO-a i KFOR-om', ['nato:NATO', 'kfor:KFOR']],
      ['Kosovopolje i Kosovac', []],
    ]);
    expectTable('sr-Cyrl', [['Косовска полиција и један Србин', []]]);
  });
});

describe('compileMatcher in German', () => {
  it('should match genitives and adjective endings of names', () => {
    expectTable('de', [
      [
        'Der Präsident Serbiens, Aleksandar Vučić, lehnt die Unabhängigkeit Kosovos ab.',
        ['serbia:Serbiens', 'vucic:Aleksandar Vučić', 'kosovo:Kosovos'],
      ],
      [
        'In Belgrad sagte Vučić, Serbien werde Kosovo nie anerkennen.',
        ['belgrade:Belgrad', 'vucic:Vučić', 'serbia:Serbien', 'kosovo:Kosovo'],
      ],
      [
        'Ein Sprecher der Europäischen Union und des Deutschen Bundestages äußerte sich.',
        ['eu:Europäischen Union', 'bundestag:Deutschen Bundestages'],
      ],
      [
        'Vučićs Partei, Kurtis Regierung und Russlands Außenminister',
        ['vucic:Vučićs', 'kurti:Kurtis', 'russia:Russlands'],
      ],
      ['Im Deutschen Bundestag und im Bundestags-Ausschuss', ['bundestag:Deutschen Bundestag', 'bundestag:Bundestags']],
    ]);
    expectTable('de-AT', [['Die Regierung Serbiens', ['serbia:Serbiens']]]);
  });

  it('should not match words that only share a stem with a name', () => {
    expectTable('de', [
      ['Ein Serbe und zwei Serben, eine Serbin, serbische Polizei', []],
      ['Russen und Russinnen, ein Kosovare', []],
      ['Die Bundestagswahl und der Bundestagsabgeordnete', []],
      ['Serbiensche, Kosovoes, Roms', []],
      // Only the last word takes the genitive: Aleksandars Vučić is not a name's case form.
      ['Aleksandars Vučić', ['vucic:Vučić']],
    ]);
  });
});

describe('compileMatcher across scripts', () => {
  it('should match Cyrillic text to Latin aliases and Latin text to Cyrillic aliases, in any language', () => {
    for (const lang of [undefined, 'en', 'sr-Cyrl', 'de']) {
      expect(mentions('Вучић и Србија', lang, inLanguages), String(lang)).toEqual(['vucic:Вучић', 'serbia:Србија']);
    }
    const cyrillicOnly = compileMatcher([{ entity: 'serbia', alias: 'Србија' }]);
    expect(mentions('Srbija, SRBIJA', undefined, cyrillicOnly)).toEqual(['serbia:Srbija', 'serbia:SRBIJA']);
  });

  it('should match an acronym in the other script only letter for letter, in the same case', () => {
    const acronyms = compileMatcher([
      { entity: 'nato', alias: 'NATO' },
      { entity: 'eu', alias: 'ЕУ' },
    ]);
    expect(mentions('НАТО, Нато, EU и Eu', undefined, acronyms)).toEqual(['nato:НАТО', 'eu:EU']);
  });

  it('should tell a name in another case than the glossary writes it, which no subject is', () => {
    const text = 'Vučić je rekao da portparol Vučića ne govori u ime Srbije.';
    expect(inLanguages(text, 'sr').map(({ inflected }) => inflected ?? false)).toEqual([false, true, true]);
  });

  it('should match case forms only in the article language', () => {
    const text = 'Predsednik Srbije u Beogradu; Serbiens Präsident';
    expect(mentions(text, 'sr', inLanguages)).toEqual(['serbia:Srbije', 'belgrade:Beogradu']);
    expect(mentions(text, 'de', inLanguages)).toEqual(['serbia:Serbiens']);
    expect(mentions(text, 'en', inLanguages)).toEqual([]);
    expect(mentions(text, undefined, inLanguages)).toEqual([]);
  });
});

describe('compileMatcher in Russian', () => {
  it('should match case forms of names, written in Cyrillic', () => {
    expectTable('ru', [
      ['Генсек НАТО встретился с Вучичем в Косове.', ['nato:НАТО', 'vucic:Вучичем', 'kosovo:Косове']],
      ['Представитель Александра Вучича не ответил.', ['vucic:Вучича']],
      // Сербы are the Serbs: no case form of `Serbia`, which Russian writes Сербия.
      ['Сербы вышли на улицы.', []],
    ]);
  });

  it('should tell a name in another case than the glossary writes it', () => {
    expect(inLanguages('Вучич и Вучича', 'ru').map(({ inflected }) => inflected ?? false)).toEqual([false, true]);
  });
});

describe('compileMatcher in Albanian', () => {
  const albanian = compileMatcher([
    { entity: 'kurti', alias: 'Albin Kurti' },
    { entity: 'kurti', alias: 'Kurti' },
    { entity: 'vucic', alias: 'Vuçiq' },
    { entity: 'serbia', alias: 'Serbia' },
    { entity: 'kosovo', alias: 'Kosova' },
    { entity: 'stoltenberg', alias: 'Jens Stoltenberg' },
  ]);
  const found = (text: string) =>
    albanian(text, 'sq').map(({ entity, start, end, inflected }) => [
      entity,
      text.slice(start, end),
      inflected ?? false,
    ]);

  it('should match the forms of a name’s last word, telling the subject’s case from the others', () => {
    expect(found('Vuçiqi tha se Serbia nuk ka lidhje, sipas Kurtit.')).toEqual([
      ['vucic', 'Vuçiqi', false],
      ['serbia', 'Serbia', false],
      ['kurti', 'Kurtit', true],
    ]);
    expect(found('Zëdhënësi i Vuçiqit u takua me Jens Stoltenbergun në Kosovë, larg Serbisë.')).toEqual([
      ['vucic', 'Vuçiqit', true],
      ['stoltenberg', 'Jens Stoltenbergun', true],
      ['kosovo', 'Kosovë', true],
      ['serbia', 'Serbisë', true],
    ]);
  });
});

describe('compileMatcher in Macedonian', () => {
  it("should match a name written with Macedonian's own letters to its Latin alias", () => {
    const macedonian = compileMatcher([{ entity: 'vucic', alias: 'Aleksandar Vučić' }]);
    const text = 'Српскиот претседател Александар Вучиќ ги отфрли обвинувањата.';
    expect(macedonian(text, 'mk').map(({ start, end }) => text.slice(start, end))).toEqual(['Александар Вучиќ']);
  });
});

describe('compileMatcher in Turkish', () => {
  const turkish = compileMatcher([
    { entity: 'kurti', alias: 'Kurti' },
    { entity: 'vucic', alias: 'Vucic' },
  ]);
  const found = (text: string, lang: string) =>
    turkish(text, lang).map(({ entity, start, end, inflected }) => [
      entity,
      text.slice(start, end),
      inflected ?? false,
    ]);

  it('should tell a name with a case ending after an apostrophe, which no subject is', () => {
    expect(found("Vucic'in sözcüsü Kurti'ye yanıt verdi; Kurti konuştu.", 'tr')).toEqual([
      ['vucic', 'Vucic', true],
      ['kurti', 'Kurti', true],
      ['kurti', 'Kurti', false],
    ]);
  });

  it('should leave an English possessive as it is', () => {
    expect(found("Vucic's spokesman", 'en')).toEqual([['vucic', 'Vucic', false]]);
  });
});

describe('compileMatcher in English and with no language', () => {
  const paragraph =
    "Serbia's President Aleksandar Vučić met Albin Kurti, Kosovo's prime minister, in Brussels, where the " +
    'European Union and NATO urged calm. After the attack at Banjska, the Kosovo Police and KFOR patrolled ' +
    'near Kosovska Mitrovica; the Serb List (Srpska lista) walked out. Russia and the United States, the U.S. ' +
    'National Security Council and the Bundestag weighed in. Serbs, Serbians, Kosovars and Russians ' +
    'spoke of Serbiens, Kosova, Srbije and Vučića, Belgrades and Kurtis; Rusa and Kosovu are not English.';

  const texts = [
    paragraph,
    "NATO's Kosovo Force (KFOR) in Kosovo",
    'the US National Security Council and the US',
    'Kosovo Forces',
    'the US National Security Adviser',
    'Kosovar, NATOs, KFORx, Kosovo2 and subUS',
    "NATO’s troops and Kosovo's prime minister, Vučić’s call",
    'Vucic met VUČIĆ; aleksandar vucic spoke',
    'a Kosovo police officer',
    'Nato and nato, us and Us, kfor',
    'U.S. and US-led',
    'the United\nStates and the North  Atlantic\tAlliance',
    'AT&T, C++ and (a|b)*.? but not ATT, C or ab',
    '👍 Vučić 👍 NATO',
  ];

  it('should find exactly the mentions it finds without the case-form rules', () => {
    const plain = compileMatcher(languages, { inflect: false });
    for (const text of texts) {
      const expected = plain(text);
      for (const lang of [undefined, 'en', 'en-GB', 'fr'])
        expect(inLanguages(text, lang), `${lang}: ${text}`).toEqual(expected);
    }
  });

  it('should match the English paragraph only as the glossary writes its names', () => {
    expect(mentions(paragraph, 'en', inLanguages)).toEqual([
      'serbia:Serbia',
      'vucic:Aleksandar Vučić',
      'kurti:Albin Kurti',
      'kosovo:Kosovo',
      'eu:European Union',
      'nato:NATO',
      'banjska:Banjska',
      'kosovo-police:Kosovo Police',
      'kfor:KFOR',
      'kosovska-mitrovica:Kosovska Mitrovica',
      'srpska-lista:Serb List',
      'srpska-lista:Srpska lista',
      'russia:Russia',
      'united-states:United States',
      'united-states:U.S.',
      'bundestag:Bundestag',
      'kosovo:Kosova',
    ]);
  });

  it('should find names among Chinese and Japanese letters, which have no spaces between words', () => {
    const cjk = compileMatcher([
      { entity: 'varga', alias: '瓦尔加' },
      { entity: 'varga', alias: 'ヴァルガ' },
      { entity: 'marvik', alias: '马尔维克' },
      { entity: 'nato', alias: 'NATO' },
      { entity: 'nato', alias: '北约' },
    ]);
    expect(mentions('马尔维克市长瓦尔加表示，北约NATO部队已经抵达。', 'zh', cjk)).toEqual([
      'marvik:马尔维克',
      'varga:瓦尔加',
      'nato:北约',
      'nato:NATO',
    ]);
    expect(mentions('ヴァルガ市長は「水位は過去最高だ」と述べた。', 'ja', cjk)).toEqual(['varga:ヴァルガ']);
    // Latin words keep their boundaries beside them: NATO in NATOs is still no name.
    expect(mentions('北约NATOs', 'zh', cjk)).toEqual(['nato:北约']);
  });
});
