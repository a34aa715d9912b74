import { lineAt } from './line-at.ts';

/** A file's text, or the line where its bytes stop being UTF-8. */
export type DecodedUtf8 = { text: string } | { invalidLine: number };

/**
 * Decodes a file's bytes as UTF-8, without a byte order mark. A file
 * in another encoding (Latin-1, Windows-1252) is not decoded with replacement
 * characters, which would publish `�`, but reported with the line of its first
 * bad byte.
 */
export function decodeUtf8(bytes: Uint8Array): DecodedUtf8 {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { invalidLine: firstInvalidLine(bytes) };
  }
}

/**
 * Decoding with replacement characters and encoding again gives back the same
 * bytes up to the first bad one: the line is counted in the text before it.
 */
function firstInvalidLine(bytes: Uint8Array): number {
  // The byte order mark is kept so that the round trip stays byte for byte.
  const lossy = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const again = new TextEncoder().encode(lossy);
  let index = 0;
  while (index < bytes.length && bytes[index] === again[index]) index++;
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, index));
  return lineAt(before, before.length);
}
