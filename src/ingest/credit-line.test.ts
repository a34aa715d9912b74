import { describe, expect, it } from 'vitest';
import { readCreditLine } from './credit-line.ts';

describe('readCreditLine', () => {
  it.each<[string, string[]]>([
    ['Reporting by A. B.; Editing by C. D.', ['A. B.']],
    ['(Reporting by Jane Roe and John Doe; Editing by Max Mustermann)', ['Jane Roe', 'John Doe']],
    [
      'Reporting by Jane Roe in Belgrade; Additional reporting by Ana Anić in Pristina; Writing by John Doe; Editing by C. D.',
      ['Jane Roe', 'Ana Anić', 'John Doe'],
    ],
    ['Reporting by Jane Roe, John Doe; Editing by C. D. and E. F.', ['Jane Roe', 'John Doe']],
    ['Editing by C. D.', []],
  ])('should read %j', (line, authors) => {
    expect(readCreditLine(line)).toEqual(authors);
  });

  it.each([
    ['a sentence', 'Reporting by the agency showed that the talks failed.'],
    ['one credit that is not', 'Reporting by Jane Roe; the rest by others'],
    ['ordinary text', 'The reporting was thorough.'],
  ])('should not read %s', (_label, line) => {
    expect(readCreditLine(line)).toBeUndefined();
  });
});
