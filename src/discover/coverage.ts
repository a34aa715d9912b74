import { compileMatcher } from '../annotate/matcher.ts';
import { type GlossaryEntry, surfaceForms } from '../glossary/read-glossary.ts';

/** What the glossary already links, as discovery asks it. */
export interface Coverage {
  /**
   * Whether one of the glossary's surface forms (a name or an alias) or
   * descriptors matches the whole name, in an article in `lang` (a BCP 47
   * tag): its case forms too (`Vučića` in Serbian). `Kosovo Police` is
   * covered by an entry of that name; `Kosovo Security Force` is not covered
   * by `Kosovo`.
   */
  covers(name: string, lang?: string): boolean;
  /**
   * The entity the glossary links at the name's end, after other words
   * (`Aleksandar Vučić` in `Predsednik Srbije Aleksandar Vučić`, `Vučića` in
   * `Portparol Vučića`, `Banjska` in `Angreifer von Banjska`); undefined when
   * the name does not end in a known one.
   */
  knownEnding(name: string, lang?: string): KnownEnding | undefined;
}

/** A known name at the end of a longer one. */
export interface KnownEnding {
  /** Its entity's kind: `person`, `state`, `organization`… */
  kind: string;
  /** The words before it, as written. */
  before: string;
  /** It is written in more than one word (`Aleksandar Vučić`). */
  fullName: boolean;
  /** It stands in another case than the glossary's (`Vučića`). */
  inflected: boolean;
}

/**
 * Builds the glossary's {@link Coverage} with the annotator's own matcher,
 * so that coverage means exactly what linking does (any case, diacritics or
 * not, acronyms only as written, case forms in the article's language).
 */
export function glossaryCoverage(entries: readonly GlossaryEntry[]): Coverage {
  const matcher = compileMatcher(
    entries.flatMap((entry) =>
      [...surfaceForms(entry), ...entry.descriptors].map((alias) => ({ entity: entry.id, alias })),
    ),
  );
  const kinds = new Map(entries.map((entry) => [entry.id, entry.kind]));
  return {
    covers: (name, lang) => {
      const trimmed = name.trim();
      const [match] = matcher(trimmed, lang);
      return match !== undefined && match.start === 0 && match.end === trimmed.length;
    },
    knownEnding: (name, lang) => {
      const trimmed = name.trim();
      const last = matcher(trimmed, lang).at(-1);
      const kind = last && kinds.get(last.entity);
      if (!last || !kind || last.start === 0 || last.end !== trimmed.length) return undefined;
      return {
        kind,
        before: trimmed.slice(0, last.start).trim(),
        fullName: /\s/u.test(trimmed.slice(last.start)),
        inflected: last.inflected === true,
      };
    },
  };
}
