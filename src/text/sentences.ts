/**
 * A full stop, question or exclamation mark (with closing quotes) before a
 * capitalised word (after an opening quote), or before any word of a script
 * without capitals (Arabic, Hebrew, Chinese: `\p{Lo}`, but the ordinal
 * marks `ª` and `º`; Arabic's `؟` too). Quotes as English, German (`„…“`,
 * `»…«`) and French (`« … »`, its closing mark after a space) write them.
 * Chinese and Japanese end a sentence at `。`, `！` or `？` with no space
 * after, or after the closing brackets (`」`, `』`, `”`, `）`) that follow
 * one (`瓦尔加说：“我们会重建。”武契奇则表示……`); not where the sentence goes
 * on after the closing bracket with the particle that quotes
 * (`「本当か？」と彼は言った。`, `って`, `など`) or a case particle
 * (`「帰りたい。」を繰り返した。`). A `。` inside a quotation of several
 * sentences ends one there too.
 */
const boundary =
  /[.!?…؟](?:["'”’“»«)\]]|\s»(?=\s|$))*(?=\s+(?:["'“‘„‚«»([]\s?)?(?:[\p{Lu}\p{Lt}\p{N}]|(?![ªº])\p{Lo}))|[。！？](?:(?=\s*[^\s」』”’）)])|[」』”’）)]+(?=\s*(?!と|って|など|[がをはのもにで](?![ぁ-ゖ]))[^\s」』”’）)，、；：,]))/gu;

/** Sentence ends that no abbreviation can precede: those of Chinese and Japanese. */
const unabbreviated = /^[。！？]/u;

/** Initials and common abbreviations do not end a sentence: "U.S.", "M.", "Dr.", "St.". */
const abbreviation = /^(?:\p{L}\.)+$|^(?:Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|Jr|Sr|No|Vol|vs|etc)\.$/u;

/**
 * The offsets at which the sentences of a text end (just after their closing
 * punctuation), in order; the end of the text is not included. A heuristic
 * for English prose: it skips initials and common abbreviations. One pass
 * over the text: its time is proportional to the text's length.
 */
export function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  for (const match of text.matchAll(boundary)) {
    const end = match.index + match[0].length;
    if (unabbreviated.test(match[0]) || !abbreviation.test(text.slice(wordStart(text, match.index), end)))
      ends.push(end);
  }
  return ends;
}

/** The longest word an abbreviation is: a longer one is read no further back. */
const abbreviationReach = 16;

/**
 * Where the word that holds `offset` starts: just after the white space
 * before it, or {@link abbreviationReach} characters back, whichever is
 * nearer (a text without spaces is not read back to its start at each mark).
 */
function wordStart(text: string, offset: number): number {
  let start = offset;
  while (start > 0 && offset - start < abbreviationReach && !/\s/.test(text[start - 1] ?? ' ')) start--;
  return start;
}

/**
 * The sentences of a text as a lookup from an offset to its sentence's
 * bounds. Build it once per text: each lookup is a binary search, so finding
 * the sentences of every mention in a paragraph stays linear in its length.
 */
export function sentenceLookup(text: string): (offset: number) => { start: number; end: number } {
  // Split at the first lookup: most paragraphs asked for a lookup (those without a quotation) need none.
  let ends: number[] | undefined;
  return (offset) => {
    ends ??= sentenceEnds(text);
    // The first sentence end after `offset`, found by binary search.
    let low = 0;
    let high = ends.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((ends[middle] ?? 0) <= offset) low = middle + 1;
      else high = middle;
    }
    let start = low > 0 ? (ends[low - 1] ?? 0) : 0;
    const end = ends[low] ?? text.length;
    while (start < end && /\s/.test(text[start] ?? '')) start++;
    return { start, end };
  };
}

/** The start and end offsets of the sentence that holds `offset`, white space trimmed. */
export function sentenceAround(text: string, offset: number): { start: number; end: number } {
  return sentenceLookup(text)(offset);
}
