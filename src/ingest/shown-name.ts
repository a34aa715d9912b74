/** Invisible format characters; bidirectional controls among them reorder the rest of a printed line. */
const formatCharacters = /\p{Cf}/gu;

/**
 * A file name as printed: quoted and escaped if it holds a line break, another
 * control character or an invisible format character such as U+202E, so that
 * each message stays one line and shows the name as it is.
 */
export function shownName(file: string): string {
  if (!/[\p{Cc}\p{Cf}]/u.test(file)) return file;
  return JSON.stringify(file).replace(formatCharacters, (character) => `\\u${character.charCodeAt(0).toString(16)}`);
}
