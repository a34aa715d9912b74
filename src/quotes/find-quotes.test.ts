import { describe, expect, it } from 'vitest';
import { type NamedSpan, findArticleQuotes, findQuotes, personCarried } from './find-quotes.ts';
import { scoreQuotes } from './quote-evaluation.ts';
import { quoteTestSet } from './quote-test-set.ts';
import { heldOut } from './quote-test-set-held-out.ts';
import { thirdSet } from './quote-test-set-third.ts';
import { cjkSet } from './quote-test-set-cjk.ts';

const kirby = { entity: 'john-kirby', kind: 'person', anchor: 'm-john-kirby-1' };

const person = (entity: string) => ({ entity, kind: 'person', anchor: `m-${entity}-1` });
const people = { Kurti: person('albin-kurti'), Vučić: person('aleksandar-vucic') };

/** The spans of every name of `people` in `text`, in text order. */
function names(text: string): NamedSpan[] {
  return Object.entries(people)
    .flatMap(([name, entity]) =>
      [...text.matchAll(new RegExp(name, 'g'))].map(({ index }) => ({
        ...entity,
        start: index,
        end: index + name.length,
      })),
    )
    .sort((a, b) => a.start - b.start);
}

/** Each quotation's speaker in `text` with the names of `named` (each with its entity and kind), or undefined. */
function attributed(text: string, named: Record<string, readonly [string, string]>, lang?: string) {
  const mentions = Object.entries(named)
    .flatMap(([name, [entity, kind]]) =>
      [...text.matchAll(new RegExp(name, 'g'))].map(({ index }) => ({
        entity,
        kind,
        anchor: `m-${entity}-1`,
        start: index,
        end: index + name.length,
      })),
    )
    .sort((a, b) => a.start - b.start);
  return findQuotes(text, mentions, lang ? { lang } : {}).map((quote) => quote.speaker?.entity);
}
const marvik = {
  'Marvik Primary': ['marvik-primary', 'organization'],
  'Radio Marvik': ['radio-marvik', 'organization'],
} as const;
const agencies = {
  EFE: ['efe', 'organization'],
  'Cadena SER': ['cadena-ser', 'organization'],
  'Luis Ortega': ['luis-ortega', 'person'],
} as const;
const personNamed = (name: string) => ({ [name]: [name.toLowerCase().replace(' ', '-'), 'person'] as const });
const ministry = {
  'Ministerio de Sanidad': ['health-ministry', 'organization'],
  'Ministry of Health': ['health-ministry', 'organization'],
} as const;

/** Each quotation's speaker in `text`, or undefined. */
const speakers = (text: string, carried?: NamedSpan) =>
  findQuotes(text, names(text), carried ? { carried } : {}).map((quote) => quote.speaker?.entity);

