import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeMetadata, readSidecar, sidecarPath, validated } from './editor-metadata.ts';

const folder = mkdtempSync(path.join(tmpdir(), 'sidecar-'));

describe('readSidecar', () => {
  it('should read the YAML file beside a source, and nothing when there is none', () => {
    const source = path.join(folder, 'report.txt');
    expect(readSidecar(source)).toEqual({});
    writeFileSync(
      sidecarPath(source),
      'url: https://example.org/news/1\noutlet: Example Wire\ndate: 2023-09\nauthors: [Jane Roe]\nlang: sr\n',
    );
    expect(readSidecar(source)).toEqual({
      url: 'https://example.org/news/1',
      outlet: 'Example Wire',
      date: '2023-09',
      authors: ['Jane Roe'],
      lang: 'sr',
    });
  });

  it('should name the sidecar and every bad field in one line', () => {
    const source = path.join(folder, 'bad.txt');
    writeFileSync(sidecarPath(source), 'date: 2023-13\nurl: ftp://example.org\nsection: World\n');
    expect(() => readSidecar(source)).toThrow(
      `its sidecar ${sidecarPath(source)}: date: Expected a real date written as YYYY-MM-DD, or YYYY-MM or YYYY when only the month or year is known; ` +
        'url: Expected the web address the source was published at (http or https); ' +
        'section: Unknown field; the fields are title, date, url, outlet, authors, dateline, lang, retrieved',
    );
    writeFileSync(sidecarPath(source), 'date: [unclosed\n');
    expect(() => readSidecar(source)).toThrow(/^its sidecar .*bad\.yaml is not valid YAML/);
  });
});

describe('validated and mergeMetadata', () => {
  it('should let options win over the sidecar, and the sidecar over the text, field by field', () => {
    const options = validated({ outlet: 'Agence Example' }, 'the options');
    const sidecar = { outlet: 'Example Wire', url: 'https://example.org/a' };
    const text = { date: '2023-09-29', outlet: 'Reuters', dateline: 'Washington' };
    expect(mergeMetadata(options, sidecar, text)).toEqual({
      outlet: 'Agence Example',
      url: 'https://example.org/a',
      date: '2023-09-29',
      dateline: 'Washington',
    });
    expect(() => validated({ date: 'yesterday' }, 'the options')).toThrow(/^the options: date: Expected/);
  });
});
