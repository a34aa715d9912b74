import { afterEach, describe, expect, it } from 'vitest';
import { EditorError } from './editor-error.ts';

describe('EditorError', () => {
  afterEach(() => {
    delete process.env.DEBUG;
  });

  it('should carry no stack into the code, so that only its message is printed', () => {
    const error = new EditorError('content/glossary/nato.md: kind: Expected one of: person, organization');
    expect(error.message).toBe('content/glossary/nato.md: kind: Expected one of: person, organization');
    expect(error.stack).toBe('');
  });

  it('should keep the stack with DEBUG=1', () => {
    process.env.DEBUG = '1';
    expect(new EditorError('x').stack).toContain('editor-error.test.ts');
  });
});
