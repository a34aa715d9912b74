/**
 * The shared-passage test set in other languages, written for this project
 * like `passage-test-set.ts` (the same fictional flood): in German, the wire
 * report and a lightly edited version, and an unrelated report on the same
 * town that shares its names and its many function words (`der`, `die`,
 * `und`) but no fact; in Serbian, the wire report in Latin letters, the same
 * report in Cyrillic (Serbian outlets publish both), a reworded version, and
 * an unrelated report; in Chinese and in Japanese, scripts that write no
 * space between words, the wire report, a lightly edited copy, a reworded
 * version, and an unrelated report on the same town that names the same mayor,
 * street and ministry. Passages are found within a language, not across.
 */
import type { TestReport } from './passage-test-set.ts';

const germanWire: TestReport = {
  id: 'de-wire',
  date: '2024-03-14',
  lang: 'de',
  sentences: [
    {
      fact: 'de-rain',
      text: 'Heftiger Regen hat den Fluss Lenna in der Nacht zum Donnerstag über die Ufer treten lassen und die Innenstadt von Marvik überflutet.',
    },
    {
      fact: 'de-evacuated',
      text: 'Rund 1.200 Bewohner wurden von der Feuerwehr und der Armee aus ihren Häusern in Sicherheit gebracht.',
    },
    {
      fact: 'de-dead',
      text: 'Zwei Menschen kamen ums Leben, elf wurden verletzt, als eine Brücke an der nördlichen Ringstraße einstürzte.',
    },
    {
      fact: 'de-mayor',
      text: 'Bürgermeisterin Ilse Varga sagte, die Stadt habe seit Beginn der Aufzeichnungen im Jahr 1891 keinen solchen Wasserstand erlebt.',
    },
    {
      fact: 'de-shelters',
      text: 'Drei Schulen und die Sporthalle an der Kaistraße wurden zu Notunterkünften umgebaut.',
    },
    { fact: 'de-trains', text: 'Alle Züge zwischen Marvik und der Hauptstadt wurden bis auf Weiteres eingestellt.' },
    {
      fact: 'de-aid',
      text: 'Das Innenministerium gab 15 Millionen Euro Soforthilfe für die überfluteten Stadtteile frei.',
    },
  ],
};

const germanEdited: TestReport = {
  id: 'de-edited',
  date: '2024-03-15',
  lang: 'de',
  sentences: [
    {
      fact: 'de-rain',
      text: 'Nach heftigem Regen ist der Fluss Lenna in der Nacht zum Donnerstag über die Ufer getreten und hat die Innenstadt von Marvik überflutet.',
    },
    { fact: 'de-evacuated', text: 'Feuerwehr und Armee brachten rund 1.200 Bewohner aus ihren Häusern in Sicherheit.' },
    {
      fact: 'de-dead',
      text: 'Beim Einsturz einer Brücke an der nördlichen Ringstraße kamen zwei Menschen ums Leben, elf wurden verletzt.',
    },
    {
      fact: 'de-mayor',
      text: 'Seit Beginn der Aufzeichnungen im Jahr 1891 habe die Stadt keinen solchen Wasserstand erlebt, sagte Bürgermeisterin Ilse Varga.',
    },
    {
      fact: 'de-trains',
      text: 'Der Zugverkehr zwischen Marvik und der Hauptstadt wurde bis auf Weiteres eingestellt.',
    },
    {
      fact: 'de-aid',
      text: 'Das Innenministerium stellte 15 Millionen Euro Soforthilfe für die überfluteten Stadtteile bereit.',
    },
    { text: 'Die Stadtverwaltung richtete eine Telefonnummer für Angehörige ein, die ihre Familien suchen.' },
  ],
};

