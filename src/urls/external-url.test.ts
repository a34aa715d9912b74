import { describe, expect, it } from 'vitest';
import { externalUrl, wikidataUrl } from './external-url.ts';

describe('externalUrl', () => {
  it('should accept absolute http and https URLs', () => {
    expect(externalUrl('https://www.wikidata.org/wiki/Q7184')).toBe('https://www.wikidata.org/wiki/Q7184');
    expect(externalUrl('http://example.org/a b')).toBe('http://example.org/a%20b');
  });

  it('should refuse scripts, data and relative URLs', () => {
    expect(() => externalUrl('javascript:alert(1)')).toThrow('Expected an http(s) URL, got the javascript: URL');
    expect(() => externalUrl(' JAVASCRIPT:alert(1)')).toThrow('javascript:');
    expect(() => externalUrl('data:text/html,<script>alert(1)</script>')).toThrow('data:');
    expect(() => externalUrl('/glossary/nato/')).toThrow('Expected an absolute http(s) URL');
  });
});

describe('wikidataUrl', () => {
  it('should build the item page and escape what an id cannot hold', () => {
    expect(wikidataUrl('Q7184')).toBe('https://www.wikidata.org/wiki/Q7184');
    expect(wikidataUrl('Q1"><script>')).toBe('https://www.wikidata.org/wiki/Q1%22%3E%3Cscript%3E');
  });
});
