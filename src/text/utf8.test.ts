import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from './utf8.ts';

const utf8 = (text: string) => [...new TextEncoder().encode(text)];

describe('decodeUtf8', () => {
  it('should decode UTF-8 and drop a byte order mark', () => {
    expect(decodeUtf8(new Uint8Array(utf8('\uFEFF---\nname: Vučić ✓\n')))).toEqual({ text: '---\nname: Vučić ✓\n' });
  });

  it.each([
    ['a Latin-1 é on line 1', [...utf8('Caf'), 0xe9], 1],
    ['a Windows-1252 quote after a byte order mark and valid letters', [...utf8('\uFEFFVučić\r\n\r\n'), 0x93], 3],
    ['a sequence cut by a line break', [...utf8('one\ntwo '), 0xc4, ...utf8('\nthree')], 2],
    ['a sequence cut by the end of the file', [...utf8('one\n'), 0xe2, 0x80], 2],
  ])('should name the line of the first bad byte: %s', (_label, bytes, line) => {
    expect(decodeUtf8(new Uint8Array(bytes))).toEqual({ invalidLine: line });
  });
});
