import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticleFile } from '../articles/render-articles.ts';
import { readGlossary } from '../glossary/read-glossary.ts';
import { readSidecar, sidecarPath } from '../ingest/editor-metadata.ts';
import { articleSchema } from './article.ts';
import { formatIssues } from './format-issues.ts';

const folder = mkdtempSync(path.join(tmpdir(), 'closed-object-'));

/** Writes `text` to a file of the temporary folder and returns its path. */
function file(name: string, text: string): string {
  const written = path.join(folder, name);
  writeFileSync(written, text);
  return written;
}

/** The problems of an article file as the site reads and checks it (article-loader.ts). */
function articleProblems(text: string): string[] {
  const result = articleSchema.safeParse(readArticleFile(file('article.mdx', text)).frontmatter);
  return result.success ? [] : formatIssues('article.mdx', result.error.issues);
}

/** The problems of one glossary entry, as the site and the annotator read it. */
function glossaryProblems(frontmatter: string): string[] {
  const entries = mkdtempSync(path.join(folder, 'glossary-'));
  writeFileSync(path.join(entries, 'nato.md'), `---\n${frontmatter}\n---\nA military alliance.\n`);
  try {
    readGlossary(entries);
    return [];
  } catch (error) {
    return (error as Error).message
      .split('\n')
      .slice(1)
      .map((line) => line.replaceAll(entries, 'glossary'));
  }
}

const article = 'title: A title\nheadline: true\nsource: a.txt\nwords: 3';
const articleFields =
  'the fields are title, headline, source, words, date, url, outlet, authors, dateline, lang, retrieved, formerSlugs';
const nato = 'name: NATO\nkind: organization\nrole: Alliance\nsummary: A military alliance.';

describe('closedObject', () => {
  it('should refuse a __proto__ field in an article like any other unknown field', () => {
    expect(articleProblems(`---\n${article}\n__proto__: en\n---\nText.\n`)).toEqual([
      `article.mdx: __proto__: Unknown field; ${articleFields}`,
    ]);
  });

  it('should refuse a __proto__ field in a glossary entry, and in one of its roles', () => {
    const fields = 'the fields are name, kind, aliases, role, summary, roles, descriptors, draft, wikidata';
    expect(glossaryProblems(`${nato}\n__proto__:\n  draft: true`)).toEqual([
      `glossary/nato.md: __proto__: Unknown field; ${fields}`,
    ]);
    expect(glossaryProblems(`${nato}\nroles:\n  - title: Secretary General\n    __proto__: x`)).toEqual([
      'glossary/nato.md: roles.0.__proto__: Unknown field; the fields are title, phrases, from, to',
    ]);
  });

  it('should refuse a __proto__ field in a source’s sidecar', () => {
    const source = file('report.txt', 'Text.\n');
    writeFileSync(sidecarPath(source), 'outlet: Example Wire\n__proto__:\n  title: Injected\n');
    expect(() => readSidecar(source)).toThrow(
      `its sidecar ${sidecarPath(source)}: __proto__: Unknown field; the fields are title, date, url, outlet, authors, dateline, lang, retrieved`,
    );
  });

  it('should name every problem of the object at once, unknown fields after the known ones', () => {
    expect(articleProblems(`---\n${article.replace('3', '-1')}\nlanguage: sr\n__proto__: {}\n---\nText.\n`)).toEqual([
      'article.mdx: words: Too small: expected number to be >=0',
      `article.mdx: language: Unknown field; ${articleFields}`,
      `article.mdx: __proto__: Unknown field; ${articleFields}`,
    ]);
  });

  it('should give a plain object of the known fields only, and never touch a prototype', () => {
    const data = articleSchema.parse(readArticleFile(file('good.mdx', `---\n${article}\n---\nText.\n`)).frontmatter);
    expect(data).toEqual({ title: 'A title', headline: true, source: 'a.txt', words: 3 });
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);

    articleProblems(`---\n${article}\n__proto__:\n  polluted: true\n  formerSlugs: [old]\n---\nText.\n`);
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect({}).not.toHaveProperty('formerSlugs');
  });
});
