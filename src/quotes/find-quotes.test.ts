import { describe, expect, it } from 'vitest';
import { type NamedSpan, findArticleQuotes, findQuotes, personCarried } from './find-quotes.ts';
import { scoreQuotes } from './quote-evaluation.ts';
import { quoteTestSet } from './quote-test-set.ts';

const kirby = { entity: 'john-kirby', kind: 'person', anchor: 'm-john-kirby-1' };

const person = (entity: string) => ({ entity, kind: 'person', anchor: `m-${entity}-1` });
const people = { Kurti: person('albin-kurti'), Vučić: person('aleksandar-vucic') };

/** The spans of every name of `people` in `text`, in text order. */
function names(text: string): NamedSpan[] {
  return Object.entries(people)
    .flatMap(([name, entity]) =>
      [...text.matchAll(new RegExp(name, 'g'))].map(({ index }) => ({
        ...entity,
        start: index,
        end: index + name.length,
      })),
    )
    .sort((a, b) => a.start - b.start);
}

/** Each quotation's speaker in `text`, or undefined. */
const speakers = (text: string, carried?: NamedSpan) =>
  findQuotes(text, names(text), carried ? { carried } : {}).map((quote) => quote.speaker?.entity);

describe('findQuotes', () => {
  it('should find quotations in straight and typographic marks, of two words or more', () => {
    const text = 'He called it "unprecedented". “We are watching closely.” „Wir sehen zu“ and «nous regardons»';
    expect(findQuotes(text, []).map(({ text: words }) => words)).toEqual([
      'We are watching closely.',
      'Wir sehen zu',
      'nous regardons',
    ]);
  });

  it('should pass over an empty pair of marks and a quotation of no words, and read the next one', () => {
    const text = 'Kurti wrote "" in the log. "— —," he said. "The water is safe to drink," Kurti said.';
    expect(findQuotes(text, names(text)).map((quote) => [quote.text, quote.speaker?.entity])).toEqual([
      ['The water is safe to drink', 'albin-kurti'],
    ]);
  });

  it('should read a question or an exclamation as said by whom the words right after it name', () => {
    expect(speakers('"Why would we close the dam now?" Kurti asked. "We will never close it!" Kurti said.')).toEqual([
      'albin-kurti',
      'albin-kurti',
    ]);
  });

  it('should not take the quoted name of a newspaper, broadcaster or party for a quotation', () => {
    const text =
      'Kurti told the daily "Vecernje Novosti" and "Radio Free Europe" that the “Voice of America” report was „völlig falsch“.';
    expect(findQuotes(text, []).map(({ text: words }) => words)).toEqual(['völlig falsch']);
    expect(
      findQuotes('Vučić je za list „Večernje novosti“ rekao: „Nećemo priznati Kosovo.“', [], { lang: 'sr' }),
    ).toEqual([expect.objectContaining({ text: 'Nećemo priznati Kosovo.' })]);
    // Unless the text says who spoke them.
    expect(speakers('"Never Again," Kurti said of the floods.')).toEqual(['albin-kurti']);
  });

  it('should give the speaker the text names, with the mention to link to', () => {
    const text = '“Everyone involved must be brought to justice,” Kirby said.';
    const start = text.indexOf('Kirby');
    const [quote] = findQuotes(text, [{ ...kirby, start, end: start + 5 }]);
    expect(quote?.text).toBe('Everyone involved must be brought to justice');
    expect(quote?.speaker).toMatchObject({ entity: 'john-kirby', anchor: 'm-john-kirby-1' });
  });

  it('should read "he said" as the one person named before it, and nobody when two could be meant', () => {
    expect(speakers('Kurti spoke. "This was planned," he said.')).toEqual(['albin-kurti']);
    expect(speakers('Kurti accused Vučić. "This was planned," he said.')).toEqual([undefined]);
    // Two people, one quoted, and nobody else named since that quotation's sentence: the one quoted goes on.
    expect(speakers('"We will not give in," Kurti said of Vučić. "This was planned," he added.')).toEqual([
      'albin-kurti',
      'albin-kurti',
    ]);
    expect(speakers('"We will not give in," Kurti said. Vučić denied it. "This is a lie," he said.')).toEqual([
      'albin-kurti',
      undefined,
    ]);
    // With nobody named in the paragraph, the person carried from the paragraphs before.
    expect(speakers('"This was planned," he said.', people.Kurti as NamedSpan)).toEqual(['albin-kurti']);
  });

  it('should carry to the next paragraph only a person it is clear "he" would mean', () => {
    const carried = (text: string, before?: NamedSpan) =>
      personCarried(text, names(text), findQuotes(text, names(text)), before)?.entity;
    const kurti = { ...people.Kurti, start: 0, end: 5 };
    expect(carried('Kurti spoke.')).toBe('albin-kurti');
    expect(carried('Kurti accused Vučić.', kurti)).toBeUndefined();
    expect(carried('Residents fled.', kurti)).toBe('albin-kurti');
    expect(carried('"We will not give in," Kurti said of Vučić.')).toBe('albin-kurti');
    expect(carried('"We will not give in," Kurti said of Vučić. Vučić denied it.')).toBeUndefined();
  });

  it('should give a quotation to who speaks, not to whom the verb addresses, and only when that is all between', () => {
    expect(speakers('Kurti urged Vučić to “return to talks without conditions”.')).toEqual(['albin-kurti']);
    expect(speakers('Kurti told Vučić: “We will not wait any longer.”')).toEqual(['albin-kurti']);
    expect(speakers('Kurti told reporters that Vučić had promised “talks within a week”.')).toEqual([undefined]);
    expect(speakers('Kurti said Vučić wanted “talks within a week”.')).toEqual([undefined]);
  });

  it('should give a quotation to the subject of its verb past an apposition that names someone else', () => {
    expect(speakers('Kurti, after meeting Vučić in Brussels, said: “Nothing has changed.”')).toEqual(['albin-kurti']);
    expect(speakers('Kurti met Vučić in Brussels, and later said: “Nothing has changed.”')).toEqual([undefined]);
  });

  it('should read a quotation that opens the next sentence as the last speaker going on, and none later in his own', () => {
    expect(speakers('"We will not give in," Kurti said. "This was planned."')).toEqual(['albin-kurti', 'albin-kurti']);
    // Later in the same sentence, another person's words, in a clause about him.
    expect(
      speakers(
        '“We will not allow it,” Kurti wrote, a day after Vučić called the police action “a pogrom against Serbs.”',
      ),
    ).toEqual(['albin-kurti', undefined]);
  });

  it('should read a quotation that ends its sentence in that sentence, not in the next one’s opening', () => {
    expect(
      speakers('In a letter to Vučić, Kurti wrote that “the army must go.” Vučić replied that “it will stay.”'),
    ).toEqual(['albin-kurti', 'aleksandar-vucic']);
  });

  it('should give nobody words that a person’s office or spokesman speaks, after `according to` as before `said`', () => {
    expect(speakers('According to Kurti’s office, “the attack was planned in Belgrade.”')).toEqual([undefined]);
    expect(speakers('“The attack was planned in Belgrade,” according to Kurti’s office.')).toEqual([undefined]);
    expect(speakers('“The attack was planned in Belgrade,” according to Kurti.')).toEqual(['albin-kurti']);
    expect(speakers('According to a spokesman for Kurti, the attack was “planned in Belgrade.”')).toEqual([undefined]);
    expect(speakers('According to aides to Kurti, the attack was “planned in Belgrade.”')).toEqual([undefined]);
  });

  it('should read a quotation left open at a paragraph’s end as going on in the next', () => {
    const [first, second] = findArticleQuotes(
      ['Kurti said: “We will not give in.', '“This was planned in Belgrade.”'].map((text) => ({
        text,
        mentions: names(text),
      })),
    );
    expect(first?.map(({ text, open, speaker }) => [text, open, speaker?.entity])).toEqual([
      ['We will not give in.', true, 'albin-kurti'],
    ]);
    expect(second?.map(({ speaker }) => speaker?.entity)).toEqual(['albin-kurti']);
  });

  it('should leave a quotation unattributed when the text does not say who spoke', () => {
    const text = 'Kirby spoke later. Residents called it "a night without end" as the water rose.';
    expect(findQuotes(text, [{ ...kirby, start: 0, end: 5 }])[0]?.speaker).toBeUndefined();
  });
});

describe('quote attribution on the test set', () => {
  it('should name speakers with precision of at least 0.95, and read every quotation', () => {
    const score = scoreQuotes(quoteTestSet);
    expect(score.expected).toBeGreaterThan(10);
    expect(score.misread).toEqual([]);
    expect(score.precision).toBeGreaterThanOrEqual(0.95);
    expect(score.recall).toBeGreaterThanOrEqual(0.8);
  });
});
