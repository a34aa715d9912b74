import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { formatIssues } from '../schemas/format-issues.ts';
import { glossarySchema } from '../schemas/glossary.ts';
import { falseMentionRisk } from '../text/false-mentions.ts';
import { slugify } from '../text/slug.ts';
import type { Candidate } from './discover.ts';

/** What writing one draft did. */
export type DraftResult =
  | { status: 'written'; file: string }
  | { status: 'exists'; file: string }
  | { status: 'refused'; file: string; problems: string[] };

/**
 * The text of a draft glossary entry for a candidate: its name, its kind (a
 * journalist is a `person`), its variants as aliases (less those the schema
 * refuses as too common, such as `May`), and `draft: true`: no role, summary
 * or body, which only an editor can write (nothing is guessed). Returns the schema's problems instead
 * when it refuses the entry.
 */
export function draftEntry(candidate: Candidate): { text: string } | { problems: string[] } {
  const frontmatter = {
    name: candidate.name,
    kind: candidate.kind === 'journalist' ? 'person' : candidate.kind,
    aliases: candidate.variants.filter((variant) => falseMentionRisk(variant) === undefined),
    draft: true,
  };
  const result = glossarySchema.safeParse(frontmatter);
  if (!result.success) return { problems: formatIssues('draft', result.error.issues) };
  return { text: `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n` };
}

/**
 * Writes a candidate's draft as `<glossary>/<slug>.md`, the slug made from
 * its name as article slugs are. Never overwrites: a file that exists (an
 * entry, or a draft already written) is left as it is and reported.
 */
export function writeDraftEntry(glossaryFolder: string, candidate: Candidate): DraftResult {
  const file = path.join(glossaryFolder, `${slugify(candidate.name) || 'entity'}.md`);
  const draft = draftEntry(candidate);
  if ('problems' in draft) return { status: 'refused', file, problems: draft.problems };
  try {
    // `wx` fails if the file exists, with no window between a check and the write.
    writeFileSync(file, draft.text, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return { status: 'exists', file };
    throw error;
  }
  return { status: 'written', file };
}
