/**
 * A problem an editor fixes in the archive's content (a source, an article, a
 * glossary entry): its message names the file and says what to do. It prints
 * as that message alone; the stack into the project's code, which would only
 * distract, is kept when `DEBUG=1` is set.
 */
export class EditorError extends Error {
  override name = 'EditorError';

  constructor(message: string) {
    super(message);
    if (!process.env.DEBUG) this.stack = '';
  }
}
