import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readGlossary } from '../glossary/read-glossary.ts';
import type { Candidate } from './discover.ts';
import { draftEntry, writeDraftEntry } from './draft-entry.ts';

const candidate: Candidate = {
  name: 'Arben Dushku',
  kind: 'person',
  variants: ['Dushku', 'May'],
  count: 3,
  articles: ['border-clash'],
  context: 'Arben Dushku said.',
};

describe('writeDraftEntry', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'glossary-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('should write a draft the glossary reader accepts, without aliases the schema refuses', () => {
    expect(writeDraftEntry(folder, candidate)).toEqual({
      status: 'written',
      file: path.join(folder, 'arben-dushku.md'),
    });
    const [entry] = readGlossary(folder);
    expect(entry).toMatchObject({
      id: 'arben-dushku',
      name: 'Arben Dushku',
      kind: 'person',
      aliases: ['Dushku'],
      draft: true,
    });
  });

  it('should never overwrite an existing file', () => {
    const file = path.join(folder, 'arben-dushku.md');
    writeFileSync(file, 'the editor wrote this');
    expect(writeDraftEntry(folder, candidate)).toEqual({ status: 'exists', file });
    expect(readFileSync(file, 'utf8')).toBe('the editor wrote this');
  });

  it('should write a journalist as a person', () => {
    const draft = draftEntry({ ...candidate, kind: 'journalist' });
    expect('text' in draft && draft.text).toContain('kind: person');
  });
});
