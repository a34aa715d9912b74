import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentFolders } from '../content-folders.ts';
import { readGlossary } from '../glossary/read-glossary.ts';
import { compileRolePhrases } from './role-phrases.ts';

/**
 * The role phrases and descriptors of the five seed sources, which editors
 * once marked by hand, with the entity each means and the words its link
 * covers (the names inside a phrase keep their own links). The monastery
 * references stay the editors' marks: they mean Banjska Monastery only in
 * the story around them.
 */
const expected = [
  'aleksandar-vucic: president', // "Serbia’s president", twice
  'aleksandar-vucic: president',
  'albin-kurti: prime minister', // "Kosovo’s prime minister", twice
  'albin-kurti: prime minister',
  'jake-sullivan: National Security Adviser', // "the US National Security Adviser"
  'kfor: peacekeeping force', // "Kosovo's peacekeeping force"
  'nato: Alliance', // "the Alliance"
  'nato: alliance', // "the alliance"
];

/** The seed sources: their text and the date of their marker, if any. */
function seeds(): { file: string; text: string; date: string | undefined }[] {
  return readdirSync(contentFolders.sources)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => {
      const file = path.join(contentFolders.sources, name);
      const text = readFileSync(file, 'utf8');
      return { file, text, date: /^ date (\d{4}(?:-\d{2}){0,2}) /.exec(text)?.[1] };
    });
}

describe('compileRolePhrases over the seed archive', () => {
  it('should find every role phrase and descriptor of the seeds, linked to the right entity, and no other', () => {
    const all = seeds();
    expect(all).toHaveLength(5);
    expect(all.filter(({ date }) => date === undefined)).toHaveLength(2);
    const dates = all.flatMap(({ date }) => (date ? [date] : [])).sort();
    // An undated seed may be from any day the dated ones span.
    const find = compileRolePhrases(readGlossary(contentFolders.glossary), {
      undated: { from: dates[0], to: dates.at(-1) },
    });
    const found = all.flatMap(({ file, text, date }) => {
      const { matches, unresolved } = find(text, date);
      expect(unresolved, file).toEqual([]);
      return matches.map((match) => `${match.entity}: ${text.slice(match.start, match.end)}`);
    });
    expect(found.sort()).toEqual([...expected].sort());
  });
});