const germanUnrelated: TestReport = {
  id: 'de-budget',
  date: '2024-05-02',
  lang: 'de',
  sentences: [
    {
      text: 'Der Stadtrat von Marvik hat am Dienstag den Haushalt für das kommende Jahr mit großer Mehrheit beschlossen.',
    },
    {
      text: 'Bürgermeisterin Ilse Varga sagte, die Stadt werde in den nächsten Jahren mehr Geld in die Schulen investieren.',
    },
    { text: 'Die Sporthalle an der Kaistraße soll im Sommer renoviert werden, die Arbeiten dauern bis in den Herbst.' },
    { text: 'Ab Dezember sollen mehr Busse zwischen den Stadtteilen fahren, teilte die Verwaltung mit.' },
    { text: 'Das Innenministerium kündigte an, die Polizei in der Region mit 40 neuen Stellen zu verstärken.' },
    { text: 'Die Opposition kritisierte, dass der Haushalt zu wenig Geld für den Schutz vor Hochwasser vorsehe.' },
  ],
};

const serbianWire: TestReport = {
  id: 'sr-wire',
  date: '2024-03-14',
  lang: 'sr-Latn',
  sentences: [
    {
      fact: 'sr-rain',
      text: 'Obilne kiše izazvale su izlivanje reke Lene u sredu uveče, a centar Marvika je poplavljen.',
    },
    { fact: 'sr-evacuated', text: 'Vatrogasci i vojska evakuisali su oko 1.200 stanovnika iz njihovih domova.' },
    {
      fact: 'sr-dead',
      text: 'Dve osobe su poginule, a jedanaest je povređeno kada se srušio most na severnoj obilaznici.',
    },
    {
      fact: 'sr-aid',
      text: 'Ministarstvo unutrašnjih poslova odobrilo je 15 miliona evra hitne pomoći za poplavljena naselja.',
    },
  ],
};

const serbianCyrillicCopy: TestReport = {
  id: 'sr-wire-cyrillic',
  date: '2024-03-14',
  lang: 'sr-Cyrl',
  sentences: [
    {
      fact: 'sr-rain',
      text: 'Обилне кише изазвале су изливање реке Лене у среду увече, а центар Марвика је поплављен.',
    },
    { fact: 'sr-evacuated', text: 'Ватрогасци и војска евакуисали су око 1.200 становника из њихових домова.' },
    {
      fact: 'sr-dead',
      text: 'Две особе су погинуле, а једанаест је повређено када се срушио мост на северној обилазници.',
    },
    {
      fact: 'sr-aid',
      text: 'Министарство унутрашњих послова одобрило је 15 милиона евра хитне помоћи за поплављена насеља.',
    },
  ],
};

const serbianReworded: TestReport = {
  id: 'sr-reworded',
  date: '2024-03-15',
  lang: 'sr-Latn',
  sentences: [
    { fact: 'sr-rain', text: 'Posle obilnih kiša reka Lena se u sredu uveče izlila i poplavila centar Marvika.' },
    { fact: 'sr-evacuated', text: 'Oko 1.200 stanovnika iz njihovih domova evakuisali su vatrogasci i vojska.' },
    {
      fact: 'sr-dead',
      text: 'U rušenju mosta na severnoj obilaznici poginule su dve osobe, a jedanaest je povređeno.',
    },
    {
      fact: 'sr-aid',
      text: 'Za poplavljena naselja Ministarstvo unutrašnjih poslova odobrilo je 15 miliona evra pomoći.',
    },
  ],
};

const serbianUnrelated: TestReport = {
  id: 'sr-budget',
  date: '2024-05-02',
  lang: 'sr-Latn',
  sentences: [
    { text: 'Gradsko veće Marvika usvojilo je u utorak budžet za narednu godinu sa velikom većinom glasova.' },
    { text: 'Gradonačelnica Ilse Varga rekla je da će grad u narednim godinama više ulagati u škole i dvorane.' },
    { text: 'Ministarstvo unutrašnjih poslova najavilo je da će u regionu zaposliti 40 novih policajaca.' },
    { text: 'Opozicija je kritikovala budžet jer je za zaštitu od poplava predviđeno premalo novca.' },
  ],
};

