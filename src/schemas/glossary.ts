import { z } from 'astro/zod';
import { falseMentionRisk } from '../text/false-mentions.ts';
import { closedObject } from './closed-object.ts';
import { partialDate } from './dates.ts';

/** The kinds of entity the glossary knows, in the order pages list them. */
export const entityKinds = ['person', 'organization', 'state', 'place'] as const;

/** A kind of entity. */
export type EntityKind = (typeof entityKinds)[number];

/** How pages name each kind, singular and plural. */
export const kindLabels: Record<EntityKind, { one: string; many: string }> = {
  person: { one: 'Person', many: 'People' },
  organization: { one: 'Organization', many: 'Organizations' },
  state: { one: 'State', many: 'States' },
  place: { one: 'Place', many: 'Places' },
};

/**
 * A name or alias, which the annotator looks for in every article: trimmed, not
 * empty, and not a form ordinary prose is full of (`I`, `the`).
 */
function surfaceForm(emptyMessage: string) {
  return z
    .string()
    .trim()
    .min(1, emptyMessage)
    .superRefine((form, context) => {
      const risk = falseMentionRisk(form);
      if (risk) context.addIssue({ code: 'custom', message: risk });
    });
}

/** A position an entity held, and when. */
const heldRole = closedObject({
  /** The position as pages name it: "President of Serbia". */
  title: z.string().trim().min(1, 'Expected the title of the position'),
  /** Phrases articles use for whoever holds it: "Serbia's president", "the President of Serbia". */
  phrases: z.array(z.string().trim().min(1, 'Expected a non-empty phrase')).default([]),
  /** When it began to hold it, as precisely as known; absent if that is not known. */
  from: partialDate.optional(),
  /** When it stopped; absent while it still holds it. */
  to: partialDate.optional(),
});

/** Frontmatter of a glossary entry, `content/glossary/<id>.md`: one schema for the site and the annotator. */
export const glossarySchema = closedObject({
  /** The entity's usual full name; always matched in articles, like an alias. */
  name: surfaceForm('Expected a non-empty name'),
  /** What the entity is. */
  kind: z.enum(entityKinds, { error: `Expected one of: ${entityKinds.join(', ')}` }),
  /** Every other form an article may use: surname, acronym, short, long and local names, spellings. */
  aliases: z.array(surfaceForm('Expected a non-empty alias')).default([]),
  /** Role or position as of the archive's time; only a draft may leave it out. */
  role: z.string().trim().min(1, 'Expected a non-empty role').optional(),
  /** Who or what it is, in one line; only a draft may leave it out. */
  summary: z
    .string()
    .trim()
    .min(1, 'Expected a non-empty summary')
    .max(200, 'Expected a summary of at most 200 characters')
    .optional(),
  /**
   * Positions it held, with their dates, and the phrases articles use for
   * whoever holds them, so that "Serbia's president" links to the person who
   * was president on the article's date.
   */
  roles: z.array(heldRole).default([]),
  /** Phrases that mean this entity wherever the archive uses them: "the alliance" for NATO. */
  descriptors: z.array(surfaceForm('Expected a non-empty descriptor')).default([]),
  /** Written by entity discovery from the articles and not reviewed by an editor yet. */
  draft: z.boolean().default(false),
  /** Wikidata item id, e.g. `Q7184`, when known. */
  wikidata: z
    .string({ error: 'Expected a Wikidata item id such as Q7184' })
    .regex(/^Q[1-9]\d*$/, 'Expected a Wikidata item id such as Q7184')
    .optional(),
})
  // A reviewed entry says who or what the entity is; a draft from discovery may not know yet.
  .superRefine((entry, context) => {
    if (entry.draft) return;
    for (const field of ['role', 'summary'] as const) {
      if (entry[field] === undefined) {
        context.addIssue({
          code: 'custom',
          path: [field],
          message: `Expected a ${field} (only a draft may leave it out)`,
        });
      }
    }
  });

/** Validated glossary frontmatter. */
export type GlossaryFrontmatter = z.output<typeof glossarySchema>;
