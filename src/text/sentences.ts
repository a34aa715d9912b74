/** A full stop, question or exclamation mark (with closing quotes) before a capitalised word. */
const boundary = /[.!?…]["'”’)\]]*(?=\s+["'“‘([]?[\p{Lu}\p{N}])/gu;

/** Initials and common abbreviations do not end a sentence: "U.S.", "M.", "Dr.", "St.". */
const abbreviation = /^(?:\p{L}\.)+$|^(?:Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|Jr|Sr|No|Vol|vs|etc)\.$/u;

/**
 * The offsets at which the sentences of a text end (just after their closing
 * punctuation), in order; the end of the text is not included. A heuristic
 * for English prose: it skips initials and common abbreviations.
 */
export function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  for (const match of text.matchAll(boundary)) {
    const end = match.index + match[0].length;
    const lastWord = text.slice(0, end).split(/\s+/).at(-1) ?? '';
    if (!abbreviation.test(lastWord)) ends.push(end);
  }
  return ends;
}

/** The start and end offsets of the sentence that holds `offset`, white space trimmed. */
export function sentenceAround(text: string, offset: number): { start: number; end: number } {
  let start = 0;
  let end = text.length;
  for (const sentenceEnd of sentenceEnds(text)) {
    if (sentenceEnd <= offset) start = sentenceEnd;
    else {
      end = sentenceEnd;
      break;
    }
  }
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  return { start, end };
}