describe('findQuotes', () => {
  it('should find quotations in straight and typographic marks, of two words or more', () => {
    const text = 'He called it "unprecedented". “We are watching closely.” „Wir sehen zu“ and «nous regardons»';
    expect(findQuotes(text, []).map(({ text: words }) => words)).toEqual([
      'We are watching closely.',
      'Wir sehen zu',
      'nous regardons',
    ]);
  });

  it('should pass over an empty pair of marks and a quotation of no words, and read the next one', () => {
    const text = 'Kurti wrote "" in the log. "— —," he said. "The water is safe to drink," Kurti said.';
    expect(findQuotes(text, names(text)).map((quote) => [quote.text, quote.speaker?.entity])).toEqual([
      ['The water is safe to drink', 'albin-kurti'],
    ]);
  });

  it('should read a question or an exclamation as said by whom the words right after it name', () => {
    expect(speakers('"Why would we close the dam now?" Kurti asked. "We will never close it!" Kurti said.')).toEqual([
      'albin-kurti',
      'albin-kurti',
    ]);
  });

  it('should not take the quoted name of a newspaper, broadcaster or party for a quotation', () => {
    const text =
      'Kurti told the daily "Vecernje Novosti" and "Radio Free Europe" that the “Voice of America” report was „völlig falsch“.';
    expect(findQuotes(text, []).map(({ text: words }) => words)).toEqual(['völlig falsch']);
    expect(
      findQuotes('Vučić je za list „Večernje novosti“ rekao: „Nećemo priznati Kosovo.“', [], { lang: 'sr' }),
    ).toEqual([expect.objectContaining({ text: 'Nećemo priznati Kosovo.' })]);
    // Unless the text says who spoke them.
    expect(speakers('"Never Again," Kurti said of the floods.')).toEqual(['albin-kurti']);
  });

  it('should give the speaker the text names, with the mention to link to', () => {
    const text = '“Everyone involved must be brought to justice,” Kirby said.';
    const start = text.indexOf('Kirby');
    const [quote] = findQuotes(text, [{ ...kirby, start, end: start + 5 }]);
    expect(quote?.text).toBe('Everyone involved must be brought to justice');
    expect(quote?.speaker).toMatchObject({ entity: 'john-kirby', anchor: 'm-john-kirby-1' });
  });

  it('should read "he said" as the one person named before it, and nobody when two could be meant', () => {
    expect(speakers('Kurti spoke. "This was planned," he said.')).toEqual(['albin-kurti']);
    expect(speakers('Kurti accused Vučić. "This was planned," he said.')).toEqual([undefined]);
    // Two people, one quoted, and nobody else named since that quotation's sentence: the one quoted goes on.
    expect(speakers('"We will not give in," Kurti said of Vučić. "This was planned," he added.')).toEqual([
      'albin-kurti',
      'albin-kurti',
    ]);
    expect(speakers('"We will not give in," Kurti said. Vučić denied it. "This is a lie," he said.')).toEqual([
      'albin-kurti',
      undefined,
    ]);
    // With nobody named in the paragraph, the person carried from the paragraphs before.
    expect(speakers('"This was planned," he said.', people.Kurti as NamedSpan)).toEqual(['albin-kurti']);
  });

  it('should carry to the next paragraph only a person it is clear "he" would mean', () => {
    const carried = (text: string, before?: NamedSpan) =>
      personCarried(text, names(text), findQuotes(text, names(text)), before)?.entity;
    const kurti = { ...people.Kurti, start: 0, end: 5 };
    expect(carried('Kurti spoke.')).toBe('albin-kurti');
    expect(carried('Kurti accused Vučić.', kurti)).toBeUndefined();
    expect(carried('Residents fled.', kurti)).toBe('albin-kurti');
    expect(carried('"We will not give in," Kurti said of Vučić.')).toBe('albin-kurti');
    expect(carried('"We will not give in," Kurti said of Vučić. Vučić denied it.')).toBeUndefined();
  });

  it('should give a quotation to who speaks, not to whom the verb addresses, and only when that is all between', () => {
    expect(speakers('Kurti urged Vučić to “return to talks without conditions”.')).toEqual(['albin-kurti']);
    expect(speakers('Kurti told Vučić: “We will not wait any longer.”')).toEqual(['albin-kurti']);
    expect(speakers('Kurti told reporters that Vučić had promised “talks within a week”.')).toEqual([undefined]);
    expect(speakers('Kurti said Vučić wanted “talks within a week”.')).toEqual([undefined]);
  });

  it('should give a quotation to the subject of its verb past an apposition that names someone else', () => {
    expect(speakers('Kurti, after meeting Vučić in Brussels, said: “Nothing has changed.”')).toEqual(['albin-kurti']);
    expect(speakers('Kurti met Vučić in Brussels, and later said: “Nothing has changed.”')).toEqual([undefined]);
  });

  it('should read a quotation that opens the next sentence as the last speaker going on, and none later in his own', () => {
    expect(speakers('"We will not give in," Kurti said. "This was planned."')).toEqual(['albin-kurti', 'albin-kurti']);
    // Later in the same sentence, another person's words, in a clause about him.
    expect(
      speakers(
        '“We will not allow it,” Kurti wrote, a day after Vučić called the police action “a pogrom against Serbs.”',
      ),
    ).toEqual(['albin-kurti', undefined]);
  });

  it('should read a quotation that ends its sentence in that sentence, not in the next one’s opening', () => {
    expect(
      speakers('In a letter to Vučić, Kurti wrote that “the army must go.” Vučić replied that “it will stay.”'),
    ).toEqual(['albin-kurti', 'aleksandar-vucic']);
  });

  it('should give nobody words that a person’s office or spokesman speaks, after `according to` as before `said`', () => {
    expect(speakers('According to Kurti’s office, “the attack was planned in Belgrade.”')).toEqual([undefined]);
    expect(speakers('“The attack was planned in Belgrade,” according to Kurti’s office.')).toEqual([undefined]);
    expect(speakers('“The attack was planned in Belgrade,” according to Kurti.')).toEqual(['albin-kurti']);
    expect(speakers('According to a spokesman for Kurti, the attack was “planned in Belgrade.”')).toEqual([undefined]);
    expect(speakers('According to aides to Kurti, the attack was “planned in Belgrade.”')).toEqual([undefined]);
  });

  it('should not give `according to`’s name the words it reports someone else said, but its own', () => {
    const police = { police: ['marvik-police', 'organization'] } as const;
    expect(attributed('According to police, the man said he was "not guilty of anything".', police)).toEqual([
      undefined,
    ]);
    expect(attributed('According to police, the man was "not guilty of anything".', police)).toEqual(['marvik-police']);
    // A verb that reports no clause of its own is a participle, whoever its subject: the name still speaks.
    const kirby = { Kirby: ['kirby', 'person'] } as const;
    expect(
      attributed('According to Kirby, the deal announced on Monday is "a big step forward for everyone."', kirby),
    ).toEqual(['kirby']);
    expect(
      attributed(
        'According to Kirby, the measures, described by Belgrade as provocations, are "purely about law and order."',
        kirby,
      ),
    ).toEqual(['kirby']);
    const steel = { 'Halden Steel': ['halden-steel', 'organization'] } as const;
    expect(
      attributed(
        'The plant will reopen, according to a statement from Halden Steel, which said repairs were “far more extensive than expected.”',
        steel,
      ),
    ).toEqual(['halden-steel']);
  });

  it('should read a quotation left open at a paragraph’s end as going on in the next', () => {
    const [first, second] = findArticleQuotes(
      ['Kurti said: “We will not give in.', '“This was planned in Belgrade.”'].map((text) => ({
        text,
        mentions: names(text),
      })),
    );
    expect(first?.map(({ text, open, speaker }) => [text, open, speaker?.entity])).toEqual([
      ['We will not give in.', true, 'albin-kurti'],
    ]);
    expect(second?.map(({ speaker }) => speaker?.entity)).toEqual(['albin-kurti']);
  });

  it('should leave words to nobody where they are what someone else called a thing, claimed or was asked about', () => {
    expect(speakers('Kurti said the agency had described the outage as "a minor technical disruption".')).toEqual([
      undefined,
    ]);
    expect(speakers('Kurti rejected Vučić’s claim that the police were "running the north like an army".')).toEqual([
      undefined,
    ]);
    // A participle is its sentence's subject's: the words are what it called the thing.
    expect(
      speakers('Kurti urged Belgrade to pull back, describing the deployment as a “destabilizing development.”'),
    ).toEqual(['albin-kurti']);
    // The verb before a colon speaks the next quotation, not the one before it.
    expect(
      speakers(
        'Asked about Vučić’s remark that the talks were "a waste of time," Kurti said: "I do not share that view."',
      ),
    ).toEqual([undefined, 'albin-kurti']);
  });

  it('should not take for the speaker whom a verb after the quotation addresses, nor where the speaker stands', () => {
    expect(
      attributed('"We just want the children safe," said one mother waiting outside Marvik Primary.', marvik),
    ).toEqual([undefined]);
    expect(attributed('«Ha sido una noche muy larga», dijo a EFE un vecino.', agencies, 'es')).toEqual([undefined]);
    expect(
      attributed(
        '«Esto es un chantaje», declaró a la Cadena SER el consejero de Transportes, Luis Ortega.',
        agencies,
        'es',
      ),
    ).toEqual(['luis-ortega']);
  });

  it('should give nobody words of unnamed sources within a body, nor of a passive verb’s agent', () => {
    expect(
      attributed('Según fuentes del Ministerio de Sanidad, la medida será «temporal y proporcionada».', ministry, 'es'),
    ).toEqual([undefined]);
    expect(
      attributed('Ministry of Health sources said the measure was "temporary and proportionate".', ministry),
    ).toEqual([undefined]);
    expect(
      attributed('Kurti was quoted by Radio Marvik as saying the talks had "reached a dead end".', marvik),
    ).toEqual([undefined]);
  });

  it('should find the subject of a verb past a quotation and a relative pronoun no further than they allow', () => {
    // A name inside a quotation is not the subject of a verb after it.
    const text =
      '"We stand ready to support Kosovo," NATO said in a statement, adding that allies were "following developments closely."';
    expect(attributed(text, { Kosovo: ['kosovo', 'state'], NATO: ['nato', 'organization'] })).toEqual(['nato', 'nato']);
    const french =
      'Le maire, Jean Morel, a répondu au préfet, qui avait jugé le projet « trop coûteux pour la ville ».';
    expect(attributed(french, { 'Jean Morel': ['jean-morel', 'person'] }, 'fr')).toEqual([undefined]);
  });

  it('should read a quotation that opens the sentence after one reporting what someone said as theirs', () => {
    expect(speakers('Kurti said the money would come from the reserve fund. “It is there for exactly this.”')).toEqual([
      'albin-kurti',
    ]);
    // Unless someone else named after the verb may speak.
    expect(speakers('Kurti said Vučić had broken the deal. “It is there for exactly this.”')).toEqual([undefined]);
  });

  it('should not take for the speaker a name that says where an unnamed one works', () => {
    const hospital = { 'St Cuthbert’s Hospital': ['st-cuthberts', 'organization'] } as const;
    expect(
      attributed('A nurse at St Cuthbert’s Hospital, who asked not to be named, said: “We are full.”', hospital),
    ).toEqual([undefined]);
    expect(attributed('“We are full,” a nurse at St Cuthbert’s Hospital said.', hospital)).toEqual([undefined]);
    const club = { Juventus: ['juventus', 'organization'] } as const;
    expect(
      attributed('L’allenatore della Juventus ha detto che la squadra deve "ritrovare la fame".', club, 'it'),
    ).toEqual([undefined]);
  });

  it('should read a live blog’s entry, its time first, as a lead-in before a colon', () => {
    expect(speakers('14:32 — Kurti: “We need air defence, not promises.”')).toEqual(['albin-kurti']);
  });

  it('should read `according to` before an elided article: Selon l’Insee, Secondo l’Istat', () => {
    expect(
      attributed('Selon l’Insee, le chômage a « légèrement reculé ».', { Insee: ['insee', 'organization'] }, 'fr'),
    ).toEqual(['insee']);
    expect(
      attributed(
        'Secondo l’Istat, l’economia è cresciuta "più del previsto".',
        { Istat: ['istat', 'organization'] },
        'it',
      ),
    ).toEqual(['istat']);
  });

  it('should take a newspaper’s quoted name for a name even when a speaker follows it', () => {
    const text = 'Kako je za dnevni list „Večernje novosti“ rekao Kurti, rok je „potpuno realan“.';
    const found = findQuotes(text, names(text), { lang: 'sr' });
    expect(found.map((quote) => quote.text)).toEqual(['potpuno realan']);
  });

  it('should find a speaker past a title before the name, or an apposition in parts', () => {
    expect(speakers('“We will not be bullied,” Prime Minister Kurti said after meeting Vučić.')).toEqual([
      'albin-kurti',
    ]);
    expect(speakers('Kurti, 48, a former student leader, told AFP: “We lost a whole year.”')).toEqual(['albin-kurti']);
  });

  it('should not read a speech verb inside a name: `States` in `the United States`', () => {
    const text = 'Kurti told reporters the United States was “deeply concerned” by the reports.';
    expect(attributed(text, { Kurti: ['albin-kurti', 'person'], 'United States': ['united-states', 'state'] })).toEqual(
      ['albin-kurti'],
    );
  });

  it('should read "she said" as nobody when a "her" after the one person named may be someone else', () => {
    const paragraphs = ['Kurti toured the shelters.', 'Tom Reed accompanied her. "The water is falling," she said.'];
    const reed = (text: string) => {
      const start = text.indexOf('Tom Reed');
      return start === -1
        ? []
        : [{ entity: 'tom-reed', kind: 'person', anchor: 'm-tom-reed-1', start, end: start + 8 }];
    };
    const quotes = findArticleQuotes(paragraphs.map((text) => ({ text, mentions: [...names(text), ...reed(text)] })));
    expect(quotes.flat().map((quote) => quote.speaker?.entity)).toEqual([undefined]);
    // A possessive `her` is no one else.
    expect(
      attributed('Tom Reed thanked her staff. "The water is falling," she said.', personNamed('Tom Reed')),
    ).toEqual(['tom-reed']);
  });

  it('should read a quotation that opens a paragraph as going on in the words that ended the one before', () => {
    const speakersOf = (paragraphs: string[]) =>
      findArticleQuotes(paragraphs.map((text) => ({ text, mentions: names(text) })))
        .flat()
        .map((quote) => quote.speaker?.entity);
    const flood = '"We have never seen flooding like this," said Kurti.';
    expect(speakersOf([flood, '"The water came up two metres in an hour."'])).toEqual(['albin-kurti', 'albin-kurti']);
    // Not when its own sentence says someone else spoke, named or not.
    expect(speakersOf([flood, '"This is madness," one resident said.'])).toEqual(['albin-kurti', undefined]);
    // Nor when the paragraph before went on after its quotation.
    expect(speakersOf([`${flood} Vučić was not there.`, '"The water came up two metres."'])).toEqual([
      'albin-kurti',
      undefined,
    ]);
  });

  it('should keep the shapes those rules border on', () => {
    // A colon after the verb of a quotation that opens its sentence does not take it away.
    expect(speakers('"We will rebuild," Kurti said, adding: "It will take years."')).toEqual([
      'albin-kurti',
      'albin-kurti',
    ]);
    // A title word ending in -ing is a title; a name beside the speaker is not his.
    expect(speakers('"We will rebuild," said acting Prime Minister Kurti.')).toEqual(['albin-kurti']);
    expect(speakers('"We will rebuild," the man beside Kurti said.')).toEqual([undefined]);
    // A question inside a sentence is not said by whom the next sentence names.
    expect(speakers('Reporters asked Vučić: "Is it over?" Kurti said it was not.')).toEqual([undefined]);
    // A noun for words that is no one's claim: `the charges were "…"`.
    expect(speakers('Kurti said the charges were "a political farce".')).toEqual(['albin-kurti']);
    // `him` is no woman whom `she` may mean.
    expect(speakers('Kurti thanked him. "We will rebuild," she said.')).toEqual(['albin-kurti']);
    // The addressed agency, then the speaker's name with no title between.
    expect(attributed('"Es una vergüenza", dijo a EFE Luis Ortega.', agencies, 'es')).toEqual(['luis-ortega']);
    // A quoted name, then a speaker for another sentence's words.
    const broadcaster = { 'Radio Free Europe': ['rfe', 'organization'], Kurti: ['albin-kurti', 'person'] } as const;
    expect(attributed('Vučić told "Radio Free Europe" that Kurti said so.', broadcaster)).toEqual([]);
  });

  it('should leave a quotation unattributed when the text does not say who spoke', () => {
    const text = 'Kirby spoke later. Residents called it "a night without end" as the water rose.';
    expect(findQuotes(text, [{ ...kirby, start: 0, end: 5 }])[0]?.speaker).toBeUndefined();
  });
});

