import { EditorError } from '../editor-error.ts';

/**
 * A problem with one source file that the editor can fix. The CLI prints it
 * as `<file>: <message>`, so the message says what is wrong and how to fix it.
 */
export class SourceError extends EditorError {
  override name = 'SourceError';
}
