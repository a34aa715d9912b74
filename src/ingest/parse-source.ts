import { isCalendarDate } from '../text/calendar-date.ts';
import { countWords } from '../text/words.ts';
import { maxSourceBlocks } from './limits.ts';
import { SourceError } from './source-error.ts';

/** One block of an article, in source order. */
export interface Block {
  /**
   * `paragraph`: article text. `subheading`: a short line heading what follows.
   * `promotion`: a line such as `Read next: …`, kept but not part of the article.
   */
  kind: 'paragraph' | 'subheading' | 'promotion';
  /** The block's text, trimmed, on one line. */
  text: string;
}

/** What a source says, before it becomes MDX. */
export interface ParsedSource {
  /** The date from a leading ` date YYYY-MM-DD ` marker, if any. */
  date?: string;
  /** The headline on the first line, if the source has one. */
  headline?: string;
  /**
   * Every other block; never empty, with at least one paragraph, and (when
   * there is no headline) words in a paragraph or subheading to title it by.
   */
  blocks: Block[];
}

/** A leading ` date … ` marker; the value is checked separately so a bad one gets its own error. */
const dateMarker = /^[ \t]*date[ \t]+(\d{1,4}-\d{1,2}-\d{1,2})(?=\s|$)/;

/** Lines that promote other content rather than report, e.g. `Read next: …`. */
const promotionLine =
  /^(?:read (?:next|more|also)|also read|see also|related(?: articles?| stories)?|recommended|more on this|watch(?: now)?)\s*:/i;

/** A line ending like a sentence (optionally inside closing quotes or brackets) is not a heading. */
const sentenceEnd = /[.!?…:;,][\s"'”’»)\]]*$/;

/** Headings are short: at most this many words. */
const headingMaxWords = 20;

/**
 * Lines in a hard-wrapped file are at most this long; a file with longer
 * lines, or without blank lines, writes one paragraph per line.
 */
const hardWrapMaxLineLength = 100;

/**
 * Reads the structure of a source text (as returned by `decodeSource`).
 *
 * Recognises a leading date marker, a headline on the first line, paragraphs
 * separated by blank lines or by single line breaks, subheadings (short lines
 * without closing punctuation) and promotional lines. A file is read as hard
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
    if (!isCalendarDate(value)) {
      throw new SourceError(
        `line 1: the date marker holds "${value}", which is not a real date; write it as YYYY-MM-DD (e.g. 2023-11-06)`,
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
  const blocks: Block[] = texts.map((blockText, index) => ({
    kind: classify(blockText, index === texts.length - 1),
    text: blockText,
  }));

  const first = blocks[0];
  let headline: string | undefined;
  if (first && first.kind === 'subheading') {
    headline = first.text;
    blocks.shift();
  }
  if (!blocks.some((block) => block.kind === 'paragraph')) {
    throw new SourceError(
      'the file has no paragraph of article text, only headings or promotional lines; add the article text',
    );
  }
  // The title comes from the article's own words: a wordless paragraph such as `--` has none to give.
  if (headline === undefined && !blocks.some((block) => block.kind !== 'promotion' && countWords(block.text) > 0)) {
    throw new SourceError('the file has no article text, only punctuation and promotional lines; add the article text');
  }
  return { ...(date ? { date } : {}), ...(headline ? { headline } : {}), blocks };
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
  if (!hardWrapped) return chunks.flat();
  return chunks.flatMap(([first = '', ...rest]) => {
    // A short first line without closing punctuation heads its chunk rather than wrapping into it.
    const isHeading = rest.length > 0 && !sentenceEnd.test(first) && first.length < longest * 0.6;
    return isHeading ? [first, rest.join(' ')] : [[first, ...rest].join(' ')];
  });
}

function classify(text: string, isLast: boolean): Block['kind'] {
  if (promotionLine.test(text)) return 'promotion';
  const words = countWords(text);
  const isHeading = !isLast && !sentenceEnd.test(text) && words > 0 && words <= headingMaxWords;
  return isHeading ? 'subheading' : 'paragraph';
}
