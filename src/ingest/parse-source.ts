import type { AsideKind } from '../schemas/article-body.ts';
import { isPartialDate } from '../text/calendar-date.ts';
import { countWords } from '../text/words.ts';
import { furnitureKind } from './furniture.ts';
import { isHeadingLike, sentenceEnd } from './heading-like.ts';
import { markContextFurniture } from './furniture-context.ts';
import { maxSourceBlocks } from './limits.ts';
import { SourceError } from './source-error.ts';

/**
 * One block of an article, in source order: `paragraph` (article text),
 * `subheading` (a short line heading what follows), or `aside` (page
 * furniture such as a caption or a share prompt: kept, set apart, not part
 * of the article).
 */
export type Block =
  | {
      kind: 'paragraph' | 'subheading';
      /** The block's text, trimmed, on one line. */
      text: string;
    }
  | {
      kind: 'aside';
      /** What kind of furniture it is. */
      aside: AsideKind;
      /** The block's text, trimmed, on one line. */
      text: string;
    };

/** What a source says, before it becomes MDX. */
export interface ParsedSource {
  /** The date from a leading ` date YYYY-MM-DD ` (or `YYYY-MM`, `YYYY`) marker, if any. */
  date?: string;
  /** The headline: the first line that is not furniture, if it looks like one. */
  headline?: string;
  /**
   * How many blocks (all furniture, such as a site banner) stood before the
   * headline in the source; absent when none did.
   */
  headlineIndex?: number;
  /**
   * Every other block; never empty, with at least one paragraph, and (when
   * there is no headline) words in a paragraph or subheading to title it by.
   */
  blocks: Block[];
}

/** A leading ` date … ` marker; the value is checked separately so a bad one gets its own error. */
const dateMarker = /^[ \t]*date[ \t]+(\d{1,4}(?:-\d{1,2}){0,2})(?=\s|$)/;

/** A line that ends in a letter, digit or comma may be a sentence broken off by a line break. */
const brokenOff = /[\p{L}\p{N},]$/u;

/**
 * Lines in a hard-wrapped file are at most this long; a file with longer
 * lines, or without blank lines, writes one paragraph per line.
 */
const hardWrapMaxLineLength = 100;

/**
 * Reads the structure of a source text (as returned by `decodeSource`).
 *
 * Recognises a leading date marker, page furniture (see `furnitureKind` and
 * `markRelatedHeadlines`), a headline (the first line that is not furniture,
 * when it is short and has no closing punctuation; a section's name above it,
 * such as `World`, is set apart), paragraphs separated by
 * blank lines or by single line breaks, and subheadings (short lines without
 * closing punctuation). A line that does not end a sentence, followed by one
 * that starts in lower case, is one sentence broken in two: they are joined.
 * Furniture is never the headline or a subheading. A file is read as hard
 * wrapped, with the lines of each blank-line-separated paragraph joined, only
 * when it has such multi-line paragraphs and no line longer than
 * {@link hardWrapMaxLineLength} characters; a short first line of such a
 * paragraph stays a heading of its own. Limit: a long heading directly above
 * its paragraph in a hard-wrapped file is joined to it.
 */
export function parseSource(text: string): ParsedSource {
  const { value, rest } = splitDateMarker(text);
  let date: string | undefined;
  if (value !== undefined) {
    if (!isPartialDate(value)) {
      throw new SourceError(
        `line 1: the date marker holds "${value}", which is not a real date; write it as YYYY-MM-DD (e.g. 2023-11-06), or YYYY-MM or YYYY when only the month or year is known`,
      );
    }
    date = value;
    if (rest.trim() === '') {
      throw new SourceError('line 1: the date marker is not followed by any text; add the article text after it');
    }
  }

  const texts = splitBlocks(rest);
  if (texts.length > maxSourceBlocks) {
    const count = (value: number) => value.toLocaleString('en-US');
    throw new SourceError(
      `the file has ${count(texts.length)} paragraphs, headings and other blocks, more than the ` +
        `${count(maxSourceBlocks)} a source may have; split it into smaller sources and ingest each`,
    );
  }
  if (countWords(texts.join(' ')) === 0) {
    throw new SourceError(
      'the file has no words, only punctuation (such as frontmatter-like --- lines); put the article text in it',
    );
  }
  const classified: Block[] = texts.map((blockText, index) => classify(blockText, index === texts.length - 1));

  // Titles are never furniture: the headline is the first block that is not, if it is heading-like,
  // and not a section's name above a longer one (`World`, then the headline).
  let headlineIndex = classified.findIndex((block) => block.kind !== 'aside');
  while (isSectionLabel(classified, headlineIndex)) {
    classified[headlineIndex] = { kind: 'aside', aside: 'other', text: classified[headlineIndex]?.text ?? '' };
    headlineIndex = classified.findIndex((block) => block.kind !== 'aside');
  }
  const first = classified[headlineIndex];
  let headline: string | undefined;
  if (first?.kind === 'subheading') {
    headline = first.text;
    classified.splice(headlineIndex, 1);
  }
  const blocks = [
    ...classified.slice(0, headline === undefined ? 0 : headlineIndex),
    ...markContextFurniture(classified.slice(headline === undefined ? 0 : headlineIndex), headline !== undefined),
  ];
  if (!blocks.some((block) => block.kind === 'paragraph')) {
    throw new SourceError(
      'the file has no paragraph of article text, only headings or page furniture (such as captions, share ' +
        'prompts or promotional lines); add the article text',
    );
  }
  // The title comes from the article's own words: a wordless paragraph such as `--` has none to give.
  if (headline === undefined && !blocks.some((block) => block.kind !== 'aside' && countWords(block.text) > 0)) {
    throw new SourceError(
      'the file has no article text, only punctuation and page furniture (such as captions, share prompts or ' +
        'promotional lines); add the article text',
    );
  }
  return {
    ...(date ? { date } : {}),
    ...(headline ? { headline } : {}),
    ...(headline && headlineIndex > 0 ? { headlineIndex } : {}),
    blocks,
  };
}