describe('findQuotes in Chinese and Japanese', () => {
  const chinese = {
    瓦尔加: ['ilse-varga', 'person'],
    瓦爾加: ['ilse-varga', 'person'],
    武契奇: ['aleksandar-vucic', 'person'],
    林晓: ['lin-xiao', 'person'],
    外交部: ['foreign-ministry', 'organization'],
    北约: ['nato', 'organization'],
    新华社: ['xinhua', 'organization'],
    马尔维克: ['marvik', 'place'],
  } as const;
  const japanese = {
    ヴァルガ: ['ilse-varga', 'person'],
    ブチッチ: ['aleksandar-vucic', 'person'],
    マルビク警察: ['marvik-police', 'organization'],
    マルビク: ['marvik', 'place'],
  } as const;
  const zh = (text: string) => attributed(text, chinese, 'zh');
  const ja = (text: string) => attributed(text, japanese, 'ja');
  const quoted = (text: string, lang: string) => findQuotes(text, [], { lang }).map((quote) => quote.text);

  it('should take a few quoted letters right after a speech verb as said, not as a term', () => {
    expect(zh('武契奇说“不行”。')).toEqual(['aleksandar-vucic']);
    expect(zh('武契奇表示“绝不接受”。')).toEqual(['aleksandar-vucic']);
    expect(quoted('这项“海绵城市”计划已经启动。', 'zh')).toEqual([]);
  });

  it('should find quotations in corner brackets, not a title in double ones nor a term of a few letters', () => {
    expect(
      quoted('ヴァルガ市長は『朝日新聞』に「住民から『もう住めない』という声が上がっている」と語った。', 'ja'),
    ).toEqual(['住民から『もう住めない』という声が上がっている']);
    expect(quoted('瓦爾加說：「我們不會放棄任何一個人。」', 'zh-Hant')).toEqual(['我們不會放棄任何一個人。']);
    // A plan's name, or a policy's before the word for it, is a term; a short answer a verb says was said is not.
    expect(quoted('瓦尔加表示，“海绵城市”计划和“全过程人民民主”理念将在明年推行。', 'zh')).toEqual([]);
    expect(quoted('政府は「働き方改革」を進める。ヴァルガ市長は「残念だ」と述べた。', 'ja')).toEqual(['残念だ']);
  });

  it('should give a Chinese quotation to the named subject of a speech verb before or after it', () => {
    expect(zh('马尔维克市长瓦尔加表示，“这是五十年来最严重的一次洪水。”')).toEqual(['ilse-varga']);
    expect(zh('外交部发言人林晓在例行记者会上表示：“中方愿提供紧急援助。”')).toEqual(['lin-xiao']);
    expect(zh('“救援物资将在几天内送达，”瓦尔加在新闻发布会上说。')).toEqual(['ilse-varga']);
    expect(attributed('「水位仍在上漲，」瓦爾加在記者會上表示。', chinese, 'zh-TW')).toEqual(['ilse-varga']);
    // A quotation that ends in its own full stop: said by a sentence of just that, not by one that says more.
    expect(zh('“水位还在上涨。”瓦尔加说。“今晚会再开放两个避难所。”')).toEqual(['ilse-varga', 'ilse-varga']);
    expect(zh('瓦尔加说：“我们需要帮助。”武契奇则表示，塞尔维亚将派出救援队。')).toEqual(['ilse-varga']);
    expect(zh('“我们需要帮助。”武契奇则表示，塞尔维亚将派出救援队。')).toEqual([undefined]);
  });

  it('should give a Chinese quotation to nobody when someone unnamed or someone else may speak it', () => {
    expect(zh('北约一名官员说：“我们正在密切关注局势。”')).toEqual([undefined]);
    expect(zh('瓦尔加的发言人说：“市长正在赶往现场。”')).toEqual([undefined]);
    expect(zh('瓦尔加会见武契奇后表示：“我们达成了共识。”')).toEqual([undefined]);
    expect(zh('瓦尔加称之为“百年一遇的灾难”。')).toEqual([undefined]);
    expect(zh('瓦尔加表示，“上游水库的泄洪造成了这场洪水”的说法毫无根据。')).toEqual([undefined]);
  });

  it('should read `according to` before its name in Chinese and after it in Japanese, not for words it reports another said', () => {
    expect(zh('据外交部发言人林晓介绍，救援队将“尽一切努力找到失踪人员”。')).toEqual(['lin-xiao']);
    expect(zh('据新华社报道，当地官员称这是“几十年来从未见过的灾难”。')).toEqual([undefined]);
    expect(ja('マルビク警察によると、「堤防が数カ所で決壊した」という。')).toEqual(['marvik-police']);
    expect(ja('マルビク警察によると、男性は「突然水が押し寄せてきた」と話しているという。')).toEqual([undefined]);
  });

  it('should give a Japanese quotation to the subject its sentence marks before it, and to nobody else', () => {
    expect(ja('マルビク市のヴァルガ市長は15日、記者会見で「最悪の洪水だ」と述べた。')).toEqual(['ilse-varga']);
    expect(ja('「救援物資は数日以内に届く」と、ヴァルガ市長は記者団に話した。')).toEqual(['ilse-varga']);
    expect(ja('ヴァルガ市長は「撤退は考えていない」との考えを示した。')).toEqual(['ilse-varga']);
    // The topic, not the subject of a clause closed before the quotation.
    expect(ja('ヴァルガ市長は、ブチッチ大統領が支援を約束したことについて「心強い」と述べた。')).toEqual([
      'ilse-varga',
    ]);
    // Either the topic or the subject after it may be meant; a name in another case speaks not.
    expect(ja('ヴァルガ市長は、ブチッチ大統領が「支援を約束した」と明らかにした。')).toEqual([undefined]);
    expect(ja('ブチッチ大統領について「信頼できる人物だ」と述べた。')).toEqual([undefined]);
    expect(ja('ヴァルガ市長の報道官は「市長は現場に向かっている」と述べた。')).toEqual([undefined]);
    // What she called the flood, and a verb that qualifies the one who said it.
    expect(ja('ヴァルガ市長は洪水を「百年に一度の災害」と呼んだ。')).toEqual([undefined]);
    expect(ja('避難所では「家が全部流された」と話すヴァルガさんの姿があった。')).toEqual([undefined]);
  });

  it('should carry a left-out Japanese subject and a Chinese quotation to the next paragraph', () => {
    const speakersOf = (paragraphs: string[], named: Record<string, readonly [string, string]>, lang: string) =>
      findArticleQuotes(
        paragraphs.map((text) => ({
          text,
          mentions: Object.entries(named)
            .flatMap(([name, [entity, kind]]) =>
              [...text.matchAll(new RegExp(name, 'g'))].map(({ index }) => ({
                entity,
                kind,
                anchor: `m-${entity}-1`,
                start: index,
                end: index + name.length,
              })),
            )
            .sort((a, b) => a.start - b.start),
        })),
        lang,
      )
        .flat()
        .map((quote) => quote.speaker?.entity);
    const shelters = 'ヴァルガ市長は16日、避難所を視察した。';
    expect(speakersOf([shelters, '「川の水位はまだ上がっている」と語った。'], japanese, 'ja')).toEqual(['ilse-varga']);
    // A name with a particle of another case is no one a left-out subject stands for.
    expect(
      speakersOf(
        ['記者団からはブチッチ大統領についての質問が相次いだ。', '「信頼できる人物だ」と語った。'],
        japanese,
        'ja',
      ),
    ).toEqual([undefined]);
    expect(
      speakersOf(['瓦尔加说：“洪水冲毁了三座桥梁，东区已经被切断。', '“我们正在用直升机运送食品。”'], chinese, 'zh'),
    ).toEqual(['ilse-varga', 'ilse-varga']);
  });
});

