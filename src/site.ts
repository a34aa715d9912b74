import { z } from 'astro/zod';
import { EditorError } from './editor-error.ts';
import { closedObject } from './schemas/closed-object.ts';
import { formatIssues } from './schemas/format-issues.ts';
import { languageTag } from './schemas/language-tag.ts';

/** Settings of the published archive: edit the values at the bottom of this file. */
const siteSchema = closedObject({
  /** Shown in the header and in every page title. */
  name: z.string().trim().min(1, 'Expected the archive’s name'),
  /** One line on what the archive holds, for the home page and search engines. */
  description: z.string().trim().min(1, 'Expected one line on what the archive holds'),
  /** The language of the archive's pages, as a BCP 47 tag (`en`, `sr-Latn`). */
  lang: languageTag,
});

/** Validates the settings, failing with one line per problem that names this file and the field. */
function settings(values: unknown): z.output<typeof siteSchema> {
  const result = siteSchema.safeParse(values);
  if (!result.success) throw new EditorError(formatIssues('src/site.ts', result.error.issues).join('\n'));
  return result.data;
}

/** Settings of the published archive. */
export const site = settings({
  name: 'Annotated Sources',
  description:
    'News reports on the September 2023 Banjska attack and the Serbian build-up on the Kosovo border, annotated with the people and bodies they name.',
  lang: 'en',
});
