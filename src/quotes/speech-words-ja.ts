/**
 * The patterns by which a Japanese news report says who spoke a quotation
 * (`speech-words.ts` gives them to `find-quotes.ts`). Japanese puts no space
 * between words, marks a name's part in the sentence by a particle after it
 * and its title (`ヴァルガ市長は`, the subject; `ヴァルガ市長について`,
 * not), and the speech verb after the quotation: `ヴァルガ市長は「…」と述べた`
 * (read by `marked-subject.ts`), `「…」と、ヴァルガ市長は話した`.
 */
import type { SpeechPatterns, SubjectParticles } from './speech-words.ts';

/** Letters of a noun: Han, Katakana and their marks (`々`, `ー`, `・`). */
const nounLetter = String.raw`[\p{sc=Han}\p{sc=Katakana}ー・]`;
/** A title or honorific after a name, perhaps an age in brackets: `市長`, `事務総長`, `氏`, `さん（52）`. */
const title = String.raw`${nounLetter}{0,10}(?:さん|ちゃん|くん)?(?:[（(][^）)]{0,12}[）)])?`;
/** Words for a spokesperson, through whom the body before `の` speaks: `外務省の報道官`. */
const spokesperson = '報道官|広報担当者|報道担当者|広報官|スポークスマン|担当者';
/** Particles that mark a subject: the topic's `は` (not `はじめ`), `が`, `も` (also; not `最も`, most). */
const subject = '(は)(?!じめ)|(が|(?<![最何誰尤])も)';
/** Words that stand for someone named before: `同市長` (the said mayor), `同氏`, `彼`. */
const pronouns = '同(?:氏|市長|知事|首相|大統領|外相|長官|大臣|報道官|議員|代表|委員長|総裁|社長)|彼女?';

/** The stems of speech verbs, as they follow `と`: `述べ(た)`, `語(った)`, `明らかに(した)`. */
const stems = [
  '述べ|語|話|言|強調|説明|明らかに|指摘|訴え|発表|コメント|答え|答弁|主張|警告|表明|呼びかけ|呼び掛け',
  '投稿|書き込|つづ|綴|付け加え|加え|続け|発言|反論|批判|非難|打ち明け|証言|報告|述懐|念を押',
].join('|');
/**
 * A speech verb with its endings (`述べた`, `話しているという`), then a
 * mark or the end: not one that qualifies the noun after it (`と話す住民`).
 */
const verb = String.raw`(?:${stems})[ぁ-ゖ]{0,8}(?=[、。，！？」\s]|$)`;
/** Between `と` and its verb: whom to, where, how (`記者団に`, `記者会見で`, `クルティ首相を`, `改めて`); no subject. */
const filler = String.raw`(?:(?!の)[^「」『』。、はが]{0,16}?(?:で|に|へ|を|て|く)[、\s]*)?`;
/** After a quotation: the particle that quotes it, `と`, `などと`, `と、`. */
const quoting = String.raw`\s*(?:など)?と[、\s]*`;
/** `との考えを示した`: the speaker's own view, given in the quotation's words. */
const view = String.raw`\s*(?:など)?との(?:考え|見方|認識|見解|意向|立場|姿勢|方針|見通し)を(?:示|明らかに|強調|表明)[ぁ-ゖ]{0,8}`;
/** `としている`, `とした`: said, as bodies write it; not `として` (as). */
const held = String.raw`${quoting}し(?:た|ている|ていた|ており|ています)(?:という)?(?=[、。]|$)`;

/** How Japanese marks who speaks ({@link SubjectParticles}). */
const particles: SubjectParticles = {
  // After a noun (Han, Katakana, an honorific, a bracket): not after a verb's ending (`したが、`, but) or `で` (`では`).
  marker: new RegExp(String.raw`(?<=${nounLetter}|[）)]|さん|ちゃん|くん)(?:${subject})`, 'gu'),
  title: new RegExp(String.raw`^${title}(?:の(?:${spokesperson}))?$`, 'u'),
  pronoun: new RegExp(`(?:${pronouns})$`, 'u'),
  clauseClosed: /(?:こと|の)(?:について|を受け|に対し|に関し)|(?:た|る)(?:後|際|ため)/u,
  otherCase: new RegExp(String.raw`^${title}(?:の(?!${spokesperson})|に|を|と|へ|から|より|で|や|ら)`, 'u'),
};

/** The patterns of Japanese (`ja`). */
export const japanese: SpeechPatterns = {
  // A verb after the quotation, its subject left out or named before it: `「…」と述べた`.
  pronounAfter: new RegExp(String.raw`^(?:${quoting}${filler}${verb}|${view}|${held})`, 'u'),
  verbAfter: /(?!)/,
  accordingTo: /(?!)/,
  // `によると` follows its name: {@link japanese.accordingToAfter}.
  accordingToBefore: /(?!)/,
  nameAfter: new RegExp(`^${quoting}$`, 'u'),
  // `「…」と、ヴァルガ市長は記者団に話した`.
  verbFirst: new RegExp(String.raw`^${title}(?:は|が|も)[、\s]*${filler}${verb}`, 'u'),
  // Before a quotation, a verb says who speaks only as `次のように述べた。「…」`.
  verbBefore: new RegExp(`(?:次のように|以下のように|こう)(?:${stems})`, 'gu'),
  addressVerb: /(?!)/,
  addressedNames: /(?!)/,
  subjectToVerb: new RegExp(String.raw`^${title}(?:は|が)[、\s]*[^「」『』。]{0,30}$`, 'u'),
  titleNounBefore: /(?:紙|誌|新聞|番組|作戦|政党|運動|サイト|アカウント|キャンペーン)の?$/u,
  pronounBefore: new RegExp(String.raw`^\s*(?:${pronouns})(?:は|が|も)[、\s]*[^「」『』。]{0,30}$`, 'u'),
  spokenFor: /(?!)/,
  // `ブチッチ大統領の報道官`, `クルティ首相側近`: the person only qualifies who speaks.
  ownerAfter: new RegExp(String.raw`^${title}(?:の(?!話)|側近|陣営|政権|事務所)`, 'u'),
  introducingVerb: /(?!)/,
  // `…を「…」と呼んだ` is not among the verbs read: the words stay nobody's.
  namingVerb: /(?!)/,
  relativeBefore: /(?!)/,
  otherPerson: new Map(),
  addresseeAfter: /(?!)/,
  claimBetween: /(?!)/,
  sourcesBefore: /(?!)/,
  sourcesAfter: /^の?(?:関係者|筋|幹部|高官|当局者|職員)/u,
  agentBefore: /(?!)/,
  withinBefore: /(?!)/,
  // `マルビク市のヴァルガ市長`, `NATOのストルテンベルグ事務総長`.
  withinTitle: new RegExp(`^${nounLetter}{0,8}(の)?${nounLetter}{0,8}(、)?$`, 'u'),
  accordingToAfter: new RegExp(
    String.raw`^${title}(?:によると|によれば|の話では|の話によると|の発表によると|が明らかにしたところによると)`,
    'u',
  ),
  // `「…」との批判`, `「…」との声`: the words of a claim, whoever made it; not the speaker's own view.
  claimAfter: /^(?:など)?との(?!(?:考え|見方|認識|見解|意向|立場|姿勢|方針|見通し)を)/u,
  subjectParticles: particles,
};
