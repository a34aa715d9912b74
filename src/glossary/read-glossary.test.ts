import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentFolders } from '../content-folders.ts';
import { readGlossary } from './read-glossary.ts';

/** Writes a glossary folder from `{ 'file.md': frontmatter lines }` and returns its path. */
function glossary(files: Record<string, string>): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'glossary-'));
  for (const [name, frontmatter] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
    writeFileSync(path.join(folder, name), `---\n${frontmatter}\n---\nA sentence.\n`);
  }
  return folder;
}

const nato =
  'name: NATO\nkind: organization\naliases: [North Atlantic Alliance]\nrole: Alliance\nsummary: A military alliance.';

/** The problems readGlossary reports, with the temporary folder replaced by `glossary`. */
function problems(folder: string): string[] {
  try {
    readGlossary(folder);
    return [];
  } catch (error) {
    return (error as Error).message
      .split('\n')
      .slice(1)
      .map((line) => line.replaceAll(folder, 'glossary'));
  }
}

describe('readGlossary', () => {
  it("should accept the archive's own glossary", () => {
    expect(readGlossary(contentFolders.glossary).length).toBeGreaterThan(0);
  });

  it('should read valid entries with their id, file and body', () => {
    const folder = glossary({ 'nato.md': `${nato}\nwikidata: Q7184` });
    expect(readGlossary(folder)).toEqual([
      {
        id: 'nato',
        file: path.join(folder, 'nato.md'),
        name: 'NATO',
        kind: 'organization',
        aliases: ['North Atlantic Alliance'],
        role: 'Alliance',
        summary: 'A military alliance.',
        roles: [],
        descriptors: [],
        draft: false,
        wikidata: 'Q7184',
        body: 'A sentence.',
      },
    ]);
  });

  it('should reject an unknown kind, naming the file and the field', () => {
    const folder = glossary({ 'nato.md': nato.replace('organization', 'alliance') });
    expect(problems(folder)).toEqual([
      `${path.join('glossary', 'nato.md')}: kind: Expected one of: person, organization, state, place`,
    ]);
  });

  it('should reject an empty alias, naming its position', () => {
    const folder = glossary({ 'nato.md': nato.replace('[North Atlantic Alliance]', '[NATO alliance, " "]') });
    expect(problems(folder)).toEqual([`${path.join('glossary', 'nato.md')}: aliases.1: Expected a non-empty alias`]);
  });

  it('should reject an alias that two entries claim, even spelled differently', () => {
    const folder = glossary({
      'nato.md': nato,
      'alliance.md': 'name: Alliance\nkind: organization\naliases: [north atlantic  alliance]\nrole: r\nsummary: s',
    });
    expect(problems(folder)).toEqual([
      `${path.join('glossary', 'nato.md')}: aliases.0: "North Atlantic Alliance" is also aliases.0 "north atlantic  alliance" of ${path.join('glossary', 'alliance.md')}; a name or alias may belong to one entry only: remove it from one of the two files`,
    ]);
  });

  it('should reject an alias that another entry claims in the other script', () => {
    const folder = glossary({
      'vucic.md': 'name: Aleksandar Vučić\nkind: person\nrole: r\nsummary: s',
      'other.md': 'name: Александар Вучић\nkind: person\nrole: r\nsummary: s',
    });
    expect(problems(folder)[0]).toMatch(
      /^.*vucic\.md: name: "Aleksandar Vučić" is also name "Александар Вучић" of .*other\.md/,
    );
  });

  it('should reject a duplicate id across folders', () => {
    const folder = glossary({ 'nato.md': nato, 'organizations/nato.md': nato });
    expect(problems(folder)[0]).toBe(
      `${path.join('glossary', 'organizations', 'nato.md')}: duplicate id "nato", also used by ${path.join('glossary', 'nato.md')}; rename one of the files`,
    );
  });

  it('should reject unknown fields and a bad Wikidata id', () => {
    const folder = glossary({ 'nato.md': `${nato}\nwikidata: 7184\ncolour: blue` });
    expect(problems(folder)).toEqual([
      `${path.join('glossary', 'nato.md')}: wikidata: Expected a Wikidata item id such as Q7184`,
      `${path.join('glossary', 'nato.md')}: colour: Unknown field; the fields are name, kind, aliases, role, summary, roles, descriptors, draft, wikidata`,
    ]);
  });

  it('should reject a file name that is not a valid id', () => {
    const folder = glossary({ 'NATO alliance.md': nato });
    expect(problems(folder)).toEqual([
      `${path.join('glossary', 'NATO alliance.md')}: the file name is not a valid id; use lower-case letters, digits and hyphens (e.g. aleksandar-vucic.md)`,
    ]);
  });

  it('should read the entries inside a folder whose name ends in .md', () => {
    const folder = glossary({ 'organizations.md/nato.md': nato });
    expect(readGlossary(folder).map((entry) => entry.file)).toEqual([path.join(folder, 'organizations.md', 'nato.md')]);
  });

  it('should refuse an entry file that is a symbolic link', () => {
    const outside = glossary({ 'private.md': nato });
    const folder = glossary({});
    symlinkSync(path.join(outside, 'private.md'), path.join(folder, 'nato.md'));
    expect(problems(folder)).toEqual([
      `${path.join('glossary', 'nato.md')}: is a symbolic link; replace it with a regular file holding the entry (a link could publish a file from outside the glossary)`,
    ]);
  });

  it('should refuse a folder that is a symbolic link instead of reading the files it points to', () => {
    const outside = glossary({ 'nato.md': nato });
    const folder = glossary({});
    symlinkSync(outside, path.join(folder, 'organizations'));
    expect(problems(folder)).toEqual([
      `${path.join('glossary', 'organizations')}: is a symbolic link; replace it with a regular folder holding the entries (a link could publish files from outside the glossary)`,
    ]);
  });

  it('should refuse a file that is not UTF-8, naming the line of the first bad byte', () => {
    const folder = glossary({});
    const latin1 = Buffer.from(`---\n${nato}\n---\nA sentence.\nIts caf\u00e9 is in Brussels.\n`, 'latin1');
    writeFileSync(path.join(folder, 'nato.md'), latin1);
    expect(problems(folder)).toEqual([
      `${path.join('glossary', 'nato.md')}:9: the file is not valid UTF-8 (perhaps Latin-1 or Windows-1252); save it as UTF-8`,
    ]);
  });

  it('should refuse an empty file, or one without frontmatter, in one line each', () => {
    const folder = glossary({});
    writeFileSync(path.join(folder, 'empty.md'), '');
    writeFileSync(path.join(folder, 'plain.md'), 'NATO is a military alliance.\n');
    const fix =
      'start it with a "---" line, the fields name, kind (person, organization, state or place), role and summary, ' +
      'one "field: value" a line, and a "---" line (see any other entry)';
    expect(problems(folder)).toEqual([
      `${path.join('glossary', 'empty.md')}: the file is empty (or has no frontmatter); ${fix}`,
      `${path.join('glossary', 'plain.md')}: the file is empty (or has no frontmatter); ${fix}`,
    ]);
  });

  it('should refuse a name or alias that ordinary prose is full of: one letter, or a common word', () => {
    const folder = glossary({
      'nato.md': nato.replace('[North Atlantic Alliance]', '[North Atlantic Alliance, the, I, a, Us]'),
      'the-who.md': 'name: Who\nkind: organization\nrole: Band\nsummary: A rock band.',
    });
    const file = path.join('glossary', 'nato.md');
    const fix = 'remove it or write the full name';
    expect(problems(folder)).toEqual([
      `${file}: aliases.1: "the" is a common English word, so every "the" in the archive would link here; ${fix}`,
      `${file}: aliases.2: "I" is too short to tell from ordinary text: a name or alias needs two letters, or a letter and digits (G7); ${fix}`,
      `${file}: aliases.3: "a" is too short to tell from ordinary text: a name or alias needs two letters, or a letter and digits (G7); ${fix}`,
      `${file}: aliases.4: "Us" is a common English word, so every "us" in the archive would link here; ${fix}`,
      `${path.join('glossary', 'the-who.md')}: name: "Who" is a common English word, so every "who" in the archive would link here; ${fix}`,
    ]);
  });

  it('should accept short acronyms, which match only as written', () => {
    const folder = glossary({
      'united-states.md': 'name: United States\nkind: state\naliases: [US, U.S., USA]\nrole: State\nsummary: A state.',
      'who.md':
        'name: World Health Organization\nkind: organization\naliases: [WHO]\nrole: Agency\nsummary: A UN agency.',
      'g7.md': 'name: Group of Seven\nkind: organization\naliases: [G7, EU-G7]\nrole: Forum\nsummary: A forum.',
      'un.md': 'name: United Nations\nkind: organization\naliases: [UN]\nrole: Organization\nsummary: The UN.',
    });
    expect(readGlossary(folder).flatMap((entry) => entry.aliases)).toEqual([
      'G7',
      'EU-G7',
      'UN',
      'US',
      'U.S.',
      'USA',
      'WHO',
    ]);
  });

  it('should refuse an unsafe body, naming each line in the whole file, frontmatter included', () => {
    const folder = glossary({});
    writeFileSync(
      path.join(folder, 'nato.md'),
      `---\n${nato}\n---\nNATO is an alliance.\n\n<meta http-equiv="refresh" content="0;url=https://evil.example/">\n\nSee [it](javascript:alert(1)).\n`,
    );
    writeFileSync(
      path.join(folder, 'kfor.md'),
      `---\r\n${nato.replaceAll('NATO', 'KFOR').replaceAll('\n', '\r\n').replace('North Atlantic Alliance', 'Kosovo Force')}\r\n---\r\n\r\n\r\n<script>alert(1)</script>\r\n`,
    );
    expect(problems(folder)).toEqual([
      `${path.join('glossary', 'kfor.md')}:10: raw HTML (<script>alert(1)</script>) is not allowed in a glossary entry; write it in Markdown or remove it`,
      `${path.join('glossary', 'nato.md')}:10: raw HTML (<meta http-equiv="refresh" content="0;url=https://…) is not allowed in a glossary entry; write it in Markdown or remove it`,
      `${path.join('glossary', 'nato.md')}:12: a link to "javascript:alert(1)" is not allowed in a glossary entry; link only to an http:// or https:// address, or to a page of this site (/glossary/nato/ or a path relative to the entry's page)`,
    ]);
  });

  it('should report a bad field and an unsafe body of one file in the same run', () => {
    const folder = glossary({});
    writeFileSync(path.join(folder, 'nato.md'), `---\n${nato.replace('organization', 'alliance')}\n---\n# NATO\n`);
    expect(problems(folder)).toEqual([
      `${path.join('glossary', 'nato.md')}: kind: Expected one of: person, organization, state, place`,
      `${path.join('glossary', 'nato.md')}:8: a heading is not allowed in a glossary entry; write it as a paragraph (the page gives the entry its headings)`,
    ]);
  });

  it('should refuse a role that ends before it begins', () => {
    const folder = glossary({
      'kurti.md': `name: Albin Kurti\nkind: person\nrole: r\nsummary: s\nroles:\n  - { title: PM, from: 2021-03, to: 2021-02 }`,
    });
    expect(problems(folder)).toEqual([
      `${path.join('glossary', 'kurti.md')}: roles.0.to: 2021-02 is before from 2021-03; correct one of the two dates`,
    ]);
  });

  it('should refuse a role phrase two entries claim for overlapping terms, and accept terms that meet', () => {
    const person = (name: string, from: string, to = '') =>
      `name: ${name}\nkind: person\nrole: r\nsummary: s\nroles:\n  - title: President of Serbia\n    phrases: ["Serbia’s president"]\n    from: ${from}\n${to && `    to: ${to}`}`;
    const table: [string, string, string[]][] = [
      ['2017-05-31', '2017-05-31', []],
      ['2017', '2017', []],
      [
        '2017-06-01',
        '2017-05-31',
        [
          `${path.join('glossary', 'vucic.md')}: roles.0.phrases.0: "Serbia's president" (2017-05-31 to now) is also roles.0.phrases.0 "Serbia’s president" of ${path.join('glossary', 'nikolic.md')} (2012-05-31 to 2017-06-01); a phrase may mean one entry at a time: correct the dates or remove it from one of the two files`,
        ],
      ],
    ];
    for (const [nikolicTo, vucicFrom, expected] of table) {
      const folder = glossary({
        'nikolic.md': person('Tomislav Nikolić', '2012-05-31', nikolicTo),
        'vucic.md': person('Aleksandar Vučić', vucicFrom).replace('Serbia’s', "Serbia's"),
      });
      expect(problems(folder), `${nikolicTo} and ${vucicFrom}`).toEqual(expected);
    }
  });

  it('should refuse a descriptor two entries claim, or one uses as a role phrase', () => {
    const folder = glossary({
      'nato.md': `${nato}\ndescriptors: [the alliance]`,
      'eu.md': 'name: European Union\nkind: organization\nrole: r\nsummary: s\ndescriptors: [The Alliance]',
      'rutte.md':
        'name: Mark Rutte\nkind: person\nrole: r\nsummary: s\nroles: [{ title: t, phrases: [the alliance], from: 2024-10-01 }]',
    });
    expect(problems(folder)).toEqual([
      `${path.join('glossary', 'nato.md')}: descriptors.0: "the alliance" (always) is also descriptors.0 "The Alliance" of ${path.join('glossary', 'eu.md')} (always); a phrase may mean one entry at a time: correct the dates or remove it from one of the two files`,
      `${path.join('glossary', 'rutte.md')}: roles.0.phrases.0: "the alliance" (2024-10-01 to now) is also descriptors.0 "The Alliance" of ${path.join('glossary', 'eu.md')} (always); a phrase may mean one entry at a time: correct the dates or remove it from one of the two files`,
    ]);
  });
});
