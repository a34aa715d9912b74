import { readFileSync } from 'node:fs';
import { type ArticleText, readArticleText } from '../discover/article-text.ts';
import { articleFiles } from '../discover/article-files.ts';
import { contentFolders } from '../content-folders.ts';
import { readGlossary, surfaceForms } from '../glossary/read-glossary.ts';
import { type Dated, earliestOf } from '../archive/timeline.ts';
import {
  type PassageSource,
  type SharedPassage,
  defaultPassageOptions,
  findSharedPassages,
} from './shared-passages.ts';
import { sentencesOf } from './sentences-of.ts';
import { type NameKeys, nameKeys } from './content-words.ts';

/** A passage as the articles that carry it see it; one object, shared by all its sentences. */
export interface PassageEcho {
  /** The articles that carry the passage or retell it, earliest first (undated last). */
  articles: string[];
  /** The articles that hold the earliest known version: the dated ones no other is surely older than. */
  earliest: string[];
}

/** For each article, its shared sentences by their text. */
export type PassageIndex = Map<string, Map<string, PassageEcho>>;

/** Two ISO dates or two ids, in the order of their characters (quicker than `localeCompare`, and the same for them). */
const compareCodes = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Dated ones first, oldest first; undated ones last, by id. */
function earliestFirst(a: Dated, b: Dated): number {
  if (a.date && b.date) return compareCodes(a.date, b.date) || compareCodes(a.article, b.article);
  if (a.date || b.date) return a.date ? -1 : 1;
  return compareCodes(a.article, b.article);
}

/**
 * The index of `passages`: each member's sentence text, by article, → the
 * reports that carry its passage or retell it.
 */
export function indexPassages(
  passages: SharedPassage[],
  sentences: Map<string, string[]>,
  dates: Map<string, string | undefined>,
): PassageIndex {
  const index: PassageIndex = new Map();
  for (const { members, retoldBy } of passages) {
    const carriers = new Set(members.map(({ article }) => article));
    for (const place of retoldBy) for (const { article } of passages[place]?.members ?? []) carriers.add(article);
    const articles = [...carriers].map((article) => ({ article, date: dates.get(article) }));
    articles.sort(earliestFirst);
    const echo: PassageEcho = { articles: articles.map(({ article }) => article), earliest: earliestOf(articles) };
    for (const { article, sentence } of members) {
      const text = sentences.get(article)?.[sentence];
      if (text === undefined) continue;
      const ofArticle = index.get(article) ?? new Map<string, PassageEcho>();
      index.set(article, ofArticle);
      ofArticle.set(text, echo);
    }
  }
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

/**
 * An article's text, or nothing for an article the site refuses: the check
 * run on each article as it is rendered fails the build with the file, the
 * line and what to do, whichever article is rendered first.
 */
function readableArticle(file: string): ArticleText | undefined {
  try {
    return readArticleText(file, readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

let built: PassageIndex | undefined;

/**
 * The shared passages of the archive in `content/articles/`, read from the
 * files with the site's own parser (paragraphs and subheadings, not page
 * furniture) and computed once per build. The glossary's names tell which
 * sentences open with a name.
 */
export function archivePassages(
  folder: string = contentFolders.articles,
  glossaryFolder: string = contentFolders.glossary,
): PassageIndex {
  if (built) return built;
  const sentences = new Map<string, string[]>();
  const dates = new Map<string, string | undefined>();
  const sources: PassageSource[] = [];
  for (const file of articleFiles(folder)) {
    const text = readableArticle(file);
    if (!text) continue;
    const { id, date, lang, blocks } = text;
    const list = blocks.filter(({ kind }) => kind === 'text').flatMap(({ text }) => sentencesOf(text));
    sentences.set(id, list);
    dates.set(id, date);
    sources.push({ article: id, ...(lang ? { lang } : {}), sentences: list });
  }
  const passages = findSharedPassages(sources, defaultPassageOptions, glossaryNameKeys(glossaryFolder));
  built = indexPassages(passages, sentences, dates);
  return built;
}

/** Forgets the computed passages, so that the next call reads the archive again (for `astro dev`). */
export function forgetArchivePassages(): void {
  built = undefined;
}