const chineseWire: TestReport = {
  id: 'zh-wire',
  date: '2024-03-14',
  lang: 'zh-Hans',
  sentences: [
    { fact: 'zh-rain', text: '受强降雨影响，伦纳河于周三夜间决堤，马尔维克市中心被洪水淹没。' },
    { fact: 'zh-evacuated', text: '消防部门和军队已将约1200名居民从家中疏散。' },
    { fact: 'zh-dead', text: '北环路上一座桥梁坍塌，造成两人死亡、十一人受伤。' },
    { fact: 'zh-mayor', text: '市长伊尔莎·瓦尔加表示，自1891年有记录以来，该市从未出现过如此高的水位。' },
    { fact: 'zh-shelters', text: '三所学校和码头街体育馆已被改建为临时避难所。' },
    { fact: 'zh-trains', text: '马尔维克与首都之间的所有列车已暂停运行，恢复时间另行通知。' },
    { fact: 'zh-aid', text: '内政部已拨款1500万欧元，用于受灾城区的紧急救援。' },
  ],
};

/** The wire report as a portal runs it: a word added or changed here and there, a clause cut, a line of its own. */
const chineseEdited: TestReport = {
  id: 'zh-edited',
  date: '2024-03-14',
  lang: 'zh-Hans',
  sentences: [
    { fact: 'zh-rain', text: '受持续强降雨影响，伦纳河于周三夜间决堤，马尔维克市中心被洪水淹没。' },
    { fact: 'zh-evacuated', text: '消防部门和军队已将约1200名居民从家中紧急疏散。' },
    { fact: 'zh-dead', text: '北环路上一座桥梁突然坍塌，已造成两人死亡、十一人受伤。' },
    { fact: 'zh-mayor', text: '市长瓦尔加表示，自1891年有记录以来，该市从未出现过这样高的水位。' },
    { fact: 'zh-trains', text: '马尔维克与首都之间的所有列车已暂停运行。' },
    { fact: 'zh-aid', text: '内政部已紧急拨款1500万欧元，用于受灾城区的救援工作。' },
    { text: '市政府开通了一条热线电话，帮助居民寻找失散的家人。' },
  ],
};

const chineseReworded: TestReport = {
  id: 'zh-reworded',
  date: '2024-03-15',
  lang: 'zh-Hans',
  sentences: [
    { fact: 'zh-rain', text: '周三夜间，连日暴雨导致伦纳河决堤，洪水淹没了马尔维克市中心。' },
    { fact: 'zh-evacuated', text: '约1200名居民在消防员和士兵的帮助下撤离家园。' },
    { fact: 'zh-dead', text: '北环路一座桥梁坍塌，两人遇难，另有十一人受伤。' },
    { fact: 'zh-mayor', text: '瓦尔加市长说，这是该市自1891年有记录以来的最高水位。' },
    { fact: 'zh-shelters', text: '当局把三所学校和码头街体育馆改建为临时避难所。' },
    { fact: 'zh-aid', text: '为救助受灾城区，内政部拨出1500万欧元紧急资金。' },
  ],
};

const chineseUnrelated: TestReport = {
  id: 'zh-budget',
  date: '2024-05-02',
  lang: 'zh-Hans',
  sentences: [
    { text: '马尔维克市议会周二以多数票通过了明年的财政预算。' },
    { text: '市长伊尔莎·瓦尔加表示，该市将在未来几年加大对学校的投入。' },
    { text: '码头街体育馆将于今年夏天进行翻修，工程预计持续到秋季。' },
    { text: '内政部宣布，将为该地区警方增加40个新岗位。' },
    { text: '反对派批评称，预算中用于防洪的资金太少。' },
  ],
};

const japaneseWire: TestReport = {
  id: 'ja-wire',
  date: '2024-03-14',
  lang: 'ja',
  sentences: [
    { fact: 'ja-rain', text: '大雨の影響で、レンナ川が水曜日の夜に氾濫し、マルヴィク市の中心部が浸水した。' },
    { fact: 'ja-evacuated', text: '消防と軍が住民約1200人を自宅から避難させた。' },
    { fact: 'ja-dead', text: '北部環状道路の橋が崩落し、2人が死亡、11人がけがをした。' },
    {
      fact: 'ja-mayor',
      text: 'イルゼ・ヴァルガ市長は「1891年に観測を始めて以来、これほどの水位は経験したことがない」と述べた。',
    },
    { fact: 'ja-shelters', text: '学校3校と埠頭通りの体育館が臨時の避難所になった。' },
    { fact: 'ja-trains', text: 'マルヴィクと首都を結ぶ列車は、当面の間すべて運休となる。' },
    { fact: 'ja-aid', text: '内務省は浸水した地区への緊急支援として1500万ユーロの支出を決めた。' },
  ],
};

