/**
 * Three short reports in Chinese and Japanese, written for the tests: a wire
 * report in Chinese, a portal's light edit of it a day later, and a report in
 * Japanese, each quoting John Kirby as the seeds do ("Everyone involved in
 * this attack needs to be brought to justice", in translation). Names stand
 * among other letters, with no spaces between words: the glossary's Chinese
 * and Japanese aliases must be linked there, the quotations attributed, and
 * the copy's sentences marked as shared with the wire's (`npm run
 * build:large` adds them to its archive; `large-archive.spec.ts`).
 */

/** The headline of each, as the site shows it. */
export const cjkHeadlines = {
  wire: '美国敦促塞尔维亚从科索沃边境撤军',
  copy: '白宫关切塞尔维亚在科索沃边境集结军队',
  japanese: '米政府、セルビアにコソボ国境からの部隊撤収を要求',
};

/** The quotation each report gives John Kirby. */
export const kirbyQuotes = {
  chinese: '所有参与这次袭击的人都必须被绳之以法。',
  japanese: 'この攻撃に関与した全員が裁きを受けなければならない',
};

const wireParagraphs = [
  '美国白宫29日表示，塞尔维亚在与科索沃交界地区大规模部署军队，包括坦克和火炮，美方对此深表关切。',
  `白宫国家安全委员会发言人柯比在记者会上说：“${kirbyQuotes.chinese}”`,
  '北约当天宣布，将增派部队加强驻科索沃的维和行动。',
];

/** The source files, by file name, as an editor would drop them into the inbox. */
export const cjkReports: Record<string, string> = {
  'chinese-wire.txt': [' date 2023-09-30', cjkHeadlines.wire, '', ...wireParagraphs.flatMap((text) => [text, ''])].join(
    '\n',
  ),
  'chinese-copy.txt': [
    ' date 2023-10-01',
    cjkHeadlines.copy,
    '',
    wireParagraphs[0]?.replace('美方对此深表关切', '美方对此表示关切'),
    '',
    wireParagraphs[1],
    '',
    '分析人士认为，局势短期内难以缓和。',
    '',
  ].join('\n'),
  'japanese-report.txt': [
    ' date 2023-09-30',
    cjkHeadlines.japanese,
    '',
    '米ホワイトハウスは29日、セルビアがコソボとの境界付近に戦車や火砲を含む部隊を大規模に展開しているとして、懸念を表明した。',
    '',
    `カービー戦略広報調整官は記者団に対し「${kirbyQuotes.japanese}」と述べた。`,
    '',
  ].join('\n'),
};
