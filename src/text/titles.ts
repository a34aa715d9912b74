import { foldText } from './fold.ts';

/**
 * Personal titles and the words for offices that stand before a person's
 * name in news reports (`Gen.`, `President`, `Secretary of State`,
 * `spokesman`), folded, full stops dropped. English only.
 */
const titles: ReadonlySet<string> = new Set(
  [
    ...['mr', 'mrs', 'ms', 'dr', 'sir', 'lord', 'lady', 'gen', 'general', 'lt', 'col', 'colonel', 'maj', 'major'],
    ...['capt', 'captain', 'adm', 'admiral', 'sgt', 'sergeant', 'commander', 'brig', 'brigadier', 'marshal'],
    ...['president', 'vice president', 'prime minister', 'deputy prime minister', 'minister', 'deputy minister'],
    ...['foreign minister', 'interior minister', 'defence minister', 'defense minister', 'justice minister'],
    ...['secretary', 'secretary of state', 'secretary-general', 'secretary general', 'chancellor', 'premier'],
    ...['ambassador', 'envoy', 'special envoy', 'special representative', 'high representative', 'consul'],
    ...['spokesman', 'spokeswoman', 'spokesperson', 'director', 'chief', 'head', 'leader', 'chairman'],
    ...['chairwoman', 'speaker', 'senator', 'sen', 'rep', 'congressman', 'congresswoman', 'lawmaker', 'mp'],
    ...['deputy', 'mayor', 'governor', 'judge', 'prosecutor', 'king', 'queen', 'prince', 'pope', 'patriarch'],
    ...['bishop', 'archbishop', 'metropolitan', 'father', 'priest', 'official', 'analyst', 'professor', 'prof'],
    ...['correspondent', 'reporter', 'commissioner', 'representative', 'negotiator', 'adviser', 'advisor'],
  ].map((title) => foldText(title)),
);

/** The longest title, in words, of any listed. */
const longest = 3;

/**
 * How many words, from `index` on, make a title (`Secretary of State` is
 * three), or 0 when none starts there. Compares words folded, without a
 * final full stop (`Gen.` is `gen`).
 */
export function titleLengthAt(words: readonly string[], index: number): number {
  for (let length = Math.min(longest, words.length - index); length > 0; length--) {
    const phrase = words
      .slice(index, index + length)
      .map((word) => foldText(word).replace(/\.$/, ''))
      .join(' ');
    if (titles.has(phrase)) return length;
  }
  return 0;
}
