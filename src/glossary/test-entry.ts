import type { GlossaryEntry } from './read-glossary.ts';

/**
 * A glossary entry for tests: a person with every other field at its default,
 * `more` laid over it. One builder, so that a new field of the schema is added
 * to the tests in one place.
 */
export function testEntry(id: string, name: string, more: Partial<GlossaryEntry> = {}): GlossaryEntry {
  return {
    id,
    name,
    kind: 'person',
    aliases: [],
    role: 'r',
    summary: 's',
    roles: [],
    descriptors: [],
    draft: false,
    file: `${id}.md`,
    body: '',
    ...more,
  };
}
