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
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while ((parent.get(root) ?? root) !== root) root = parent.get(root) ?? root;
    parent.set(id, root);
    return root;
  };
  for (const [id, related] of relatedBy)
    for (const { id: other, passages } of related)
      if (passages.length >= storyMinShared && known.has(other)) parent.set(find(other), find(id));
  const stories = new Map<string, string[]>();
  for (const id of articles) {
    const root = find(id);
    const story = stories.get(root);
    if (story) story.push(id);
    else stories.set(root, [id]);
  }
  return [...stories.values()].filter((story) => story.length > 1).sort((a, b) => b.length - a.length);
}
