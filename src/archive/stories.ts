/**
 * Stories: groups of reports that retell one another, found from the
 * passages they share. Two reports belong to one story when they share at
 * least {@link storyMinShared} passages; a story is every report joined to
 * another that way (union-find over each report's most related reports).
 */
import type { RelatedReport } from '../annotate/article-data.ts';

/** Passages two reports must share to be versions of one story: one or two may be common background. */
export const storyMinShared = 3;

/**
 * The stories among articles, as lists of article ids in the given order of
 * `articles`; only stories of two reports or more, the largest first (ties
 * in the order of their first report).
 */
export function findStories(articles: readonly string[], relatedBy: Map<string, RelatedReport[]>): string[][] {
  const known = new Set(articles);
  // Union-find, by size and with path halving: a chain of parents never grows long, though the
  // reports of one story are joined one by one, thousands of them in a large archive.
  const parent = new Map<string, string>();
  const size = new Map<string, number>();
  const up = (id: string) => parent.get(id) ?? id;
  const find = (id: string): string => {
    let node = id;
    while (up(node) !== node) {
      parent.set(node, up(up(node)));
      node = up(node);
    }
    return node;
  };
  const join = (a: string, b: string) => {
    let [root, other] = [find(a), find(b)];
    if (root === other) return;
    if ((size.get(root) ?? 1) < (size.get(other) ?? 1)) [root, other] = [other, root];
    parent.set(other, root);
    size.set(root, (size.get(root) ?? 1) + (size.get(other) ?? 1));
  };
  for (const [id, related] of relatedBy)
    for (const { id: other, passages } of related)
      if (passages.length >= storyMinShared && known.has(other)) join(other, id);
  const stories = new Map<string, string[]>();
  for (const id of articles) {
    const root = find(id);
    const story = stories.get(root);
    if (story) story.push(id);
    else stories.set(root, [id]);
  }
  return [...stories.values()].filter((story) => story.length > 1).sort((a, b) => b.length - a.length);
}
