/**
 * Finds the direct quotations in a paragraph and who the text says spoke
 * them. Quotations are text between paired quotation marks (“…”, "…", „…“,
 * «…», »…«, and the corner brackets 「…」 of Japanese and traditional
 * Chinese) of two words or more: a single quoted word is a term, not a
 * statement, as are a few Chinese or Japanese letters (`“一带一路”倡议`).
 * A quotation is attributed only where the text says who spoke,
 * in one of these shapes, to a named person, organisation or state (shown
 * in English; each language has its own words, in `speech-words.ts`:
 * `„…“, sagte Kirby`, `« … », a-t-il dit`, `„…“, rekao je.`, `“…，”瓦尔加说。`,
 * `ヴァルガ市長は「…」と述べた`):
 *
 * - after it: `"…," Kirby said`, `"…," said John Kirby`, `"…," the White House said`,
 *   `"…," according to the White House`, and `"…," he said` when it is clear who `he` is
 *   (see {@link pronounSpeaker});
 * - before it, in the same sentence: `Kirby told reporters: "…"`, `The White House said that "…"`,
 *   `Stoltenberg urged all parties to de-escalate, noting that the "…"` (the name right before the
 *   speech verb; not when another person or organisation is named between the verb and the quote),
 *   and `According to Kirby, the attack was "…"` (nobody else named between).
 *
 * Anything else stays unattributed: a wrong speaker is worse than none.
 */
import { sentenceLookup } from '../text/sentences.ts';
import { unspacedLetter } from '../text/unspaced-letters.ts';
import { countWords } from '../text/words.ts';
import { markedSubject, withCases } from './marked-subject.ts';
import { pairedQuotationMarks } from './quotation-marks.ts';
import { type SpeechPatterns, speechPatterns } from './speech-words.ts';
import { unlinkedEntity, unlinkedPeople } from './unlinked-people.ts';

/** A named entity in the paragraph, as the annotator linked it. */
export interface NamedSpan {
  entity: string;
  /** `person`, `organization`, `state` or `place`: places never speak. */
  kind: string;
  /** The mention's anchor id in the article, the spot a quote links to. */
  anchor: string;
  start: number;
  end: number;
  /**
   * Whether the name stands in another case than the glossary lists it in (`Vučića` for `Vučić`,
   * in Serbian): not the subject, so not the one who speaks.
   */
  inflected?: boolean;
}

/** A quotation and, when the text says, its speaker. */
export interface FoundQuote {
  /** The words inside the quotation marks. */
  text: string;
  start: number;
  end: number;
  speaker?: NamedSpan;
  /** Whether it runs on into the next paragraph: its closing mark is not in this one. */
  open?: boolean;
}

/** What the paragraphs before tell a paragraph's quotations, and the article's language. */
export interface QuoteContext {
  /** The person a `he said` at the paragraph's start refers to ({@link personCarried}). */
  carried?: NamedSpan;
  /** The speaker of a quotation the paragraph before left open: the paragraph's first quotation goes on in it. */
  continuing?: NamedSpan;
  /**
   * The speaker of a quotation that ended the paragraph before: a quotation that opens this one,
   * with no speech verb after it in its sentence, nor anyone named there, goes on in its words.
   */
  lastSpeaker?: NamedSpan;
  /** The article's language (a BCP 47 tag), whose speech verbs are read ({@link speechPatterns}). */
  lang?: string;
}

/** A paragraph as the finder reads it: its text and its named entities, in order. */
export interface QuoteParagraph {
  text: string;
  mentions: NamedSpan[];
}

/**
 * A quotation between its marks; an empty pair (`""`) is one too, read and
 * passed over, so that its second mark does not open the next quotation.
 * Japanese and traditional Chinese quote in corner brackets, 「…」, and
 * quote within those in double ones, 『…』, which alone mark a title
 * (`『朝日新聞』`), as 《…》 does in Chinese: no quotation.
 */
const quotation = /“([^”]*)”|"([^"]*)"|„([^“”]*)[“”]|«\s?([^»]*?)\s?»|»([^«]*)«|「([^」]*)」/g;
/**
 * A quotation left open at the end of a paragraph, as news style writes one
 * that goes on in the next paragraph: an opening mark (group 1) and the
 * words after it (group 2), with no other quotation mark up to the end.
 * Chinese and Japanese put no space before the mark (`瓦尔加说：“…`).
 */
const openQuotation =
  /(?:^|[\s(—–-]|(?<=[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー\u3000-\u303f\uff01-\uff1f]))(“|„|«|"|「)\s?(?=[\p{L}\p{N}])([^“”„«»"「」]+)$/u;

