import { decodeUtf8 } from '../text/utf8.ts';
import { SourceError } from './source-error.ts';

/** Share of control characters above which a file is taken for binary data. */
const binaryControlShare = 0.1;

/**
 * Decodes the bytes of a `.txt` source into text with `\n` line endings and no
 * byte order mark. Rejects, with a {@link SourceError}, what cannot be an
 * article: empty or whitespace-only files, invalid UTF-8 and binary data.
 */
export function decodeSource(bytes: Uint8Array): string {
  if (bytes.length === 0) {
    throw new SourceError('the file is empty; put the article text in it, or remove it');
  }
  const decoded = decodeUtf8(bytes);
  if ('invalidLine' in decoded) {
    throw new SourceError(
      `the file is not valid UTF-8 (first bad byte on line ${decoded.invalidLine}); save it as UTF-8 and ingest it again`,
    );
  }
  let text = decoded.text;
  if (looksBinary(text)) {
    throw new SourceError('the file holds binary data, not text; ingest a plain-text (.txt) article');
  }
  text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') {
    throw new SourceError('the file holds only whitespace; put the article text in it, or remove it');
  }
  return text;
}

/** A NUL byte, or many control characters other than tab and line breaks, mean binary data. */
function looksBinary(text: string): boolean {
  if (text.includes('\0')) return true;
  // eslint-disable-next-line no-control-regex -- counting control characters is the point.
  const controls = text.match(/[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F]/g)?.length ?? 0;
  return controls > text.length * binaryControlShare;
}