describe('quote attribution on the test set', () => {
  it('should name speakers with precision of at least 0.95, and read every quotation', () => {
    const score = scoreQuotes(quoteTestSet);
    expect(score.expected).toBeGreaterThan(10);
    expect(score.misread).toEqual([]);
    expect(score.precision).toBeGreaterThanOrEqual(0.95);
    expect(score.recall).toBeGreaterThanOrEqual(0.8);
  });
});

describe('quote attribution on the held-out sets', () => {
  it.each([
    ['the second', heldOut],
    ['the third', thirdSet],
    ['the Chinese and Japanese', cjkSet],
  ])('should name speakers with precision of at least 0.95 on %s', (_, cases) => {
    const score = scoreQuotes(cases);
    expect(score.expected).toBeGreaterThan(10);
    expect(score.precision).toBeGreaterThanOrEqual(0.95);
  });
});

describe('quotation marks as a reader pairs them', () => {
  it('reads a quotation inside another in the same marks as part of it, and finds its speaker', () => {
    const text = '“The so-called “peace plan” is a trap for all of us,” Kurti said.';
    const [quote, ...others] = findQuotes(text, names(text));
    expect(others).toEqual([]);
    expect(quote?.text).toBe('The so-called “peace plan” is a trap for all of us');
    expect(quote?.speaker?.entity).toBe('albin-kurti');
  });

  it('does not pair a mark left open by a slip with the next quotation, nor give its words to the first speaker', () => {
    const text = 'Kurti called the talks "over. Later, Vučić said: "We are ready to talk."';
    expect(findQuotes(text, names(text)).map(({ text: words, speaker }) => [words, speaker?.entity])).toEqual([
      ['We are ready to talk.', 'aleksandar-vucic'],
    ]);
  });
});

