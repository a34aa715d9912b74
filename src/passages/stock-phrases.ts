/**
 * Tells shared passages from stock phrases. `Police asked anyone with
 * information to contact them` and `No one has claimed responsibility for the
 * attack` are written alike in reports of unrelated stories. A sentence is
 * specific when it names something or is long (`specific`, given); two
 * reports share a story when specific sentences of both are one passage, or
 * retell one another (through a chain of retellings). Specific sentences
 * stay in their passages; a sentence that is not stays only with sentences of
 * reports that share a story with its own. Passages are first found as
 * groups of sentences (lightly edited copies) and pairs of sentences that
 * retell one another; this splits the groups and keeps the pairs that stand.
 * Limits: a report's stock sentence joins its group's specific sentences when
 * it shares a story with one of their reports, not with each; and a
 * retelling found between two copies stands for the copies' reports alone.
 */

/** The groups of sentences, and the retellings, that stand. */
export interface SplitPassages {
  /** Each group's sentences, by a key of its own (one of its sentences). */
  groups: Map<number, number[]>;
  /** Pairs of group keys that retell one another, flat: [a, b, a, b, …]. */
  retellings: number[];
}

/** A part of a group of stock sentences: sentences of reports that all share a story, one of `common`. */
interface StockPart {
  items: number[];
  common: Set<number>;
}

/** The disjoint sets of groups that retell one another (union-find on a map: most groups take no part). */
function storySets() {
  const parent = new Map<number, number>();
  const find = (group: number): number => {
    let root = group;
    while (parent.has(root)) root = parent.get(root) as number;
    // Path compression: a story's chain stays short however many groups join it.
    while (group !== root) {
      const next = parent.get(group) as number;
      parent.set(group, root);
      group = next;
    }
    return root;
  };
  const join = (a: number, b: number) => {
    const [x, y] = [find(a), find(b)];
    if (x !== y) parent.set(x, y);
  };
  return { find, join };
}

/**
 * Splits `groups` (root sentence → its sentences) and keeps of `retellings`
 * (pairs of sentences, flat; `groupOf` gives a sentence's root) what is not a
 * stock phrase between reports (`articleOf` each sentence) of unrelated
 * stories. `specific` tells whether a sentence is more than a stock phrase.
 */
export function splitStockPhrases(
  groups: Map<number, number[]>,
  retellings: number[],
  groupOf: (item: number) => number,
  articleOf: readonly number[],
  specific: (item: number) => boolean,
): SplitPassages {
  // Most groups are one sentence that nothing retells, shared with no report: left as they are, unread.
  const retold = new Set<number>();
  for (const item of retellings) retold.add(groupOf(item));
  const alone = (root: number, items: number[]) => items.length === 1 && !retold.has(root);

  // The stories: groups whose specific sentences are in two reports or more, or retell one another's.
  const stories = storySets();
  const inStory = new Set<number>();
  for (let at = 0; at < retellings.length; at += 2) {
    const [a, b] = [retellings[at] as number, retellings[at + 1] as number];
    if (!specific(a) || !specific(b)) continue;
    stories.join(groupOf(a), groupOf(b));
    inStory.add(groupOf(a)).add(groupOf(b));
  }
  const specificOf = new Map<number, number[]>();
  for (const [root, items] of groups) {
    if (alone(root, items)) continue;
    const own = items.filter(specific);
    specificOf.set(root, own);
    if (own.some((item) => articleOf[item] !== articleOf[own[0] as number])) inStory.add(root);
  }
  // Each report's stories: two reports of one story have its key.
  const storiesOf = new Map<number, Set<number>>();
  for (const root of inStory) {
    const story = stories.find(root);
    for (const item of specificOf.get(root) ?? []) {
      const article = articleOf[item] as number;
      const own = storiesOf.get(article);
      if (own) own.add(story);
      else storiesOf.set(article, new Set([story]));
    }
  }
  const shareStory = (a: number, b: number) => {
    if (a === b) return true;
    const [mine, theirs] = [storiesOf.get(a), storiesOf.get(b)];
    if (!mine || !theirs) return false;
    const [fewer, more] = mine.size <= theirs.size ? [mine, theirs] : [theirs, mine];
    for (const story of fewer) if (more.has(story)) return true;
    return false;
  };

  const kept = new Map<number, number[]>();
  const keyOf = new Map<number, number>();
  const keep = (items: number[]) => {
    const key = items[0] as number;
    kept.set(key, items);
    for (const item of items) keyOf.set(item, key);
  };
  const storiesOfItem = (item: number) => storiesOf.get(articleOf[item] as number);
  for (const [root, items] of groups) {
    const own = specificOf.get(root);
    if (!own || own.length === items.length) {
      kept.set(root, items);
      continue;
    }
    // The specific sentences stay together, with the stock ones of their reports or of reports that
    // share a story with one of theirs.
    const ownArticles = new Set(own.map((item) => articleOf[item] as number));
    const ownStories = new Set(own.flatMap((item) => [...(storiesOfItem(item) ?? [])]));
    const joinsOwn = (item: number) =>
      ownArticles.has(articleOf[item] as number) ||
      [...(storiesOfItem(item) ?? [])].some((story) => ownStories.has(story));
    const core = items.filter((item) => specific(item) || (own.length > 0 && joinsOwn(item)));
    if (core.length > 0) keep(core);
    const inCore = new Set(core);
    // The rest in parts: a sentence joins a part whose reports all share a story with its own (one of
    // the part's common stories), found through those stories; else it starts one.
    const parts: StockPart[] = [];
    const partsByStory = new Map<number, StockPart[]>();
    for (const item of items) {
      if (inCore.has(item)) continue;
      const itsStories = storiesOfItem(item);
      if (!itsStories) {
        keep([item]);
        continue;
      }
      let part: StockPart | undefined;
      for (const story of itsStories) {
        part = partsByStory.get(story)?.find((candidate) => candidate.common.has(story));
        if (part) break;
      }
      if (part) {
        part.items.push(item);
        for (const story of part.common) if (!itsStories.has(story)) part.common.delete(story);
        continue;
      }
      part = { items: [item], common: new Set(itsStories) };
      parts.push(part);
      for (const story of itsStories) {
        const listed = partsByStory.get(story);
        if (listed) listed.push(part);
        else partsByStory.set(story, [part]);
      }
    }
    for (const part of parts) keep(part.items);
  }
  const keyFor = (item: number) => keyOf.get(item) ?? groupOf(item);

  const keptRetellings: number[] = [];
  for (let at = 0; at < retellings.length; at += 2) {
    const [a, b] = [retellings[at] as number, retellings[at + 1] as number];
    const stands = (specific(a) && specific(b)) || shareStory(articleOf[a] as number, articleOf[b] as number);
    if (stands) keptRetellings.push(keyFor(a), keyFor(b));
  }
  return { groups: kept, retellings: keptRetellings };
}
