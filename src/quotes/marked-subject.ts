/**
 * Who speaks a quotation in a language that marks a name's part in the
 * sentence by a particle after it, and puts the speech verb after the
 * quotation (Japanese: `ヴァルガ市長は15日、「…」と述べた`). The particles
 * are the language's ({@link SubjectParticles}, in `speech-words-ja.ts`).
 */
import type { NamedSpan } from './find-quotes.ts';
import type { SpeechPatterns } from './speech-words.ts';

/** The most characters read after a name for its title, its age and a particle: `事務総長（52）について`. */
const caseReach = 32;
/** The most characters read before a quotation for its subject. */
const headReach = 400;

/**
 * `mentions` with those the particle after them puts in another case than
 * the subject's marked `inflected`, as an annotator marks `Vučića`
 * (`ブチッチ大統領について`, about Vučić; `ヴァルガ市長によると`); all as they
 * are in a language without such particles.
 */
export function withCases(text: string, mentions: NamedSpan[], patterns: SpeechPatterns): NamedSpan[] {
  const otherCase = patterns.subjectParticles?.otherCase;
  if (!otherCase) return mentions;
  return mentions.map((span) =>
    !span.inflected && otherCase.test(text.slice(span.end, span.end + caseReach)) ? { ...span, inflected: true } : span,
  );
}

/** What a sentence says of a quotation's speaker: who (`speaker`), or, with none, that it is someone it does not name. */
export interface SaidBy {
  speaker?: NamedSpan;
}

/** Quotations before a quotation in its sentence, whose words say nothing of who speaks it. */
const quoted = /「[^」]*」|『[^』]*』|“[^”]*”/gu;

/**
 * Who speaks the quotation at `start`, whose speech verb follows it with no
 * subject between (`「…」と述べた`), by the subject its sentence marks before
 * it: the last topic (`ヴァルガ市長は`) or subject (`ブチッチ大統領が`), but not
 * a subject whose clause closes before the quotation (`ブチッチ大統領が…した
 * ことについて「…」`); nobody for a subject after a topic, either of whom may
 * speak (`ヴァルガ市長は、ブチッチ大統領が「…」と明らかにした`).
 * A name with its title before the particle is the speaker, if `mayBe` it
 * (`マルビク市のヴァルガ市長は`, but not `ヴァルガ市長の報道官は`); a noun is
 * someone unnamed (`男性は`, a man); a pronoun (`同市長は`, the said mayor)
 * or nothing at all leaves it to the sentences before (`undefined`), unless
 * the sentence names someone in another case (`ブチッチ大統領について「…」と
 * 述べた`: the one who speaks is not named).
 */
export function markedSubject(
  text: string,
  start: number,
  sentenceStart: number,
  mentions: NamedSpan[],
  patterns: SpeechPatterns,
  mayBe: (span: NamedSpan) => boolean,
): SaidBy | undefined {
  const particles = patterns.subjectParticles;
  if (!particles) return undefined;
  // Only so far back (a run-on "sentence" of a pasted page may be a megabyte long); quotations
  // blanked, not cut, so that offsets in the head stay those of the text.
  const headStart = Math.max(sentenceStart, start - headReach);
  const head = text.slice(headStart, start).replace(quoted, (words) => ' '.repeat(words.length));
  const before = mentions.filter((span) => span.start >= headStart && span.end <= start);
  const markers = [...head.matchAll(particles.marker)];
  for (const [place, marker] of [...markers.entries()].reverse()) {
    const at = headStart + marker.index;
    const topic = marker[1] !== undefined;
    if (!topic && particles.clauseClosed.test(text.slice(at, start))) continue;
    if (!topic && markers.slice(0, place).some((earlier) => earlier[1] !== undefined)) return {};
    const named = before.findLast((span) => span.end <= at);
    if (named && particles.title.test(text.slice(named.end, at))) return mayBe(named) ? { speaker: named } : {};
    return particles.pronoun.test(text.slice(headStart, at)) ? undefined : {};
  }
  return before.some((span) => span.kind !== 'place') ? {} : undefined;
}