/** Any mark a quotation of {@link quotation} or {@link openQuotation} may open or close with. */
const quotationMark = /["“”„«»「」]/u;

const speaks = (span: NamedSpan) => span.kind !== 'place';

/** The most words quoted as a name (`"Radio Free Europe"`), not a statement. */
const nameWords = 5;
/** The most Chinese or Japanese letters quoted as a name, written without spaces: `「クローズアップ現代」`. */
const nameLetters = 12;
/** The punctuation of a sentence, in the archive's scripts: quoted words with it are no name. */
const sentencePunctuation = /[.!?…,;:。！？，；：、]/u;
/** The words that link the capitalised words of a name, in the archive's languages: `Voice of America`. */
const nameLinks = new Set(
  'of the and for on de du la le les des di del della y i e und der die das von für na za u od и на за у од'.split(' '),
);
/** A word of a name: capitalised, or one of {@link nameLinks}. */
const nameWord = (word: string) => /^[\p{Lu}\p{N}]/u.test(word) || nameLinks.has(word);
/** The most characters read before quoted words for a word for a medium. */
const titleNounReach = 40;

/**
 * Whether quoted `words` are a name, as reports quote those of newspapers,
 * broadcasters, parties and operations, not a quotation: a few words right
 * after a word for one (`the daily "Vecernje Novosti"`, `list „Večernje
 * novosti“`), or a few capitalised words with no punctuation of a sentence
 * (`Kurti told "Radio Free Europe" that …`, `der Zeitung „Koha Ditore“`),
 * unless the text goes on to say who spoke them (`saidBySomeone`: `"Never
 * Again," Velken said`). A German quotation of capitalised nouns (`„Kein
 * Kommentar“`) is lost with them, unless its speaker follows.
 */
function quotedName(words: string[], textBefore: string, patterns: SpeechPatterns, saidBySomeone: boolean): boolean {
  const unspaced = unspacedLetter.test(words.join(''));
  const long = unspaced ? [...words.join('')].length > nameLetters : words.length > nameWords;
  if (long || words.some((word) => sentencePunctuation.test(word))) return false;
  if (patterns.titleNounBefore.test(textBefore)) return true;
  return !saidBySomeone && /^[\p{Lu}\p{N}]/u.test(words[0] ?? '') && words.every(nameWord);
}

/** The most Chinese or Japanese letters quoted as a term, as one word is elsewhere: `“一带一路”`. */
const termLetters = 4;
/** The most letters of a term the sentence goes on after with no mark between, as a noun: `“全过程人民民主”理念`. */
const termBeforeNounLetters = 8;

/**
 * Whether quoted `inner` is a term of a script without spaces, as a single
 * quoted word is elsewhere: a few Han or kana letters with no punctuation
 * (`“海绵城市”计划`; up to {@link termBeforeNounLetters} before a noun or a
 * particle, `「働き方改革」を進める`), unless a colon introduces
 * them (`瓦尔加说：“不行”`) or the words after them say who spoke them
 * (`「残念だ」と述べた`, `saidAfter`).
 */
function quotedTerm(
  inner: string,
  textBefore: string,
  textAfter: string,
  saidAfter: boolean,
  patterns: SpeechPatterns,
): boolean {
  if (saidAfter || !unspacedLetter.test(inner) || /[\p{P}\p{S}]/u.test(inner) || /[:：]\s*$/u.test(textBefore))
    return false;
  // `武契奇说“不行”。`: words a speech verb introduces are said, however few.
  if (speechVerbEnds(textBefore, patterns)) return false;
  const letters = [...inner].length;
  // Not before the particle that quotes: `「百年に一度の災害」と呼んだ` quotes what someone called it.
  const nounAfter = unspacedLetter.test(textAfter.charAt(0)) && !/^(?:と|って)/u.test(textAfter);
  return letters <= termLetters || (letters <= termBeforeNounLetters && nounAfter);
}

/** Whether `text` ends in a speech verb, not one that names (`称之为`): what comes next is said. */
function speechVerbEnds(text: string, patterns: SpeechPatterns): boolean {
  const end = text.trimEnd().length;
  for (const verb of text.matchAll(patterns.verbBefore))
    if (verb.index + verb[0].length === end) return !patterns.namingVerb.test(verb[0].trim());
  return false;
}

/**
 * The first of `spans` (names in text order) and the names that follow it
 * in one title: a person after a body's or a place's title (`Marvik mayor
 * Ilse Varga`), or after a person's possessive (`Blinken's spokesman,
 * Matthew Miller`); but not `Kurti über Vučić`, nor `the White House, after
 * Vučić`.
 */
function oneTitle(text: string, spans: NamedSpan[], patterns: SpeechPatterns): NamedSpan[] {
  const title: NamedSpan[] = [];
  for (const span of spans) {
    const last = title.at(-1);
    if (last) {
      const between = patterns.withinTitle.exec(text.slice(last.end, span.start));
      if (!between || (last.kind === 'person' && !between[1])) break;
      if (between[2] && span.kind !== 'person') break;
    }
    title.push(span);
  }
  return title;
}

/** The most characters read before a person's name for a word that makes it the one spoken for. */
const spokenForReach = 60;

/**
 * Whether `span` (one of `mentions`) is a person someone else speaks for: `a
 * spokesman for Vučić`, `a spokesman for Serbian President Vučić`, `an aide
 * to Kurti`; not `the Prime Minister of Kosovo, Albin Kurti`, where the words
 * before the person end at another name.
 */
function spokenFor(text: string, span: NamedSpan, mentions: NamedSpan[], patterns: SpeechPatterns): boolean {
  if (span.kind !== 'person') return false;
  const previous = mentions[mentions.indexOf(span) - 1];
  const from = Math.max(previous?.end ?? 0, span.start - spokenForReach);
  return patterns.spokenFor.test(text.slice(from, span.start));
}

/** The most characters {@link SpeechPatterns.ownerAfter} reads after a name. */
const ownerReach = 24;

/**
 * Whether `span` is a person's name that only qualifies who speaks (`Kurti's
 * spokesman`, `a Kurti aide`, `according to Kurti's office`); a body speaks
 * through its spokesman (`a NATO spokesman said`).
 */
const onlyQualifies = (text: string, span: NamedSpan, patterns: SpeechPatterns) =>
  span.kind === 'person' && patterns.ownerAfter.test(text.slice(span.end, span.end + ownerReach));

/** The most characters read around a body's name for unnamed people within it. */
const sourcesReach = 40;

/**
 * Whether `span` is a body that unnamed people within it speak from, not the
 * body itself: `ministry sources`, `según fuentes del Ministerio de Sanidad`.
 */
const onlySources = (text: string, span: NamedSpan, patterns: SpeechPatterns) =>
  span.kind !== 'person' &&
  (patterns.sourcesBefore.test(text.slice(Math.max(0, span.start - sourcesReach), span.start)) ||
    patterns.sourcesAfter.test(text.slice(span.end, span.end + sourcesReach)));

/** The most characters read before a name for a preposition that makes it where the speaker works. */
const withinReach = 16;

/**
 * Whether `span` cannot be the subject of a speech verb: a person spoken for,
 * in another case than the subject's (`portparol Vučića`, Vučić's spokesman),
 * one whose name only qualifies who speaks ({@link onlyQualifies}), a body
 * its unnamed sources speak from ({@link onlySources}), or a name after a
 * preposition, where the speaker works or stands (`A nurse at St Cuthbert's
 * Hospital said`).
 */
const notSubject = (text: string, span: NamedSpan, mentions: NamedSpan[], patterns: SpeechPatterns) =>
  span.inflected === true ||
  onlyQualifies(text, span, patterns) ||
  spokenFor(text, span, mentions, patterns) ||
  onlySources(text, span, patterns) ||
  patterns.withinBefore.test(text.slice(Math.max(0, span.start - withinReach), span.start));

/**
 * Who speaks under a title: its last person (`White House spokesperson John
 * Kirby`), else its first name that may speak; nobody for a person spoken
 * for (`said a spokesman for Vučić`) or whose name only qualifies who speaks
 * (`according to Kurti's office`), or, as the subject of a speech verb
 * (`asSubject`), in another case (`rekao je portparol Vučića`). After
 * `according to` a name takes the case the words ask for (`prema rečima Vučića`).
 */
function titleHolder(
  text: string,
  title: NamedSpan[],
  mentions: NamedSpan[],
  patterns: SpeechPatterns,
  asSubject: boolean,
): NamedSpan | undefined {
  const holder = title.findLast((span) => span.kind === 'person') ?? title.find(speaks);
  if (!holder) return undefined;
  const notSpeaking = asSubject
    ? notSubject(text, holder, mentions, patterns)
    : onlyQualifies(text, holder, patterns) ||
      spokenFor(text, holder, mentions, patterns) ||
      onlySources(text, holder, patterns);
  return notSpeaking ? undefined : holder;
}

/** The person among spans, else the first that may speak. */
function pick(spans: NamedSpan[]): NamedSpan | undefined {
  return spans.find((span) => span.kind === 'person') ?? spans.find(speaks);
}

/**
 * Who a `he said` after a quotation refers to: the one person named before
 * it in the paragraph. Among several, the person the paragraph last quoted,
 * if nobody else is named after that quotation's sentence (`"…," Kurti said
 * of Vučić. "…," he added.`, but not `"…," Kurti said. Vučić denied it.
 * "…," he said.`); else nobody (`Kurti accused Vučić. "…," he said.` could be
 * either). With no person named before it, the person `carried` from
 * earlier paragraphs, unless the quotation's own sentence, from
 * `sentenceStart`, names a person in another case (`Portparol Vučića: „…“,
 * rekao je`: the spokesman speaks, whom nobody named).
 */
function pronounSpeaker(
  mentions: NamedSpan[],
  before: number,
  earlier: FoundQuote[],
  carried: NamedSpan | undefined,
  sentenceEnd: (offset: number) => number,
  sentenceStart = before,
  otherPersonBetween: (from: number, to: number) => boolean = () => false,
): NamedSpan | undefined {
  // A person named in another case than the subject's is no one a dropped or pronoun subject stands for.
  const persons = mentions.filter((span) => span.end <= before && span.kind === 'person' && !span.inflected);
  if (persons.length === 0) {
    const otherCase = mentions.some(
      (span) => span.start >= sentenceStart && span.end <= before && span.kind === 'person' && span.inflected,
    );
    return otherCase ? undefined : carried;
  }
  if (new Set(persons.map((span) => span.entity)).size === 1) {
    // `Ahlgren accompanied her. "…," she said.`: `her` is someone else, whom `she` may mean.
    const last = persons.at(-1) as NamedSpan;
    return otherPersonBetween(last.end, before) ? undefined : last;
  }
  const quoted = earlier.findLast((quote) => quote.speaker?.kind === 'person');
  if (!quoted?.speaker) return undefined;
  const { entity } = quoted.speaker;
  const after = sentenceEnd(quoted.end);
  return persons.every((span) => span.start < after || span.entity === entity) ? quoted.speaker : undefined;
}

/**
 * From a paragraph's sentence lookup, the end of the sentence that holds the
 * character before `offset` (a quotation's end).
 */
const endBefore =
  (sentenceAt: ReturnType<typeof sentenceLookup>) =>
  (offset: number): number =>
    sentenceAt(Math.max(0, offset - 1)).end;

/**
 * The person a `he said` at the start of the next paragraph refers to, after
 * paragraph `text` with these `mentions` and `quotes`: as {@link pronounSpeaker}
 * would decide at its end, so that a paragraph naming several people passes
 * on only the one it last quoted, and a paragraph naming nobody passes on
 * `carried`.
 */
export function personCarried(
  text: string,
  mentions: NamedSpan[],
  quotes: FoundQuote[],
  carried: NamedSpan | undefined,
): NamedSpan | undefined {
  return pronounSpeaker(mentions, Number.POSITIVE_INFINITY, quotes, carried, endBefore(sentenceLookup(text)));
}

/**
 * The quotations of an article's paragraphs, paragraph by paragraph, each
 * read with what the paragraphs before make clear: whom a `he said` at its
 * start refers to ({@link personCarried}), and whose words a quotation the
 * paragraph before left open goes on in.
 */
export function findArticleQuotes(paragraphs: QuoteParagraph[], lang?: string): FoundQuote[][] {
  let carried: NamedSpan | undefined;
  let continuing: NamedSpan | undefined;
  let lastSpeaker: NamedSpan | undefined;
  const quotes = paragraphs.map(({ text }) => quotationMark.test(text));
  const patterns = speechPatterns(lang);
  return paragraphs.map(({ text, mentions: linked }, index) => {
    // The people the glossary does not know speak too, and a `he said` may stand for them: looked for
    // where a quotation may be, or where who the paragraph names decides whom the next one's `he`
    // means. Elsewhere they change nothing (a paragraph that names nobody passes on nobody).
    const weighed = quotes[index] || (quotes[index + 1] && linked.some((span) => span.kind === 'person'));
    const mentions = weighed
      ? [...linked, ...unlinkedPeople(text, linked, lang)].sort((a, b) => a.start - b.start)
      : linked;
    const found = findQuotes(text, mentions, {
      ...(carried ? { carried } : {}),
      ...(continuing ? { continuing } : {}),
      ...(lastSpeaker ? { lastSpeaker } : {}),
      ...(lang ? { lang } : {}),
    });
    // A Japanese name with a particle of another case is no one a left-out subject stands for.
    // A paragraph that names nobody and quotes nothing tells of something else: a `she said` after it
    // is not the last person's before it (`Organisers said …` between them); unless it opens with
    // `he` or `she`, still telling of that person (`He accused Belgrade of planning the attack.`).
    const tellsOfOthers =
      found.length === 0 &&
      !mentions.some((span) => span.kind === 'person') &&
      !patterns.pronounBefore.test(`${/^\s*\p{L}+/u.exec(text)?.[0].toLowerCase() ?? ''} `);
    carried = tellsOfOthers ? undefined : personCarried(text, withCases(text, mentions, patterns), found, carried);
    const last = found.at(-1);
    continuing = last?.open ? last.speaker : undefined;
    // The last quotation's speaker, if its sentence ends the paragraph.
    const endsParagraph =
      last !== undefined && !last.open && sentenceLookup(text)(last.end - 1).end >= text.trimEnd().length;
    lastSpeaker = endsParagraph ? last.speaker : undefined;
    // A quotation of someone the glossary does not know is left unattributed.
    for (const quote of found) if (quote.speaker?.entity === unlinkedEntity) delete quote.speaker;
    return found;
  });
}

/**
 * The quotations of `text` (one paragraph) with their speakers, and a last
 * one left open ({@link FoundQuote.open}). `mentions` are the paragraph's
 * named entities in order; `context` what the paragraphs before tell it.
 */
export function findQuotes(text: string, named: NamedSpan[], context: QuoteContext = {}): FoundQuote[] {
  const patterns = speechPatterns(context.lang);
  const mentions = withCases(text, named, patterns);
  const sentenceAt = sentenceLookup(text);
  const sentenceEnd = endBefore(sentenceAt);
  // A paragraph that opens with a quotation goes on in the words of one the paragraph before left open.
  // `"…," said Fire Chief Bell.¶"The water came up two metres in an hour."`: the next paragraph's
  // opening quotation goes on in the words of the one before, unless its sentence says who speaks.
  const continuing = (quote: FoundQuote, quoteSentenceEnd: number) => {
    if (text.slice(0, quote.start).trim() !== '') return undefined;
    if (context.continuing) return context.continuing;
    const tail = text.slice(quote.end, quoteSentenceEnd);
    const saysWho =
      tail.search(patterns.verbBefore) >= 0 ||
      mentions.some((span) => span.start >= quote.end && span.end <= quoteSentenceEnd);
    return saysWho ? undefined : context.lastSpeaker;
  };
  const quotes: FoundQuote[] = [];
  // `Reed accompanied her. "…," she said.`: the pronoun's object form after the person named is someone else.
  const otherPersonBetween = (from: number, to: number, said: string) =>
    [...patterns.otherPerson].some(
      ([subject, object]) => subject.test(said) && object.test(text.slice(Math.max(from, to - otherPersonReach), to)),
    );
  // Who the text before a quotation says spoke it: a speech verb in its sentence, the quotation
  // before it, or one the paragraph before left open; nobody, when a noun after it makes its words
  // someone's claim (`“…”的说法`, the claim that "…").
  const speakerEarlier = (quote: FoundQuote, quoteSentenceEnd: number) =>
    patterns.claimAfter?.test(text.slice(quote.end, quote.end + claimReach))
      ? undefined
      : (speakerBefore(text, quote.start, sentenceAt(quote.start).start, mentions, patterns, (said) =>
          pronounSpeaker(
            mentions,
            quote.start,
            quotes,
            context.carried,
            sentenceEnd,
            sentenceAt(quote.start).start,
            (from, to) => otherPersonBetween(from, to, said),
          ),
        ) ??
        speakerGoingOn(text, quote, quoteSentenceEnd, quotes.at(-1), mentions, sentenceEnd) ??
        speakerReportedBefore(text, quote, quoteSentenceEnd, sentenceAt, mentions, patterns) ??
        continuing(quote, quoteSentenceEnd));
  let closedUpTo = 0;
  // The marks as a reader pairs them: an inner quotation in the same marks, and a mark left unpaired, masked.
  const marks = pairedQuotationMarks(text);
  for (const match of marks.matchAll(quotation)) {
    const start = match.index;
    const end = start + match[0].length;
    closedUpTo = end;
    // Between the marks, as written (a quotation inside it keeps its own). A comma the English (and
    // Chinese) style puts inside the closing mark belongs to the sentence, not the quotation.
    const inner = text
      .slice(start + 1, end - 1)
      .trim()
      .replace(/[,;:，；：、]$/u, '');
    // Two words or more: `"— —"` or `"..."` is none.
    if (countWords(inner) < 2) continue;
    const quote: FoundQuote = { text: inner, start, end };
    // The sentence that holds its closing mark, which may end it.
    const quoteSentenceEnd = sentenceEnd(end);
    const opensSentence = sentenceAt(start).start === start;
    // `"…?" Velken asked.`, `“…。”瓦尔加说。`: a quotation that opens its sentence and ends it may be
    // said by the next one.
    const saidBy =
      opensSentence && quoteSentenceEnd === end && saidByNext(inner, text.slice(end, sentenceAt(end).end), patterns)
        ? sentenceAt(end).end
        : quoteSentenceEnd;
    const tail = text.slice(end, saidBy);
    // `Asked about Vučić's remark that "…," Kurti said: "…"`: in a sentence begun before the quotation,
    // a verb before a colon and another quotation says who speaks that one.
    const speaksNext = !opensSentence && introducesNext.test(tail);
    // `ヴァルガ市長は「…」と述べた`: a verb after the quotation with no subject, the sentence's subject
    // marked before it.
    const marked =
      patterns.subjectParticles && patterns.pronounAfter.test(tail)
        ? markedSubject(
            text,
            start,
            sentenceAt(start).start,
            mentions,
            patterns,
            (span) => speaks(span) && !notSubject(text, span, mentions, patterns),
          )
        : undefined;
    const named = marked
      ? marked.speaker
      : speaksNext
        ? undefined
        : speakerAfter(text, end, saidBy, mentions, patterns, (said) =>
            pronounSpeaker(mentions, start, quotes, context.carried, sentenceEnd, sentenceAt(start).start, (from, to) =>
              otherPersonBetween(from, to, said),
            ),
          );
    const quotedWords = inner.split(/\s+/);
    const textBefore = text.slice(Math.max(0, start - titleNounReach), start);
    // Words quoted as a name are one, unless they open a sentence that goes on to say who spoke them.
    if (quotedName(quotedWords, textBefore, patterns, opensSentence && named !== undefined)) continue;
    if (quotedTerm(inner, textBefore, tail, named !== undefined || patterns.pronounAfter.test(tail), patterns))
      continue;
    const speaker = marked ? marked.speaker : (named ?? speakerEarlier(quote, quoteSentenceEnd));
    if (speaker) quote.speaker = speaker;
    quotes.push(quote);
  }
  const open = openQuotation.exec(marks.slice(closedUpTo));
  const words = open ? text.slice(closedUpTo + open.index + open[0].length - (open[2] as string).length).trim() : '';
  if (open && countWords(words) >= 2) {
    const start = closedUpTo + open.index + open[0].indexOf(open[1] as string);
    const quote: FoundQuote = { text: words, start, end: text.length, open: true };
    // Nothing comes after it in this paragraph: its speaker is named before it.
    const speaker = speakerEarlier(quote, text.length);
    if (speaker) quote.speaker = speaker;
    quotes.push(quote);
  }
  return quotes;
}

/**
 * Whether the sentence `next` after a quotation of words `inner`, which opens
 * and ends its own sentence, may say who spoke it: after a question or an
 * exclamation (`"…?" Velken asked.`); after a Chinese one that ends in its
 * own full stop or mark (`“…。”`), only a sentence that says just that
 * (`瓦尔加说。`, {@link SpeechPatterns.saidByNext}), not one that goes on to
 * say more (`武契奇则表示，…`).
 */
function saidByNext(inner: string, next: string, patterns: SpeechPatterns): boolean {
  if (/[。！？]$/u.test(inner)) return patterns.saidByNext?.test(next.trimStart()) ?? false;
  return /[?!]$/.test(inner);
}

/**
 * `"…," Kirby said. "…"`: a quotation that opens the sentence right after
 * the one that holds the previous quotation and its speaker goes on in that
 * speaker's words, unless its own sentence names someone after it who may
 * speak (`"…" was Vučić's answer`).
 */
function speakerGoingOn(
  text: string,
  quote: { start: number; end: number },
  quoteSentenceEnd: number,
  previous: FoundQuote | undefined,
  mentions: NamedSpan[],
  sentenceEnd: (offset: number) => number,
): NamedSpan | undefined {
  if (!previous?.speaker) return undefined;
  // In the next sentence, and nothing before it there: not later in the previous quotation's own.
  const previousSentenceEnd = sentenceEnd(previous.end);
  if (previousSentenceEnd > quote.start || text.slice(previousSentenceEnd, quote.start).trim() !== '') return undefined;
  const named = mentions.some((span) => span.start >= quote.end && span.end <= quoteSentenceEnd && speaks(span));
  return named ? undefined : previous.speaker;
}

/**
 * `Valdivia said the money would come from the fund. "It is there for this
 * kind of emergency."`: a quotation that opens the sentence right after one
 * that reports what someone said, in no quotation of its own, goes on in
 * that speaker's words, unless either sentence names someone else after the
 * speech verb who may speak (`Kurti said Vučić had lied. "…"`).
 */
function speakerReportedBefore(
  text: string,
  quote: { start: number; end: number },
  quoteSentenceEnd: number,
  sentenceAt: ReturnType<typeof sentenceLookup>,
  mentions: NamedSpan[],
  patterns: SpeechPatterns,
): NamedSpan | undefined {
  if (sentenceAt(quote.start).start !== quote.start) return undefined;
  let last = quote.start - 1;
  while (last >= 0 && /\s/.test(text[last] ?? '')) last--;
  if (last < 0) return undefined;
  const before = sentenceAt(last);
  const reported = text.slice(before.start, before.end);
  if (/["“”„«»「」]/.test(reported)) return undefined;
  let verb: RegExpExecArray | undefined;
  for (const match of reported.matchAll(patterns.verbBefore)) {
    if (inName(mentions, before.start + match.index)) continue;
    verb = match;
    break;
  }
  if (!verb || patterns.namingVerb.test(verb[0]) || patterns.claimBetween.test(reported)) return undefined;
  const verbAt = before.start + verb.index;
  const speaker = subjectOf(text, verbAt, before.start, mentions, patterns);
  const someoneElse = (span: NamedSpan) => span.entity !== speaker?.entity && speaks(span);
  const namedAfter = mentions.some(
    (span) =>
      ((span.start > verbAt && span.end <= before.end) || (span.start >= quote.end && span.end <= quoteSentenceEnd)) &&
      someoneElse(span),
  );
  return namedAfter ? undefined : speaker;
}

/** After a quotation, in its sentence: a colon and the opening mark of another. */
const introducesNext = /^[^"“”„«»「」]*[:：]\s*["“„«»「]/u;

/** Between a name a verb addresses and the speaker's: perhaps a title of a few words, `el consejero de Transportes,`. */
const titleAfterAddressee = /^(?:\s+[\p{L}\p{N}'’.-]+){0,5},?\s+$/u;

function speakerAfter(
  text: string,
  end: number,
  sentenceEnd: number,
  mentions: NamedSpan[],
  patterns: SpeechPatterns,
  pronoun: (said: string) => NamedSpan | undefined,
): NamedSpan | undefined {
  const tail = text.slice(end, Math.max(end, sentenceEnd));
  if (patterns.pronounAfter.test(tail)) return pronoun(tail);
  // The first names after the quotation, with only a speech verb or a title between.
  const near = mentions.filter((span) => span.start >= end && span.start - end <= 80 && span.end <= sentenceEnd);
  const first = near[0];
  if (!first) return undefined;
  const between = text.slice(end, first.start);
  // `"…", dijo a EFE un vecino`, `declaró a la Cadena SER el consejero …, Luis Ortega`: whom the verb
  // addresses does not speak; a name after it, in a title, may.
  if (patterns.addresseeAfter.test(between)) {
    const next = near[1];
    if (!next || !titleAfterAddressee.test(text.slice(first.end, next.start))) return undefined;
    return titleHolder(text, oneTitle(text, near.slice(1), patterns), mentions, patterns, true);
  }
  // `"…," said John Kirby`, `"…," said White House spokesperson John Kirby`, `according to the White House`.
  if (patterns.accordingTo.test(between))
    return titleHolder(text, oneTitle(text, near, patterns), mentions, patterns, false);
  if (patterns.verbAfter.test(between))
    return titleHolder(text, oneTitle(text, near, patterns), mentions, patterns, true);
  // `"…," Kirby said` or `"…," the White House said`: a verb right after the first name, or after a
  // name of its group (`the White House spokesperson John Kirby said`), but not after a name that
  // follows the verb (`Kurti said of Vučić`).
  if (!patterns.nameAfter.test(between)) return undefined;
  for (let place = 0; place < near.length; place++) {
    const span = near[place] as NamedSpan;
    if (span.start - first.end > 40) break;
    if (!patterns.verbFirst.test(text.slice(span.end, sentenceEnd))) continue;
    const subject = pick(near.slice(0, place + 1));
    return subject && notSubject(text, subject, mentions, patterns) ? undefined : subject;
  }
  return undefined;
}

/** Whether `offset` lies inside one of `mentions`: a verb's word there is none (`States` in `the United States`). */
const inName = (mentions: NamedSpan[], offset: number) =>
  mentions.some((span) => span.start <= offset && offset < span.end);

function speakerBefore(
  text: string,
  start: number,
  sentenceStart: number,
  mentions: NamedSpan[],
  patterns: SpeechPatterns,
  pronoun: (said: string) => NamedSpan | undefined,
): NamedSpan | undefined {
  // Only so far back: a run-on "sentence" of a pasted page may be a megabyte long.
  const headStart = Math.max(sentenceStart, start - headReach);
  const head = text.slice(headStart, start);
  // The speech verbs before the quotation, nearest first: the first with its speaker right before it.
  for (const verb of [...head.matchAll(patterns.verbBefore)].reverse()) {
    const verbAt = headStart + verb.index;
    if (inName(mentions, verbAt)) continue;
    // `Abernathy said the agency had described the outage as "…"`: the words are what another called it.
    if (patterns.namingVerb.test(verb[0])) break;
    // Someone else named between the verb and the quotation may be its speaker: leave it, unless
    // it is only whom the verb addresses (`Kirby told Reuters: "…"`, `Blinken urged Vučić to "…"`).
    const between = mentions.filter((span) => span.start >= verbAt && span.end <= start);
    const addressed =
      patterns.addressVerb.test(verb[0]) &&
      onlyAddressed(text, verbAt + verb[0].length, start, between, patterns.addressedNames);
    if (!addressed && between.some((span) => span.kind === 'person' || span.kind === 'organization')) return undefined;
    // `Lind rejected Kramm's claim that Europe was "…"`: the words are the claim's.
    if (patterns.claimBetween.test(text.slice(Math.max(verbAt, start - claimReach), start))) return undefined;
    const subject = subjectOf(text, verbAt, sentenceStart, mentions, patterns);
    if (subject) return subject;
    // `He added that the US was "…"`: whom `he` stands for, as after a quotation.
    const beforeVerb = text.slice(sentenceStart, verbAt);
    if (verbAt - sentenceStart <= pronounReach && patterns.pronounBefore.test(beforeVerb)) return pronoun(beforeVerb);
    // A verb with a subject of its own, unnamed, says the words are that subject's (`Abernathy said the
    // agency had described it as "…"`); only a word that introduces them goes back to the verb before
    // (`NATO said in a statement, adding that "…"`).
    if (!patterns.introducingVerb.test(verb[0])) break;
  }
  return (
    speakerBeforeColon(text, start, sentenceStart, mentions, patterns) ??
    speakerAccordingTo(text, start, sentenceStart, mentions, patterns)
  );
}

/**
 * `Borrell: "…"`, `NATO chief Stoltenberg: "…"`, as a headline, a lead-in or
 * a live blog's entry (`14:32 — Zelensky: "…"`) writes it: a name (or the
 * names of one title, after at most three words, none a speech verb) is all
 * that stands before the colon that opens the quotation.
 */
function speakerBeforeColon(
  text: string,
  start: number,
  sentenceStart: number,
  mentions: NamedSpan[],
  patterns: SpeechPatterns,
): NamedSpan | undefined {
  const head = mentions.filter((span) => span.start >= sentenceStart && span.end <= start);
  const title = oneTitle(text, head, patterns);
  const first = title[0];
  const last = title.at(-1);
  if (!first || !last || title.length !== head.length) return undefined;
  if (!/^\s*[:：]\s*$/.test(text.slice(last.end, start))) return undefined;
  const leadIn = text.slice(sentenceStart, first.start);
  // A live blog's time may come first: `14:32 — Zelensky: "…"`.
  if (!/^\s*(?:\d{1,2}[:.]\d{2}\s*[—–-]?\s*)?(?:[\p{L}\p{N}'’.-]+\s+){0,3}$/u.test(leadIn)) return undefined;
  // `Reporters asked Kurti: "…?"`: a verb before the name makes it whom the words are put to.
  if (leadIn.search(patterns.verbBefore) >= 0) return undefined;
  return titleHolder(text, title, mentions, patterns, true);
}

/**
 * The most characters read before a quotation for a noun for someone's words (`Vučić's claim,
 * made on Monday, that`), and before a `he said` for a pronoun that is someone else: a run-on
 * "sentence" of a pasted page may be a megabyte long.
 */
const claimReach = 120;
const otherPersonReach = 160;
/** The most characters read before a quotation for its speech verbs, and before a verb for a pronoun (`He also`). */
const headReach = 400;
const pronounReach = 40;

/** The most characters read before a name for the word of a passive verb's agent: `by the`. */
const agentReach = 12;

/** The most characters an apposition between commas takes: `, speaking to Reuters,`. */
const appositionReach = 64;

/**
 * The subject of the speech verb at `verbAt`: the last name before it, right
 * before it (`Kirby said`, `Stoltenberg also urged`), or before an apposition
 * between commas, whatever it names (`Stoltenberg, speaking to Reuters,
 * said`), or set off by commas itself (`The council's spokesperson, John
 * Kirby, said`); nobody when it is a person spoken for (`A spokesman for Vučić said`)
 * or in another case (`Portparol Vučića je rekao`).
 */
function subjectOf(
  text: string,
  verbAt: number,
  sentenceStart: number,
  mentions: NamedSpan[],
  patterns: SpeechPatterns,
): NamedSpan | undefined {
  const before = mentions.filter((span) => span.start >= sentenceStart && span.end <= verbAt && speaks(span));
  for (const span of before.reverse()) {
    if (verbAt - span.end > appositionReach) return undefined;
    // `Stan was quoted by the Financial Post as saying`: the agent of a passive verb does not speak.
    if (patterns.agentBefore.test(text.slice(Math.max(sentenceStart, span.start - agentReach), span.start)))
      return undefined;
    const between = text.slice(span.end, verbAt);
    // `The council's spokesperson, John Kirby, said`: a name set off by commas names the subject.
    // Only the few characters before the name are read: a run-on "sentence" may be a megabyte long.
    const justBefore = text.slice(Math.max(sentenceStart, span.start - 4), span.start);
    const inApposition = /^,\s*$/.test(between) && /,\s*$/.test(justBefore);
    // A relative pronoun is the verb's subject, whoever it stands for: `Lefèvre, a répondu aux critiques
    // de l’entraîneur, qui avait jugé`.
    if (inApposition || (patterns.subjectToVerb.test(between) && !patterns.relativeBefore.test(between)))
      return notSubject(text, span, mentions, patterns) ? undefined : span;
  }
  return undefined;
}

/** The most characters `according to` and a title take before a name (`according to White House spokesperson`). */
const accordingToReach = 120;

/**
 * `According to Kirby, the attack was "…"`: the name right after `according
 * to` (or a title), or right before it where a language puts it after
 * (`マルビク警察によると、「…」という`), earlier in the quotation's sentence,
 * if no other person or organisation is named between it and the quotation,
 * and no speech verb in a clause after the name says someone else speaks
 * (`According to police, the man said he "…"`, `据新华社报道，当地官员称这是“…”`).
 */
function speakerAccordingTo(
  text: string,
  start: number,
  sentenceStart: number,
  mentions: NamedSpan[],
  patterns: SpeechPatterns,
): NamedSpan | undefined {
  // The names of the sentence a few hundred characters before the quotation: a run-on paragraph of a
  // pasted page may hold thousands of names and quotations.
  const from = Math.max(sentenceStart, start - headReach);
  const head = mentions.filter((span) => span.start >= from && span.end <= start && speaks(span));
  // `according to` and a title stand right before the name: only that much is read (a run-on
  // "sentence" of a pasted page may be a megabyte long, with thousands of names).
  const before = (span: NamedSpan) => text.slice(Math.max(sentenceStart, span.start - accordingToReach), span.start);
  const after = (span: NamedSpan) => text.slice(span.end, span.end + accordingToReach);
  const place = head.findIndex(
    (span) => patterns.accordingToBefore.test(before(span)) || patterns.accordingToAfter?.test(after(span)),
  );
  const first = head[place];
  if (!first) return undefined;
  const named = oneTitle(text, head.slice(place), patterns);
  // A verb after a relative pronoun is the name's own: `according to a statement from Halden Steel, which said`.
  const rest = text.slice((named.at(-1) ?? first).end, start);
  const clause = rest.search(/[,，、]/u);
  const verb = clause < 0 ? undefined : rest.slice(clause).matchAll(patterns.verbBefore).next().value;
  if (verb) {
    const verbAt = clause + verb.index;
    // `the man said he …` reports; `the deal announced on Monday is "…"` does not, in a language that tells them apart.
    const reports = patterns.reportedAfterVerb?.test(rest.slice(verbAt + verb[0].length)) ?? true;
    if (reports && !patterns.relativeBefore.test(rest.slice(0, verbAt))) return undefined;
  }
  const others = head.filter((span) => span.start >= first.start && !named.includes(span));
  return others.some((span) => span.kind === 'person' || span.kind === 'organization')
    ? undefined
    : titleHolder(text, named, mentions, patterns, false);
}

/** Whether the text from `from` to `to` holds only the names `between` (a verb's objects) and a link word. */
function onlyAddressed(text: string, from: number, to: number, between: NamedSpan[], addressedNames: RegExp): boolean {
  let rest = '';
  let at = from;
  for (const span of between) {
    rest += `${text.slice(at, span.start)}N`;
    at = span.end;
  }
  return addressedNames.test(rest + text.slice(at, to));
}
