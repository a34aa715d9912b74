/**
 * Splits a Markdown or MDX file into its frontmatter block (`---` lines
 * included) and its body, byte for byte, or returns undefined if it does not
 * start with a frontmatter block.
 */
export function splitFrontmatter(text: string): { block: string; body: string } | undefined {
  const match = /^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/.exec(text);
  return match ? { block: match[0], body: text.slice(match[0].length) } : undefined;
}
