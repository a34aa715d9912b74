import nlp from 'compromise';
import { foldText, isAcronym } from './fold.ts';

/** What discovery takes a name for: a person or a body, or something it leaves out. */
export type GuessedKind = 'person' | 'organization' | 'place' | 'other';

/** What the text said around a name's mentions. */
export interface KindClues {
  /** A personal title stood before some mention (`Gen.`, `spokesman`). */
  titled: boolean;
  /** Every mention followed a word places follow (`in`, `near`). */
  afterPlaceWords: boolean;
  /** The article is in English, so the English lexicon applies. */
  english: boolean;
}

/** Words that make a name a body's: `Council`, `Ministry`, `Regiment`, `Church`. English, with a few agency words. */
const bodyWords: ReadonlySet<string> = new Set([
  ...['council', 'ministry', 'department', 'party', 'church', 'police', 'force', 'forces', 'army', 'navy'],
  ...['mission', 'office', 'agency', 'bank', 'fund', 'organization', 'organisation', 'union', 'regiment'],
  ...['battalion', 'brigade', 'staff', 'committee', 'court', 'government', 'parliament', 'assembly'],
  ...['commission', 'service', 'services', 'institute', 'university', 'press', 'news', 'association'],
  ...['alliance', 'coalition', 'movement', 'front', 'league', 'federation', 'company', 'corporation'],
  ...['group', 'foundation', 'network', 'centre', 'center', 'authority', 'directorate', 'guard', 'command'],
  ...['embassy', 'cabinet', 'secretariat', 'tribunal', 'unit', 'corps', 'nations', 'agence', 'presse'],
  ...['ministerstvo', 'ministarstvo', 'vlada', 'skupstina', 'ministerium', 'regierung', 'partei', 'policija'],
  // Other languages' words for an army, a police force, an embassy, a ministry, a government, a party.
  ...['vojska', 'vojske', 'ambasada', 'ambasade', 'stranka', 'agencija', 'polizei', 'armee', 'bundeswehr'],
  ...['botschaft', 'ambassade', 'ministere', 'gouvernement', 'parti', 'polizia', 'esercito', 'ambasciata'],
  ...['ministero', 'governo', 'partito', 'policia', 'ejercito', 'embajada', 'ministerio', 'gobierno', 'partido'],
  ...['ushtria', 'qeveria', 'ministria', 'partia', 'kuvendi'],
]);

/** Acronyms of times, zones and things, not bodies: `AM`, `GMT`, `TV`. */
const notNames: ReadonlySet<string> = new Set([
  'am',
  'pm',
  'gmt',
  'utc',
  'cet',
  'cest',
  'eet',
  'eest',
  'est',
  'edt',
  'bst',
  'tv',
  'id',
  'ok',
  'ap photo',
  'ii',
  'iii',
  'iv',
]);

/** First words of regions rather than bodies or people: `Western Balkans`. */
const compassWords = /^(?:western|eastern|northern|southern|central|north|south|east|west)$/u;

/** The lexicon's verdicts, kept per name: names recur across thousands of articles. */
const lexiconCache = new Map<string, GuessedKind | undefined>();

/**
 * Guesses what a name (titles and possessive already cut off) names, from
 * its words and the clues around it. In order: a word for a body
 * (`Council`, `Ministry`) or an acronym makes an organization; a compass word
 * first (`Western Balkans`) or mentions that all follow `in` or `near` make
 * a place; a title makes a person; then, in English, the `compromise`
 * lexicon's tags (first names, places, dates, demonyms, known
 * organizations); a name of two to four words is otherwise taken for a
 * person's. A single word with no clue is `other`: sentence-initial words
 * (`Council`, `Defence`) are too often common nouns to list.
 */
export function guessKind(name: string, clues: KindClues): GuessedKind {
  const words = name.split(/\s+/u);
  const folded = words.map((word) => foldText(word));
  // A lower-case part after a hyphen, as in `EU-facilitated`, is not in a name.
  if (words.some((word) => /-\p{Ll}{3,}/u.test(word))) return 'other';
  // A body word alone (`Council members`, `Police said`) is a common noun more often than a name.
  if (notNames.has(folded.join(' '))) return 'other';
  if (isAcronym(name) || (words.length > 1 && folded.some(isBodyWord))) return 'organization';
  if (words.length > 1 && compassWords.test(folded[0] ?? '')) return 'place';
  if (clues.afterPlaceWords && !clues.titled) return 'place';
  if (clues.titled && words.length <= 4) return 'person';
  const lexicon = clues.english ? lexiconKind(name) : undefined;
  // One word with no title is a person's name too rarely (`Kosovo-Serb`, `Council`) to trust the lexicon's `Person`.
  if (lexicon && !(lexicon === 'person' && words.length === 1)) return lexicon;
  return words.length >= 2 && words.length <= 4 ? 'person' : 'other';
}

/** Whether a word (folded), or a part of a hyphenated one, makes a name a body's: `council`, `ministry`. */
export function isBodyWord(word: string): boolean {
  return bodyWords.has(word) || word.split('-').some((part) => bodyWords.has(part));
}

/** What the `compromise` lexicon makes of a name out of context, if anything decisive. */
function lexiconKind(name: string): GuessedKind | undefined {
  if (lexiconCache.has(name)) return lexiconCache.get(name);
  // compromise's JSON is untyped: each term's tags, in order.
  const [sentence] = nlp(name).json() as { terms?: { tags?: string[] }[] }[];
  const tagsOf: string[][] = (sentence?.terms ?? []).map((term) => term.tags ?? []);
  const any = (tag: string) => tagsOf.some((tags) => tags.includes(tag));
  let kind: GuessedKind | undefined;
  if (any('Date') || any('Demonym')) kind = 'other';
  else if (tagsOf.at(-1)?.includes('Place')) kind = 'place';
  else if (any('Person')) kind = 'person';
  else if (any('Organization')) kind = 'organization';
  lexiconCache.set(name, kind);
  return kind;
}
