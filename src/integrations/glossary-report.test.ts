import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentFolders } from '../content-folders.ts';
import { glossaryReportLine } from './glossary-report.ts';

describe('glossaryReportLine', () => {
  it('should count the drafts and the named people and bodies with no entry, in one line', () => {
    const content = path.join(mkdtempSync(path.join(tmpdir(), 'report-')), 'content');
    const folders = {
      ...contentFolders,
      glossary: path.join(content, 'glossary'),
      articles: path.join(content, 'articles'),
    };
    cpSync(contentFolders.glossary, folders.glossary, { recursive: true });
    writeFileSync(path.join(folders.glossary, 'eulex.md'), '---\nname: EULEX\nkind: organization\ndraft: true\n---\n');
    mkdirSync(folders.articles);
    writeFileSync(
      path.join(folders.articles, 'a.mdx'),
      '---\ntitle: "A"\nheadline: false\nsource: "a.txt"\nwords: 30\n---\n\n' +
        'Interior Minister Xhelal Sveçla told reporters in Pristina that EULEX would help. ' +
        'Sveçla said the police had found more weapons near the monastery on Monday.\n',
    );
    expect(glossaryReportLine(folders)).toBe(
      '1 draft glossary entry to review; 1 named person or body in the articles with no entry (npm run entities lists them)',
    );
  });
});
