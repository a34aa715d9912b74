import { describe, expect, it } from 'vitest';
import type { CompiledGlossary } from '../annotate/compiled-glossary.ts';
import { compileMatcher } from '../annotate/matcher.ts';
import { compileRolePhrases } from '../annotate/role-phrases.ts';
import type { GlossaryEntry } from '../glossary/read-glossary.ts';
import { testEntry } from '../glossary/test-entry.ts';
import { unresolvedRoles } from './unresolved-roles.ts';

/** A person who held "Ruritania’s president" for a term. */
function president(id: string, name: string, from: string, to?: string): GlossaryEntry {
  return testEntry(id, name, {
    role: 'President of Ruritania',
    roles: [{ title: 'President of Ruritania', phrases: ['Ruritania’s president'], from, ...(to ? { to } : {}) }],
  });
}

const entries = [
  president('ana', 'Ana Example', '2015-01-01', '2020-06-15'),
  president('ben', 'Ben Example', '2020-06-15'),
];
const glossary: CompiledGlossary = {
  entries: new Map(entries.map((entry) => [entry.id, entry])),
  match: compileMatcher(entries.map((entry) => ({ entity: entry.id, alias: entry.name }))),
  roles: compileRolePhrases(entries),
};
const text = (id: string, date?: string) => ({
  id,
  ...(date ? { date } : {}),
  blocks: [{ kind: 'text' as const, text: 'Ruritania’s president spoke on Friday.' }],
});

describe('unresolvedRoles', () => {
  it('should list a role phrase whose article date fits more than one holder, or none', () => {
    expect(
      unresolvedRoles([text('dated', '2023-09-29'), text('handover', '2020-06'), text('undated')], glossary),
    ).toEqual([
      { article: 'handover', date: '2020-06', phrase: 'Ruritania’s president', candidates: ['ana', 'ben'] },
      { article: 'undated', phrase: 'Ruritania’s president', candidates: ['ana', 'ben'] },
    ]);
  });
});
