import { describe, expect, it } from 'vitest';
import { isSafeLinkTarget } from './link-target.ts';

describe('isSafeLinkTarget', () => {
  it.each([
    'https://www.nato.int/',
    'http://example.org/a?b=c#d',
    'HTTPS://EXAMPLE.ORG',
    '/glossary/nato/',
    'nato/',
    '../articles/banjska/',
    '#mentions',
    '?q=kfor',
    '',
  ])('should allow %j', (url) => {
    expect(isSafeLinkTarget(url)).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    ' javascript:alert(1)',
    '\u0001javascript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'vbscript:msgbox(1)',
    'mailto:press@example.org',
    'ftp://example.org/file',
    '//evil.example/',
    '/\\evil.example/',
    '\\\\evil.example/',
    'https:evil.example',
    'http://',
  ])('should refuse %j', (url) => {
    expect(isSafeLinkTarget(url)).toBe(false);
  });
});
