/**
 * Tells shared passages from stock phrases. `Police asked anyone with
 * information to contact them` and `No one has claimed responsibility for the
 * attack` are written alike in reports of unrelated stories. A passage is
 * anchored when a sentence of it is specific: it names something (and the
 * sentences it is paired with name the same, or they would not be paired),
 * or it is long. Passages that are not are shared only between reports that
 * share an anchored one: reports of one story. Passages are first found as
 * groups of sentences (lightly edited copies) and pairs of groups
 * (retellings); a retelling is anchored when both its groups are.
 */

/** The groups of sentences, and the retellings, that stand: those anchored, and the rest between reports of one story. */
export interface AnchoredPassages {
  /** Each group's sentences, by a key of its own (one of its sentences). */
  groups: Map<number, number[]>;
  /** Pairs of group keys that retell one another, flat: [a, b, a, b, …]. */
  retellings: number[];
}

/**
 * A group of unanchored sentences is split among the reports it joins, by
 * story: at most this many parts; a sentence that fits none is left
 * unshared. A stock phrase may be in hundreds of unrelated reports, and each
 * sentence is compared with each part.
 */
const mostParts = 16;

/**
 * Keeps of `groups` (root sentence → its sentences) and `retellings` (pairs of sentences, flat) what is
 * anchored, and the rest only between reports (`articleOf` each sentence) that share an anchored
 * passage. `specific` tells whether a sentence is more than a stock phrase.
 */
export function anchorPassages(
  groups: Map<number, number[]>,
  retellings: number[],
  groupOf: (item: number) => number,
  articleOf: readonly number[],
  specific: (item: number) => boolean,
): AnchoredPassages {
  // Most groups are one sentence that nothing retells, shared with no report: left as they are, unread.
  const retold = new Set<number>();
  for (const item of retellings) retold.add(groupOf(item));
  const alone = (root: number, items: number[]) => items.length === 1 && !retold.has(root);
  const anchored = new Set<number>();
  for (const [root, items] of groups) if (!alone(root, items) && items.some(specific)) anchored.add(root);

  // Each report's anchored passages, by the keys of their groups: two reports of one story share one.
  const anchors = new Map<number, Set<number>>();
  const anchor = (item: number, key: number) => {
    const article = articleOf[item] as number;
    const own = anchors.get(article);
    if (own) own.add(key);
    else anchors.set(article, new Set([key]));
  };
  for (const root of anchored) for (const item of groups.get(root) as number[]) anchor(item, root);
  for (let at = 0; at < retellings.length; at += 2) {
    const [a, b] = [retellings[at] as number, retellings[at + 1] as number];
    if (!anchored.has(groupOf(a)) || !anchored.has(groupOf(b))) continue;
    anchor(a, groupOf(b));
    anchor(b, groupOf(a));
  }
  const oneStory = (a: number, b: number) => {
    if (a === b) return true;
    const [mine, theirs] = [anchors.get(a), anchors.get(b)];
    if (!mine || !theirs) return false;
    const [fewer, more] = mine.size <= theirs.size ? [mine, theirs] : [theirs, mine];
    for (const key of fewer) if (more.has(key)) return true;
    return false;
  };

  // Unanchored groups split by story: each sentence joins the first part whose first report shares a
  // story with its own, or starts a part; a part's key is its first sentence.
  const kept = new Map<number, number[]>();
  const keyOf = new Map<number, number>();
  for (const [root, items] of groups) {
    if (anchored.has(root) || alone(root, items)) {
      kept.set(root, items);
      continue;
    }
    const parts: number[][] = [];
    for (const item of items) {
      const part = parts.find((sentences) =>
        oneStory(articleOf[sentences[0] as number] as number, articleOf[item] as number),
      );
      if (part) part.push(item);
      else if (parts.length < mostParts) parts.push([item]);
      else kept.set(item, [item]);
    }
    for (const part of parts) {
      kept.set(part[0] as number, part);
      for (const item of part) keyOf.set(item, part[0] as number);
    }
  }
  const keyFor = (item: number) => keyOf.get(item) ?? (anchored.has(groupOf(item)) ? groupOf(item) : item);

  const keptRetellings: number[] = [];
  for (let at = 0; at < retellings.length; at += 2) {
    const [a, b] = [retellings[at] as number, retellings[at + 1] as number];
    const both = anchored.has(groupOf(a)) && anchored.has(groupOf(b));
    if (both || oneStory(articleOf[a] as number, articleOf[b] as number)) keptRetellings.push(keyFor(a), keyFor(b));
  }
  return { groups: kept, retellings: keptRetellings };
}
