import { contentFolders } from '../content-folders.ts';
import { readGlossary, surfaceForms } from '../glossary/read-glossary.ts';
import { type Dated, earliestOf } from '../archive/timeline.ts';
import {
  type PassageMember,
  type PassageSource,
  type SharedPassage,
  defaultPassageOptions,
  findSharedPassages,
  sentenceReader,
} from './shared-passages.ts';
import { type NameKeys, nameKeys } from './content-words.ts';

/**
 * The reports a passage lists, earliest first: an article's related reports are ranked by the
 * earliest ones (it may be one of them itself), and a wire sentence may be in thousands of reports.
 */
export const reportsListed = 21;
/** The earliest known versions a passage's note names. */
export const earliestNamed = 3;

/** A passage as the articles that carry it see it; one object, shared by all its sentences (in an article, at least). */
export interface PassageEcho {
  /** How many reports carry the passage or retell it, the article itself included. */
  reports: number;
  /** The first {@link reportsListed} of them, earliest first (undated last). */
  articles: string[];
  /**
   * The reports that hold the earliest known version (the dated ones no other is surely older
   * than), at most {@link earliestNamed}; an article that is one of them sees itself first.
   */
  earliest: string[];
}

/** For each article, its shared sentences by their text. */
export type PassageIndex = Map<string, Map<string, PassageEcho>>;

/** An article as its passages are compared: its sentences, its language and its date. */
export interface ComparedArticle extends PassageSource {
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; absent when undated. */
  date?: string;
}

/** Two ISO dates or two ids, in the order of their characters (quicker than `localeCompare`, and the same for them). */
const compareCodes = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Dated ones first, oldest first; undated ones last, by id. */
function earliestFirst(a: Dated, b: Dated): number {
  if (a.date && b.date) return compareCodes(a.date, b.date) || compareCodes(a.article, b.article);
  if (a.date || b.date) return a.date ? -1 : 1;
  return compareCodes(a.article, b.article);
}

/**
 * The index of `passages` (found among `articles`): each member's sentence
 * text, by article, → the reports that carry its passage or retell it.
 */
export function indexPassages(passages: SharedPassage[], articles: ComparedArticle[]): PassageIndex {
  // The archive in time order, sorted once: a passage's reports are put in that order by their places in it.
  const dated: Dated[] = articles.map(({ article, date }) => ({ article, date }));
  const inTimeOrder = dated.toSorted(earliestFirst);
  const placeOf = new Map(inTimeOrder.map(({ article }, place) => [article, place]));
  // The passage that last counted each report: a report may carry a passage in several sentences.
  const countedBy = new Int32Array(inTimeOrder.length).fill(-1);
  const sentencesByArticle = new Map(articles.map(({ article, sentences }) => [article, sentences]));
  const index: PassageIndex = new Map();
  passages.forEach(({ members, retoldBy }, passage) => {
    const places: number[] = [];
    const count = ({ article }: PassageMember) => {
      const place = placeOf.get(article) as number;
      if (countedBy[place] === passage) return;
      countedBy[place] = passage;
      places.push(place);
    };
    members.forEach(count);
    for (const other of retoldBy) passages[other]?.members.forEach(count);
    const inOrder = Array.from(Int32Array.from(places).sort(), (place) => inTimeOrder[place] as Dated);
    const earliest = earliestOf(inOrder);
    const echo: PassageEcho = {
      reports: inOrder.length,
      articles: inOrder.slice(0, reportsListed).map(({ article }) => article),
      earliest: earliest.slice(0, earliestNamed),
    };
    // An article among the earliest beyond those named sees itself named first, in one object for all
    // its sentences of the passage.
    const unnamed = new Set(earliest.slice(earliestNamed));
    const ownEchoes = new Map<string, PassageEcho>();
    const echoFor = (article: string): PassageEcho => {
      if (!unnamed.has(article)) return echo;
      let own = ownEchoes.get(article);
      if (!own) {
        own = { ...echo, earliest: [article, ...echo.earliest.slice(0, earliestNamed - 1)] };
        ownEchoes.set(article, own);
      }
      return own;
    };
    for (const { article, sentence } of members) {
      const text = sentencesByArticle.get(article)?.[sentence];
      if (text === undefined) continue;
      const ofArticle = index.get(article) ?? new Map<string, PassageEcho>();
      index.set(article, ofArticle);
      ofArticle.set(text, echoFor(article));
    }
  });
  return index;
}

/**
 * The glossary's names and aliases, as the names check looks up a sentence's
 * opening words. Read, not compiled: the build's thread needs no matcher of
 * its own, and compiling one read every article's date for its role phrases.
 */
export function glossaryNameKeys(glossaryFolder: string = contentFolders.glossary): NameKeys {
  return nameKeys(readGlossary(glossaryFolder).flatMap(surfaceForms));
}

/** The archive's shared passages, compared as its articles come: each article's sentences are read as it is added. */
export interface PassageComparison {
  /** Adds drafted articles, in any order. */
  add(articles: ComparedArticle[]): void;
  /** Compares the articles added, taken in the order of `ids` (the archive's files): the same passages however they came. */
  index(ids: string[]): PassageIndex;
}

/**
 * The comparison of an archive's articles, with the names of the glossary
 * in `glossaryFolder`, which tell which sentences open with a name. The
 * build adds each article's sentences as the rendering threads draft it
 * (the sentences its page marks), so that their words are read meanwhile;
 * comparing them waits for the last.
 */
export function passageComparison(glossaryFolder: string = contentFolders.glossary): PassageComparison {
  const names = glossaryNameKeys(glossaryFolder);
  const read = sentenceReader(names);
  const added = new Map<string, ComparedArticle>();
  return {
    add(articles) {
      for (const article of articles) {
        for (const sentence of article.sentences) read(sentence, article.lang);
        added.set(article.article, article);
      }
    },
    index(ids) {
      const articles = ids.flatMap((id) => added.get(id) ?? []);
      return indexPassages(findSharedPassages(articles, defaultPassageOptions, names, read), articles);
    },
  };
}
