import { describe, expect, it } from 'vitest';
import { decodeSource } from './decode-source.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('decodeSource', () => {
  it('should return the text with \\n line endings and no byte order mark', () => {
    expect(decodeSource(bytes('\uFEFFone\r\ntwo\rthree\n'))).toBe('one\ntwo\nthree\n');
  });

  it('should keep every character of valid text, diacritics and emoji included', () => {
    const text = 'Vučić — „Radoičić“ 👍 ‏שלום';
    expect(decodeSource(bytes(text))).toBe(text);
  });

  it('should refuse an empty file', () => {
    expect(() => decodeSource(new Uint8Array())).toThrow('the file is empty');
  });

  it('should refuse a whitespace-only file', () => {
    expect(() => decodeSource(bytes(' \n\t\r\n  '))).toThrow('the file holds only whitespace');
  });

  it('should refuse invalid UTF-8 and name the line of the first bad byte', () => {
    const invalid = new Uint8Array([...bytes('fine\nstill fine\nbad '), 0xc3, 0x28, ...bytes('\n')]);
    expect(() => decodeSource(invalid)).toThrow('not valid UTF-8 (first bad byte on line 3)');
  });

  it('should refuse binary data', () => {
    expect(() => decodeSource(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toThrow(
      /not valid UTF-8|binary data/,
    );
    expect(() => decodeSource(bytes('text\0with a NUL'))).toThrow('the file holds binary data');
    expect(() => decodeSource(bytes('\u0001\u0002\u0003\u0004ab'))).toThrow('the file holds binary data');
  });
});