describe('people the glossary does not know', () => {
  /** Each quotation's speaker in an article of `paragraphs`, with the names of `people` linked. */
  const articleSpeakers = (paragraphs: string[], lang?: string) =>
    findArticleQuotes(
      paragraphs.map((text) => ({ text, mentions: names(text) })),
      lang,
    )
      .flat()
      .map((quote) => quote.speaker?.entity);

  it('leaves unattributed what someone without an entry says, and the `he said` that stands for them', () => {
    expect(
      articleSpeakers([
        '"We will not accept a mono-ethnic association," Kurti said on Thursday.',
        '"The association is an obligation," said Gabriel Escobar, the US envoy for the Western Balkans.',
        '"We expect it to be implemented," he added.',
      ]),
    ).toEqual(['albin-kurti', undefined, undefined]);
    expect(
      articleSpeakers(['Kurti received the envoy. Gabriel Escobar welcomed it. "This was useful," he said.']),
    ).toEqual([undefined]);
    expect(articleSpeakers(['Kurti traf Bundeskanzler Olaf Scholz. „Wir haben geliefert“, sagte er.'], 'de')).toEqual([
      undefined,
    ]);
    expect(
      articleSpeakers(['Kurti traf Außenministerin Donika Gërvalla. „Wir haben geliefert“, sagte sie.'], 'de'),
    ).toEqual([undefined]);
  });

  it('takes one capitalised word right before a speech verb for someone, but not at a sentence’s start', () => {
    expect(articleSpeakers(['Kurti spoke first. "We will wait," Kramm said. "Not for long," he added.'])).toEqual([
      undefined,
      undefined,
    ]);
    expect(articleSpeakers(['Kurti traf Journalisten. Er sagte: „Wir werden nicht nachgeben.“'], 'de')).toEqual([
      'albin-kurti',
    ]);
  });

  it('takes neither German nouns nor a name quoted alone for someone', () => {
    expect(
      articleSpeakers(['Kurti traf am Montag Journalisten in Priština. Er sagte: „Wir werden nicht nachgeben.“'], 'de'),
    ).toEqual(['albin-kurti']);
    expect(
      articleSpeakers(['Kurti met the press. The operation, code-named “Iron Shield”, ended. "We won," he said.']),
    ).toEqual(['albin-kurti']);
  });

  it('carries a person over paragraphs of quotations, not over one that names nobody and quotes nothing', () => {
    expect(articleSpeakers(['Kurti spoke on Monday.', '"We will not give in."', '"Never again," he said.'])).toEqual([
      undefined,
      'albin-kurti',
    ]);
    expect(
      articleSpeakers([
        'Vučić left early.',
        'Organisers said the game raised 40,000 euros.',
        '"It was a beautiful night," she said.',
      ]),
    ).toEqual([undefined]);
    expect(
      articleSpeakers([
        '"We will not accept it," Kurti said.',
        'He accused Belgrade of planning the attack.',
        '"They are lying," he added.',
      ]),
    ).toEqual(['albin-kurti', 'albin-kurti']);
  });
});
