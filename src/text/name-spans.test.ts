import { describe, expect, it } from 'vitest';
import { findNameSpans } from './name-spans.ts';

describe('findNameSpans', () => {
  it.each([
    ['should cut a military title off', 'Gen. Ivo Marković inspected the troops.', ['Ivo Marković']],
    [
      'should cut a two-word title off and keep what stood before it',
      'Croatian Prime Minister Lea Horvat spoke.',
      ['Croatian', 'Lea Horvat'],
    ],
    ['should cut a three-word title off', 'Secretary of State Dana Whitfield left.', ['Dana Whitfield']],
    ['should end a name at a possessive', "Horvat's office denied it.", ['Horvat']],
    [
      'should keep a possessive inside a name with of',
      "the 2nd Battalion Duke of Kent's Light Infantry arrived",
      ["2nd Battalion Duke of Kent's Light Infantry"],
    ],
    [
      'should join connectors inside a name',
      'the Organization for Trade and Development in Asia met',
      ['Organization for Trade and Development in Asia'],
    ],
    ['should drop a leading function word', 'The Adriatic Border Council met.', ['Adriatic Border Council']],
    ['should end a name at a comma', 'Ana Kovač, the mayor, said', ['Ana Kovač']],
    [
      'should end a run after U.S. before a word that starts a sentence',
      'led by the EU and the U.S. However, talks stalled',
      ['EU', 'U.S.', 'However'],
    ],
    ['should drop a run that names an office', 'the US National Security Adviser said', []],
  ])('%s', (_title, text, expected) => {
    expect(findNameSpans(text).map((span) => span.text)).toEqual(expected);
  });

  it('should note the acronym in brackets after a name', () => {
    const [span] = findNameSpans('the Balkan Rule of Law Office (BRLO) said');
    expect(span).toMatchObject({ text: 'Balkan Rule of Law Office', acronym: 'BRLO' });
  });

  it.each([
    ['should note a capitalised title', 'President Mira Lukić', true],
    ['should note a lower-case title before the name', 'the interior minister Mira Lukić', true],
    ['should not take an adjective for a title', 'the major Mira Lukić', false],
  ])('%s', (_title, text, titled) => {
    expect(findNameSpans(text).at(-1)?.titled).toBe(titled);
  });

  it('should cut off and note the titles of the archive’s other languages', () => {
    const named = (text: string) => findNameSpans(text, false).map((span) => [span.text, span.titled]);
    expect(named('Kryeministri Kurti tha se Presidentja Vjosa Osmani nuk do të shkojë.')).toEqual([
      ['Kurti', true],
      ['Vjosa Osmani', true],
    ]);
    expect(named('Bundeskanzler Olaf Scholz und Außenministerin Mira Lukić reisten ab.')).toEqual([
      ['Olaf Scholz', true],
      ['Mira Lukić', true],
    ]);
    expect(named('Премијер Ана Брнабић')).toEqual([['Ана Брнабић', true]]);
  });

  it('should not take a middle initial for a title', () => {
    expect(findNameSpans('Jeffrey M. Hovenier said').map((span) => span.text)).toEqual(['Jeffrey M. Hovenier']);
  });

  it('should note a name that follows a word places follow', () => {
    expect(findNameSpans('a clash near Donje Selo').at(-1)?.afterPlaceWord).toBe(true);
  });
});
