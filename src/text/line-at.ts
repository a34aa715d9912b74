/**
 * The 1-based line of the character at `offset` in `text`, counting `\r\n`,
 * `\r` and `\n` as line endings, as Markdown does: how an editor finds the
 * spot a message names.
 */
export function lineAt(text: string, offset: number): number {
  return (text.slice(0, offset).match(/\r\n|\r|\n/g)?.length ?? 0) + 1;
}