/** The wire report as a regional paper runs it: particles and endings changed, a title shortened, a line of its own. */
const japaneseEdited: TestReport = {
  id: 'ja-edited',
  date: '2024-03-14',
  lang: 'ja',
  sentences: [
    { fact: 'ja-rain', text: '大雨の影響で、レンナ川が水曜日夜に氾濫し、マルヴィク市中心部が浸水した。' },
    { fact: 'ja-evacuated', text: '消防と軍は住民約1200人を自宅から避難させた。' },
    { fact: 'ja-dead', text: '北部環状道路の橋が崩落し、2人が死亡、11人が負傷した。' },
    {
      fact: 'ja-mayor',
      text: 'ヴァルガ市長は「1891年に観測を始めて以来、これほどの水位は経験したことがない」と述べた。',
    },
    { fact: 'ja-trains', text: 'マルヴィクと首都を結ぶ列車は、当面すべて運休する。' },
    { fact: 'ja-aid', text: '内務省は浸水地区への緊急支援として1500万ユーロを支出することを決めた。' },
    { text: '市は家族を探す人のための電話相談窓口を設けた。' },
  ],
};

const japaneseReworded: TestReport = {
  id: 'ja-reworded',
  date: '2024-03-15',
  lang: 'ja',
  sentences: [
    {
      fact: 'ja-rain',
      text: 'マルヴィク市では水曜日の夜、降り続いた大雨でレンナ川が氾濫し、市の中心部が水につかった。',
    },
    { fact: 'ja-evacuated', text: '約1200人の住民が、消防隊員と兵士の手で自宅から避難した。' },
    { fact: 'ja-dead', text: '北部の環状道路にかかる橋が崩れ落ち、2人が死亡し11人が負傷した。' },
    { fact: 'ja-mayor', text: 'ヴァルガ市長によると、水位は1891年の観測開始以来最も高いという。' },
    { fact: 'ja-shelters', text: '市は学校3校と埠頭通りの体育館を臨時避難所として開放した。' },
    { fact: 'ja-aid', text: '浸水した地区を支援するため、内務省は1500万ユーロの緊急予算を組んだ。' },
  ],
};

const japaneseUnrelated: TestReport = {
  id: 'ja-budget',
  date: '2024-05-02',
  lang: 'ja',
  sentences: [
    { text: 'マルヴィク市議会は火曜日、来年度の予算案を賛成多数で可決した。' },
    { text: 'イルゼ・ヴァルガ市長は、今後数年間で学校への投資を増やすと述べた。' },
    { text: '埠頭通りの体育館は夏に改修工事に入り、工事は秋まで続く見通しだ。' },
    { text: '内務省は、この地域の警察官を40人増員すると発表した。' },
    { text: '野党は、予算案には洪水対策の費用が少なすぎると批判した。' },
  ],
};

/** The test set in Chinese: its reports, scored together. */
export const chineseTestSet: TestReport[] = [chineseWire, chineseEdited, chineseReworded, chineseUnrelated];

/** The test set in Japanese: its reports, scored together. */
export const japaneseTestSet: TestReport[] = [japaneseWire, japaneseEdited, japaneseReworded, japaneseUnrelated];

/** The test set in German, Serbian, Chinese and Japanese: each language's reports, scored together. */
export const otherLanguagesTestSet: TestReport[] = [
  germanWire,
  germanEdited,
  germanUnrelated,
  serbianWire,
  serbianCyrillicCopy,
  serbianReworded,
  serbianUnrelated,
  ...chineseTestSet,
  ...japaneseTestSet,
];
