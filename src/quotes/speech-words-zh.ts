/**
 * The patterns by which a Chinese news report says who spoke a quotation
 * (`speech-words.ts` gives them to `find-quotes.ts`). Chinese puts no space
 * between words, so these are written by hand, not compiled from a word list
 * as those of spaced languages are: a name stands right against its title
 * and its verb (`马尔维克市长瓦尔加表示，“…”`, `“…，”瓦尔加在记者会上说。`).
 * Written in simplified letters; {@link withTraditional} adds the traditional
 * forms Taiwan and Hong Kong write (`瓦爾加說：「…」`).
 */
import type { SpeechPatterns } from './speech-words.ts';

/** Each simplified letter of these patterns' words with its traditional form. */
const traditionalForms = new Map(
  [
    '说說',
    '称稱',
    '强強',
    '认認',
    '为為',
    '补補',
    '写寫',
    '应應',
    '吁籲',
    '诉訴',
    '问問',
    '释釋',
    '记記',
    '时時',
    '采採',
    '访訪',
    '对對',
    '据據',
    '发發',
    '顾顧',
    '办辦',
    '团團',
    '队隊',
    '师師',
    '报報',
    '杂雜',
    '志誌',
    '视視',
    '电電',
    '节節',
    '讯訊',
    '网網',
    '动動',
    '运運',
    '组組',
    '织織',
    '后後',
    '会會',
    '闻聞',
    '内內',
    '阵陣',
    '营營',
    '阁閣',
    '证證',
    '实實',
    '调調',
    '声聲',
    '评評',
    '谴譴',
    '责責',
    '叹嘆',
    '还還',
    '则則',
    '随隨',
    '当當',
    '态態',
    '论論',
    '话話',
    '门門',
    '题題',
    '员員',
    '间間',
    '几幾',
    '个個',
    '号號',
    '简簡',
    '职職',
    '统統',
    '传傳',
    '听聽',
    '虽雖',
    '诺諾',
    '许許',
    '绘繪',
    '译譯',
    '党黨',
    '纸紙',
    '栏欄',
    '频頻',
    '专專',
    '护護',
    '这這',
    '让讓',
    '于於',
    '与與',
    '从從',
    '给給',
    '将將',
    '亲親',
    '导導',
    '领領',
    '长長',
  ].map((pair) => [pair[0] as string, pair[1] as string]),
);

/**
 * A pattern written in simplified letters, as one that matches its words in
 * simplified and in traditional letters; letters inside a character class
 * (`[一二三]`) are left as they are.
 */
function withTraditional(pattern: string): string {
  let inClass = false;
  let escaped = false;
  let out = '';
  for (const letter of pattern) {
    const form = traditionalForms.get(letter);
    out += !inClass && !escaped && form ? `[${letter}${form}]` : letter;
    if (!escaped && letter === '[') inClass = true;
    else if (!escaped && letter === ']') inClass = false;
    escaped = !escaped && letter === '\\';
  }
  return out;
}

/** Punctuation that may follow a quotation's closing mark: a comma, a full stop, a dash. */
const punctuation = String.raw`[\s,.!?…–—\-，。！？、；]*`;
/** Any letter but punctuation and quotation marks: what a phrase between a name and its verb is made of. */
const inPhrase = String.raw`[^\s，。！？；：:,“”「」『』]`;

/** Speech verbs, the longer first (`补充说` before `说`); never `说` in `小说` (a novel) or `据说` (it is said). */
const verbs = withTraditional(
  [
    '(?:表示|指出|强调|认为|宣布|透露|坦言|直言|回应|警告|提醒|补充|解释|承认|证实|重申|批评|谴责|感叹|告诉|呼吁|敦促|声称|宣称)(?:说|道|称)?',
    '(?:写|问|反问)道',
    '(?<!小|据|听|虽|再|传|演|学|游|劝|解)说(?:道)?(?!服|法|明书)',
    '(?<!名|简|号|堪|职|俗|统|自|人|尊|昵|声|宣)称(?!为|作|之|其|赞|号|呼|谓)',
  ].join('|'),
);
/** Verbs that give words as what someone called a thing or promised: `称之为`, `形容为`, `承诺`. */
const naming = withTraditional('称(?:之|其)?为|形容(?:为)?|描述为|描绘为|比作|誉为|定性为|承诺|保证|许诺|誓言');
/** Verbs whose object is whom the speaker addresses: `告诉新华社记者`, `敦促武契奇`. */
const addressing = withTraditional('告诉|呼吁|敦促|警告|提醒');
/** Verbs that introduce what they call for, their subject the speaker's. */
const introducing = withTraditional('呼吁|敦促');

/**
 * What may stand between a speaker's name and the speech verb: an adverb
 * (`也`, `则`), a day (`周五`, `15日`), where or when (`在记者会上`,
 * `接受马尔维克电台采访时`), whom to (`对记者`, `对《人民日报》`), or a
 * body's spokesperson (`北约发言人`); not another clause (`会见武契奇后`).
 */
