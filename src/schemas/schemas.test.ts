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
    expect(problems(articleSchema, { ...article, language: 'sr' })).toEqual([
      'entry.md: language: Unknown field; the fields are title, headline, source, words, date, url, outlet, authors, dateline, lang, retrieved, formerSlugs',
    ]);
  });

  it('should say what a bad date and a bad source name need', () => {
    expect(problems(articleSchema, { ...article, date: '2023-02-30', source: 'x#.txt' })).toEqual([
      'entry.md: source: Expected a .txt file name without folders, "#", "?", "%", control characters or a leading dot',
      'entry.md: date: Expected a real date written as YYYY-MM-DD, or YYYY-MM or YYYY when only the month or year is known',
    ]);
  });
});

describe('article provenance', () => {
  it('should take a date to the day, month or year, and YAML’s unquoted forms of it', () => {
    for (const [date, read] of [
      ['2023-09-24', '2023-09-24'],
      ['2023-09', '2023-09'],
      [2023, '2023'],
      [new Date('2023-09-24T00:00:00Z'), '2023-09-24'],
    ] as const) {
      expect(articleSchema.parse({ ...article, date }).date).toBe(read);
    }
  });

  it('should take where, when and by whom a source was published, and say what a bad value needs', () => {
    const provenance = {
      url: 'https://example.org/news/1',
      outlet: 'Reuters',
      authors: ['Ana Example'],
      dateline: 'Washington',
      lang: 'sr-Latn',
      retrieved: '2023-10-01',
    };
    expect(articleSchema.parse({ ...article, ...provenance })).toMatchObject(provenance);
    expect(
      problems(articleSchema, { ...article, url: 'javascript:alert(1)', lang: 'Serbian', retrieved: '2023-10' }),
    ).toEqual([
      'entry.md: url: Expected the web address the source was published at (http or https)',
      'entry.md: lang: Expected a language tag such as en, sr or sr-Latn',
      'entry.md: retrieved: Expected a real date written as YYYY-MM-DD',
    ]);
  });
});

describe('glossary frontmatter errors', () => {
  it('should name the field and what it expects', () => {
    expect(problems(glossarySchema, { ...entity, kind: 'alliance', wikidata: '7184', colour: 'blue' })).toEqual([
      'entry.md: kind: Expected one of: person, organization, state, place',
      'entry.md: wikidata: Expected a Wikidata item id such as Q7184',
      'entry.md: colour: Unknown field; the fields are name, kind, aliases, role, summary, roles, descriptors, draft, wikidata',
    ]);
  });

  it('should refuse an empty alias at its position', () => {
    expect(problems(glossarySchema, { ...entity, aliases: ['Alliance', ' '] })).toEqual([
      'entry.md: aliases.1: Expected a non-empty alias',
    ]);
  });
});
