import { compileMatcher } from '../annotate/matcher.ts';
import { type GlossaryEntry, surfaceForms } from '../glossary/read-glossary.ts';

/** Whether a name is one the glossary already links. */
export type Coverage = (name: string) => boolean;

/**
 * Builds a test of whether the glossary covers a name: whether one of its
 * surface forms (a name or an alias) or descriptors matches the whole name,
 * found by the annotator's own matcher, so that coverage means exactly what
 * linking does (any case, diacritics or not, acronyms only as written).
 * `Kosovo Police` is covered by an entry of that name; `Kosovo Security
 * Force` is not covered by `Kosovo`.
 */
export function glossaryCoverage(entries: readonly GlossaryEntry[]): Coverage {
  const matcher = compileMatcher(
    entries.flatMap((entry) =>
      [...surfaceForms(entry), ...entry.descriptors].map((alias) => ({ entity: entry.id, alias })),
    ),
  );
  return (name) => {
    const trimmed = name.trim();
    const [match] = matcher(trimmed);
    return match !== undefined && match.start === 0 && match.end === trimmed.length;
  };
}