const filler = withTraditional(
  [
    '也|还|则|又|亦|更|再次|再度|同时|随后|此前|当天|当日|同日|今天|昨天|今日|昨日|日前|近日',
    '周[一二三四五六日天]|星期[一二三四五六日天]',
    '[0-9０-９一二三四五六七八九十两]+月[0-9０-９一二三四五六七八九十]+日|[0-9０-９一二三四五六七八九十]+日',
    `在${inPhrase}{1,20}?(?:上|中|时|后|前|里|期间|之际)`,
    `在?接受${inPhrase}{1,20}?采访(?:时)?`,
    `(?:对|向)(?:记者|媒体|《[^》]{1,20}》|${inPhrase}{1,10}?记者)`,
    `通过${inPhrase}{1,12}?`,
    '发表声明|(?:新闻)?发言人',
  ].join('|'),
);
/** Letters no title holds: a pronoun or a preposition between a quotation and a name says the name is not its speaker. */
const notInTitle = withTraditional('他|她|我|你|对|向|跟|和|与|同|给|据|被|把|在|从|将|让|问');
/** A title of at most `letters` letters, none a speech verb nor {@link notInTitle}: `马尔维克市长`, `外交部发言人`. */
const titleOf = (letters: number) => String.raw`(?:(?!${verbs}|${notInTitle})${inPhrase}){0,${letters}}`;
/** `according to`: `据`, `根据`, `援引` (citing); not `据` in `数据` (data) or `证据` (evidence). */
const accordingTo = withTraditional('根据|援引|按照|(?<!数|证|依|占|单|收|盘|字)据');
/** Words for a newspaper, a broadcaster, a programme or an operation, after which quoted words are its name. */
const titleNouns = withTraditional(
  '日报|晚报|早报|时报|报纸|杂志|周刊|电视台|电台|频道|通讯社|网站|节目|栏目|专栏|行动|政党|运动|组织',
);
/** After a person's name: what makes it only qualify who speaks, `瓦尔加的`, `瓦尔加发言人`; not `的话` (words). */
const ownerAfter = withTraditional(
  '的(?!话)|(?:新闻)?发言人|顾问|助手|助理|幕僚|办公室|政府|团队|律师|阵营|内阁|支持者|身边',
);
/** Unnamed people within a body, after its name: `北约一名官员`, `外交部消息人士`. */
const sourcesAfter = withTraditional(
  '(?:的)?(?:消息人士|知情人士|内部人士|匿名|一[位名个]|多[位名]|几[位名]|部分|一些)',
);
/** Prepositions before a name that make it whom a verb addresses or where one stands: `对新华社`, `在马尔维克`. */
const prepositions = withTraditional('对|向|跟|和|与|同|给|在|从|于|自|替|把|被|让|问');
/** A pronoun for the speaker: he, she. */
const pronouns = '他|她';

/** The patterns of Chinese, simplified and traditional (any `zh-*` tag). */
export const chinese: SpeechPatterns = {
  pronounAfter: new RegExp(String.raw`^${punctuation}(?:${pronouns})(?:${filler}){0,3}(?:${verbs})`, 'u'),
  // Chinese puts the verb after its subject: `“…，”说瓦尔加` is no shape.
  verbAfter: /(?!)/,
  accordingTo: new RegExp(String.raw`^${punctuation}(?:${accordingTo})${titleOf(12)}$`, 'u'),
  accordingToBefore: new RegExp(String.raw`(?:${accordingTo})${titleOf(12)}$`, 'u'),
  nameAfter: new RegExp(String.raw`^${punctuation}${titleOf(12)}$`, 'u'),
  verbFirst: new RegExp(String.raw`^(?:${filler}){0,3}(?:${verbs})`, 'u'),
  verbBefore: new RegExp(`${naming}|${verbs}`, 'gu'),
  addressVerb: new RegExp(`^(?:${addressing})$`, 'u'),
  addressedNames: new RegExp(
    String.raw`^(?:N|${withTraditional('记者|媒体|各方')}|[、和与及])*(?:${verbs})?[：:，,]?\s*$`,
    'u',
  ),
  subjectToVerb: new RegExp(`^(?:${filler}){0,3}$`, 'u'),
  titleNounBefore: new RegExp(`(?:${titleNouns})$`, 'u'),
  pronounBefore: new RegExp(String.raw`^\s*(?:${pronouns})(?:${filler}){0,3}$`, 'u'),
  // A person spoken for is named before a possessive (`瓦尔加的发言人`): {@link ownerAfter}.
  spokenFor: /(?!)/,
  ownerAfter: new RegExp(`^(?:${ownerAfter})`, 'u'),
  introducingVerb: new RegExp(`^(?:${introducing})$`, 'u'),
  namingVerb: new RegExp(`^(?:${naming})$`, 'u'),
  relativeBefore: /(?!)/,
  otherPerson: new Map(),
  addresseeAfter: /(?!)/,
  // A claim's noun follows the words it quotes: {@link chinese.claimAfter}.
  claimBetween: /(?!)/,
  sourcesBefore: /(?!)/,
  sourcesAfter: new RegExp(`^${sourcesAfter}`, 'u'),
  agentBefore: /被$/u,
  withinBefore: new RegExp(`(?:${prepositions})$`, 'u'),
  // `马尔维克市长瓦尔加`, `武契奇的发言人瓦尔加`: a title between two names, no space around it.
  withinTitle: new RegExp(String.raw`^(的)?${titleOf(8)}(，)?$`, 'u'),
  // `“…。”瓦尔加说。`, `“…。”瓦尔加在记者会上说，“…”`: the verb ends the sentence or opens the next quotation.
  saidByNext: new RegExp(String.raw`^${inPhrase}*?(?:${verbs})(?:[。！？]|$|，\s*[“「])`, 'u'),
  claimAfter: new RegExp(`^${withTraditional('的(?:说法|言论|指控|论调|主张|表态)')}`, 'u'),
};