/**
 * Splits a leading ` date … ` marker off a source text: its value (checked by
 * the caller) and the text after it. Text that merely starts with the word
 * "date" ("date palms grow…") has no marker.
 */
export function splitDateMarker(text: string): { value?: string; rest: string } {
  const marker = dateMarker.exec(text);
  return marker ? { value: marker[1] ?? '', rest: text.slice(marker[0].length) } : { rest: text };
}

/** Splits text into trimmed one-line block texts. */
function splitBlocks(text: string): string[] {
  const chunks = text
    .split(/\n[ \t]*\n/)
    .map((chunk) =>
      chunk
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== ''),
    )
    .filter((lines) => lines.length > 0);
  // A loop, not Math.max(...lines): a large source has more lines than a call takes arguments.
  const longest = chunks.flat().reduce((most, line) => Math.max(most, line.length), 0);
  const hardWrapped = chunks.length > 1 && chunks.some((lines) => lines.length > 1) && longest <= hardWrapMaxLineLength;
  if (!hardWrapped) return chunks.flatMap(joinBrokenSentences);
  return chunks.flatMap(([first = '', ...rest]) => {
    // A short first line without closing punctuation heads its chunk rather than wrapping into it,
    // unless the chunk goes on in lower case (the line broke a sentence) or the line is furniture.
    const isHeading =
      rest.length > 0 &&
      !sentenceEnd.test(first) &&
      first.length < longest * 0.6 &&
      !startsLowerCase(rest[0] ?? '') &&
      furnitureKind(first) === undefined;
    const isAside = rest.length > 0 && furnitureKind(first) !== undefined && !startsLowerCase(rest[0] ?? '');
    return isHeading || isAside ? [first, rest.join(' ')] : [[first, ...rest].join(' ')];
  });
}

/**
 * Lines of one paragraph each, with each line that does not end a sentence
 * joined to a next that starts in lower case: a sentence broken in two by a
 * line break. Furniture lines are never joined to what follows.
 */
function joinBrokenSentences(lines: string[]): string[] {
  // Parts are joined once at the end, and each line's tests look at that line only: linear time.
  const sentences: string[][] = [];
  let open = false;
  for (const line of lines) {
    const last = sentences.at(-1);
    if (open && last && startsLowerCase(line) && furnitureKind(line) === undefined) last.push(line);
    else sentences.push([line]);
    // A sentence broken off ends in a word or a comma; a line of `---` is not one.
    open = brokenOff.test(line) && furnitureKind(line) === undefined;
  }
  return sentences.map((parts) => parts.join(' '));
}

/** Whether a line starts with a lower-case letter (after any opening quote or bracket). */
function startsLowerCase(line: string): boolean {
  return /^["'“‘([]?\p{Ll}/u.test(line);
}

/**
 * A section's name, as pages print it above a headline: one word. A headline of three (`Kosovo on
 * edge`) over a standfirst without a full stop would be set apart with more.
 */
const sectionLabelWords = 1;

/**
 * Whether the block at `index` is a section's name above the headline (`World`,
 * `Politics`, `Balkans`): a subheading of at most {@link sectionLabelWords}
 * words whose next text block is a longer subheading, the headline. Limit: a
 * section of two words (`Middle East`) is taken for the headline, and
 * `--title` corrects it.
 */
function isSectionLabel(blocks: readonly Block[], index: number): boolean {
  const label = blocks[index];
  if (label?.kind !== 'subheading' || countWords(label.text) > sectionLabelWords) return false;
  const next = blocks.slice(index + 1).find((block) => block.kind !== 'aside');
  return next?.kind === 'subheading' && countWords(next.text) > sectionLabelWords;
}

/** A block for a line: furniture by its kind, else a subheading when short, unpunctuated and not last. */
function classify(text: string, isLast: boolean): Block {
  const aside = furnitureKind(text);
  if (aside) return { kind: 'aside', aside, text };
  return { kind: !isLast && isHeadingLike(text) ? 'subheading' : 'paragraph', text };
}
