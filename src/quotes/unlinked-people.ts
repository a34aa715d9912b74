/**
 * The people a paragraph names whom the glossary does not know, for the
 * quotation finder to weigh with the linked ones: `"…," said Gabriel
 * Escobar, the US envoy. "…," he added.` is Escobar's, not the last linked
 * person's. They speak, and stand for a `he said`, as any person does, but
 * have no entity: a quotation they speak is left unattributed.
 */
import nlp from 'compromise';
import { guessKind } from '../text/guess-kind.ts';
import { type NameSpan, findNameSpans } from '../text/name-spans.ts';
import type { NamedSpan } from './find-quotes.ts';
import { speechPatterns } from './speech-words.ts';

/** The entity of a person the glossary does not know. */
export const unlinkedEntity = '';

/** Words in quotation marks of their own (`code-named “Iron Shield”`): a name quoted, nobody in the text. */
const quotedAlone = (text: string, { start, end }: NameSpan) =>
  /["“„«»「]/u.test(text[start - 1] ?? '') && /["”“»«」]/u.test(text[end] ?? '');

/** How far after a name a speech verb is looked for: past an apposition between commas (`Kramm, 54, said`). */
const verbReach = 80;

/** The end of a sentence, perhaps with a closing quotation mark, and spaces: what stands before a sentence's first word. */
const sentenceStartBefore = /[.!?…:]["“”»«]?\s*$/u;

/** The lexicon's verdicts, kept per name: a name recurs across an archive's articles. */
const givenNames = new Map<string, boolean>();

/** Whether a word before a name's last is a given name the `compromise` lexicon knows (`Bundeskanzler Olaf Scholz`). */
function hasGivenName(name: string): boolean {
  let given = givenNames.get(name);
  if (given === undefined) {
    const [sentence] = nlp(name).json() as { terms?: { tags?: string[] }[] }[];
    given = (sentence?.terms ?? []).slice(0, -1).some((term) => term.tags?.includes('FirstName'));
    givenNames.set(name, given);
  }
  return given;
}

/**
 * The names in `text` that discovery would take for people's (two to four
 * capitalised words, or a name after a personal title: `Gabriel Escobar`,
 * `Minister Gërvalla`), and single capitalised words right before a speech
 * verb (`Kramm said`), that no linked mention overlaps and that are not
 * quoted alone, as people without an entity, in text order. German writes
 * every noun with a capital (`am Montag Journalisten`): there, only a name
 * after a title (`Außenministerin Donika Gërvalla`) or with a given name the
 * lexicon knows (`Olaf Scholz`).
 */
export function unlinkedPeople(text: string, mentions: readonly NamedSpan[], lang?: string): NamedSpan[] {
  const english = lang === undefined || /^en\b/iu.test(lang);
  const german = lang !== undefined && /^de\b/iu.test(lang);
  const { verbFirst } = speechPatterns(lang);
  const person = (span: NameSpan) =>
    guessKind(span.text, { titled: span.titled, afterPlaceWords: span.afterPlaceWord, english }) === 'person' &&
    (!german || span.titled || hasGivenName(span.text));
  // One word right before a speech verb speaks (`"…," Kramm said`): a person or a body, someone all the
  // same; but not at a sentence's start, where a pronoun or a common noun has a capital (`Er sagte`,
  // `Police said`).
  // Only the few characters around a name are read: a run-on paragraph has thousands of names.
  const speaking = (span: NameSpan) =>
    !/\s/u.test(span.text) &&
    verbFirst.test(text.slice(span.end, span.end + verbReach)) &&
    !sentenceStartBefore.test(text.slice(Math.max(0, span.start - 8), span.start)) &&
    text.slice(0, span.start).trim() !== '';
  // Both lists are in text order: the mentions that may overlap a name are found by walking them along.
  let next = 0;
  const overlapsMention = ({ start, end }: NameSpan) => {
    while (next < mentions.length && (mentions[next] as NamedSpan).end <= start) next++;
    return next < mentions.length && (mentions[next] as NamedSpan).start < end;
  };
  return findNameSpans(text, english)
    .filter((span) => !overlapsMention(span) && !quotedAlone(text, span) && (person(span) || speaking(span)))
    .map(({ start, end }) => ({ entity: unlinkedEntity, kind: 'person', anchor: '', start, end }));
}
