import { describe, expect, it } from 'vitest';
import { articleSchema } from './article.ts';
import { formatIssues } from './format-issues.ts';
import { glossarySchema } from './glossary.ts';

/** The lines an editor reads for a frontmatter object. */
function problems(schema: typeof articleSchema | typeof glossarySchema, data: unknown): string[] {
  const result = schema.safeParse(data);
  return result.success ? [] : formatIssues('entry.md', result.error.issues);
}

const article = { title: 'A title', headline: true, source: 'a.txt', words: 3 };
const entity = { name: 'NATO', kind: 'organization', role: 'Alliance', summary: 'A military alliance.' };

describe('article frontmatter errors', () => {
  it('should name an unknown field and list the fields', () => {
    expect(problems(articleSchema, { ...article, lang: 'sr' })).toEqual([
      'entry.md: lang: Unknown field; the fields are title, headline, date, source, words',
    ]);
  });

  it('should say what a bad date and a bad source name need', () => {
    expect(problems(articleSchema, { ...article, date: '2023-02-30', source: 'x#.txt' })).toEqual([
      'entry.md: date: Expected a real date written as YYYY-MM-DD',
      'entry.md: source: Expected a .txt file name without folders, "#", "?", "%", control characters or a leading dot',
    ]);
  });
});

describe('glossary frontmatter errors', () => {
  it('should name the field and what it expects', () => {
    expect(problems(glossarySchema, { ...entity, kind: 'alliance', wikidata: '7184', colour: 'blue' })).toEqual([
      'entry.md: kind: Expected one of: person, organization, state, place',
      'entry.md: wikidata: Expected a Wikidata item id such as Q7184',
      'entry.md: colour: Unknown field; the fields are name, kind, aliases, role, summary, wikidata',
    ]);
  });

  it('should refuse an empty alias at its position', () => {
    expect(problems(glossarySchema, { ...entity, aliases: ['Alliance', ' '] })).toEqual([
      'entry.md: aliases.1: Expected a non-empty alias',
    ]);
  });
});
