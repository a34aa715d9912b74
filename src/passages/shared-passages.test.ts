import { describe, expect, it } from 'vitest';
import { type PassageSource, type SharedPassage, findSharedPassages } from './shared-passages.ts';

/** Every pair of sentences (`article#sentence`) the passages say retell one another, sorted. */
function pairsOf(passages: SharedPassage[]): string[] {
  const pairs = new Set<string>();
  for (const { members, retoldBy } of passages)
    for (const others of [members, ...retoldBy.map((place) => passages[place]?.members ?? [])])
      for (const a of members)
        for (const b of others) {
          const [x, y] = [`${a.article}#${a.sentence}`, `${b.article}#${b.sentence}`].sort();
          if (a.article !== b.article) pairs.add(`${x} ${y}`);
        }
  return [...pairs].sort();
}

describe('findSharedPassages', () => {
  it('should not pair reports in two languages on the names they share, but one language in its standards', () => {
    const german = 'Die NATO verstärkt ihre Friedenstruppe KFOR im Norden des Kosovo.';
    const english = 'NATO peacekeeping forces - KFOR, are stationed in Kosovo.';
    expect(
      pairsOf(
        findSharedPassages([
          { article: 'de', lang: 'de', sentences: [german] },
          { article: 'en', sentences: [english] },
        ]),
      ),
    ).toEqual([]);
    const serbian = 'Kosovska policija uhapsila je u Leposaviću dvojicu muškaraca osumnjičenih za napad na patrolu.';
    const croatian = 'Kosovska policija uhitila je u Leposaviću dvojicu muškaraca osumnjičenih za napad na patrolu.';
    expect(
      pairsOf(
        findSharedPassages([
          { article: 'sr', lang: 'sr-Latn', sentences: [serbian] },
          { article: 'hr', lang: 'hr', sentences: [croatian] },
        ]),
      ),
    ).toEqual(['hr#0 sr#0']);
  });

  it('should compare sentences with any word, `constructor` included', () => {
    const sentence = 'The constructor of the new Lenna bridge said the structure was safe for traffic.';
    const passages = findSharedPassages([
      { article: 'a', sentences: [sentence] },
      { article: 'b', sentences: [sentence.replace('new', 'old')] },
    ]);
    expect(passages.map(({ members }) => members.map(({ article }) => article))).toEqual([['a', 'b']]);
  });

  it('should pair a sentence that tells two facts with each, without joining the two through it', () => {
    const sources: PassageSource[] = [
      {
        article: 'casualties',
        sentences: [
          'Three attackers and one police officer were killed in the ensuing gunbattle near the Banjska monastery.',
        ],
      },
      {
        article: 'call',
        sentences: ['Secretary Blinken called President Vucic on Friday to urge immediate de-escalation and dialogue.'],
      },
      {
        article: 'both',
        sentences: [
          'Blinken called Vucic on Friday to urge de-escalation and dialogue, as three attackers and a police officer were killed near the Banjska monastery.',
        ],
      },
    ];
    expect(pairsOf(findSharedPassages(sources))).toEqual(['both#0 call#0', 'both#0 casualties#0']);
  });

  it('should make one passage of a crowd of lightly edited copies, however few of its pairs it compares', () => {
    const towns = Array.from({ length: 40 }, (_, n) => `Town${n}`);
    const sources: PassageSource[] = towns.map((town, n) => ({
      article: `copy-${n}`,
      sentences: [
        `Around 1,200 residents were evacuated from their homes by the fire service and the army in ${town} overnight.`,
      ],
    }));
    const passages = findSharedPassages(sources);
    expect(passages).toHaveLength(1);
    expect(passages[0]?.members).toHaveLength(40);
    expect(passages[0]?.retoldBy).toEqual([]);
  });
});
