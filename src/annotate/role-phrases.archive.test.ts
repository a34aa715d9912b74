import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentFolders } from '../content-folders.ts';
import { readGlossary } from '../glossary/read-glossary.ts';
import { compileRolePhrases } from './role-phrases.ts';

/**
 * Hand marks that no role or descriptor should find: "a Serbian Orthodox
 * monastery", "the local monastery" mean Banjska Monastery only in the story
 * around them, so they stay the editor's.
 */
const leftToEditors = new Set(['banjska-monastery']);

/** A seed source: its text, its date marker, and the phrases its article marks by hand, located in the text. */
interface Seed {
  file: string;
  text: string;
  date: string | undefined;
  marks: { entity: string; start: number; end: number }[];
}

/** The seed sources with their editors' `<Mention of="…">` marks, found in the source text by the words before them. */
function seeds(): Seed[] {
  return readdirSync(contentFolders.articles)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const mdx = readFileSync(path.join(contentFolders.articles, name), 'utf8');
      const source = /^source: (.+)$/m.exec(mdx)?.[1] ?? '';
      const file = path.join(contentFolders.sources, source);
      const text = readFileSync(file, 'utf8');
      const marks = Array.from(mdx.matchAll(/<Mention of="([^"]+)">([^<]*)<\/Mention>/g), (mark) => {
        const before = mdx
          .slice(0, mark.index)
          .replace(/<\/?Mention[^>]*>/g, '')
          .slice(-30);
        const at = text.indexOf(before + mark[2]);
        expect(at, `${name}: "${before}${mark[2]}" in ${file}`).toBeGreaterThanOrEqual(0);
        const start = at + before.length;
        return { entity: mark[1] ?? '', start, end: start + (mark[2] ?? '').length };
      });
      return { file, text, date: /^ date (\d{4}(?:-\d{2}){0,2}) /.exec(text)?.[1], marks };
    });
}

describe('compileRolePhrases over the seed archive', () => {
  const all = seeds();
  const dates = all.flatMap(({ date }) => (date ? [date] : [])).sort();
  // An undated seed may be from any day the dated ones span.
  const find = compileRolePhrases(readGlossary(contentFolders.glossary), {
    undated: { from: dates[0], to: dates.at(-1) },
  });

  it('should find every phrase an editor marked by hand, linked to the same entity, and no other', () => {
    expect(all).toHaveLength(5);
    expect(all.filter(({ date }) => date === undefined)).toHaveLength(2);
    for (const { file, text, date, marks } of all) {
      const { matches, unresolved } = find(text, date);
      const inside = (match: { start: number; end: number }) =>
        marks.find((mark) => mark.start <= match.start && match.end <= mark.end);
      const expected = marks
        .filter(({ entity }) => !leftToEditors.has(entity))
        .map((mark) => `${mark.entity}: ${text.slice(mark.start, mark.end)}`);
      const got = matches.map((match) => `${match.entity}: ${text.slice(inside(match)?.start, inside(match)?.end)}`);
      expect(got, file).toEqual(expected);
      expect(unresolved, file).toEqual([]);
    }
  });
});
