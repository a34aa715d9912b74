import { isHeadingLike } from './heading-like.ts';
import type { AsideKind } from '../schemas/article-body.ts';
import type { Block } from './parse-source.ts';
import { isTimestampLabel } from './timestamp-line.ts';

/** A journalist's role. */
const roleWords =
  'correspondent|reporter|editor|writer|journalist|columnist|dopisni(?:k|ca)|novinar(?:ka)?|urednik|urednica|korrespondent(?:in)?|redakteur(?:in)?|correspondante?|journaliste|envoyée? spéciale?|corresponsal|corrispondente|inviat[oa]|giornalista|periodista|gazetar(?:e)?';
/**
 * A journalist's role on a line of its own under a byline: the role last
 * (`BBC Balkans correspondent`), or first and where from (`Dopisnik iz
 * Prištine`); not a subheading that names one (`Reporter attacked in Zvečan`).
 */
const role = new RegExp(
  String.raw`^(?:(?:.+\s)?(?:${roleWords})|(?:${roleWords})\s+(?:iz|in|from|aus|von|de|da|en|nga)\s.+)$`,
  'iu',
);
/** Role lines are short. */
const roleMaxLength = 60;

/**
 * Marks the page furniture that only its neighbours give away (the line rules
 * are `furnitureKind`'s), and returns new blocks; the input is not changed.
 *
 * - Related headlines: the headlines of other stories that a copied page brings
 *   along (a sidebar, a "Most read" box) are several short, title-like lines in
 *   a row, which would otherwise read as a stack of subheadings. A run of them
 *   becomes `related` when it follows a promotion heading (`Related stories`,
 *   `Most read`), ends the article (nothing but furniture after it; a short
 *   unpunctuated last line counts as title-like), or holds three lines or
 *   more; of a run of exactly two that text follows, the last stays a
 *   subheading, since it heads that text. With `afterHeadline`, the first
 *   block is the line under the headline, its standfirst when title-like:
 *   never a related headline.
 *   A list after a promotion heading may end in a question (`Who is …?`),
 *   and a headline in it may end in a full stop (`…, says U.S.`).
 * - Gallery captions: a title-like line right after a gallery counter (`2/3`)
 *   is that photo's `caption`.
 * - A journalist's role under a byline (`BBC Balkans correspondent`) is part of
 *   the `byline`; a time stamp's label on a line of its own above it
 *   (`Published`) part of the `timestamp`.
 *
 * Limit: a real subheading directly under a run of related headlines is taken
 * for one of them.
 */
export function markContextFurniture(blocks: readonly Block[], afterHeadline = false): Block[] {
  const marked = [...blocks];
  markBylineAndTimestampParts(marked);
  const lastText = marked.findLastIndex((block) => block.kind !== 'aside');
  const titleLike = (index: number): boolean => {
    const block = marked[index];
    if (block?.kind === 'subheading') return true;
    return index === lastText && block?.kind === 'paragraph' && isHeadingLike(block.text);
  };
  // The standfirst stays as it is: the run of related headlines is sought after it.
  let start = afterHeadline && titleLike(0) ? 1 : 0;
  while (start < marked.length) {
    const before = marked[start - 1];
    if (before?.kind === 'aside' && before.aside === 'gallery' && titleLike(start)) {
      setApart(marked, start, start + 1, 'caption');
      start++;
      continue;
    }
    const afterPromotion = before?.kind === 'aside' && before.aside === 'promotion';
    // Under a promotion heading, a headline may end in a full stop (`…, says U.S.`).
    const inRun = (index: number) =>
      titleLike(index) || (afterPromotion && isHeadlineWithStop(marked[index], titleLike(index + 1)));
    if (!inRun(start)) {
      start++;
      continue;
    }
    let end = start;
    while (inRun(end)) end++;
    // A list of other stories under `More on this story` may end in a question (`Who is Milan Radoicic?`).
    if (afterPromotion && end === lastText && isQuestionHeadline(marked[end])) end++;
    const atEnd = end > lastText;
    const length = end - start;
    // A short last line alone is the article's own last line, not a list of other stories.
    const lastLineAlone = length === 1 && marked[start]?.kind === 'paragraph';
    if (lastLineAlone && !afterPromotion) {
      start = end;
      continue;
    }
    if (afterPromotion || atEnd || length >= 3) setApart(marked, start, end, 'related');
    else if (length === 2) setApart(marked, start, end - 1, 'related');
    start = end;
  }
  return marked;
}

/** Headlines in a list, questions among them, are short: at most this many words, one sentence. */
const questionHeadlineWords = 12;

function isQuestionHeadline(block: Block | undefined): boolean {
  if (block?.kind !== 'paragraph' || !block.text.endsWith('?')) return false;
  return isHeadingLike(block.text.slice(0, -1)) && block.text.split(/\s+/).length <= questionHeadlineWords;
}

/**
 * Whether a paragraph under a promotion heading is another story's headline
 * that ends in a full stop: short, one sentence, and either ending in an
 * abbreviation's stop (`Serbia recalls troops from Kosovo border, says U.S.`)
 * or followed by a title-like line (`beforeTitleLike`), as in a list; a
 * sentence of the article's own text that follows the heading alone is not one.
 */
function isHeadlineWithStop(block: Block | undefined, beforeTitleLike: boolean): boolean {
  if (block?.kind !== 'paragraph' || !block.text.endsWith('.')) return false;
  const text = block.text.slice(0, -1);
  if (!isHeadingLike(text) || block.text.split(/\s+/).length > questionHeadlineWords) return false;
  // One sentence: no full stop inside but an initial's (`U.S.`).
  if (/(?<!(?:^|[\s(.])\p{Lu})[.!?]\s/u.test(text)) return false;
  return beforeTitleLike || /(?:^|[\s(])(?:\p{Lu}\.){1,}\p{Lu}$/u.test(text);
}

/** Marks a role line under a byline as part of it, and a time stamp's label above it as part of that. */
function markBylineAndTimestampParts(marked: Block[]): void {
  for (const [index, block] of marked.entries()) {
    if (block.kind === 'aside') continue;
    const before = marked[index - 1];
    const next = marked[index + 1];
    const underByline = before?.kind === 'aside' && before.aside === 'byline';
    if (underByline && block.text.length <= roleMaxLength && role.test(block.text) && isHeadingLike(block.text)) {
      setApart(marked, index, index + 1, 'byline');
    } else if (next?.kind === 'aside' && next.aside === 'timestamp' && isTimestampLabel(block.text)) {
      setApart(marked, index, index + 1, 'timestamp');
    }
  }
}

/** Sets blocks `start` to `end` (exclusive) apart as furniture of one kind. */
function setApart(blocks: Block[], start: number, end: number, aside: AsideKind): void {
  for (let index = start; index < end; index++) {
    const block = blocks[index];
    if (block) blocks[index] = { kind: 'aside', aside, text: block.text };
  }
}
