import { describe, expect, it } from 'vitest';
import { filterStatus } from './timeline-filter.ts';

describe('filterStatus', () => {
  it('should count the articles kept on the page and point to the rest', () => {
    expect(filterStatus(3, 5, 'John Kirby', 3)).toBe('3 of the 5 articles on this page name John Kirby.');
    expect(filterStatus(1, 50, 'NATO', 40)).toBe(
      '1 of the 50 articles on this page names NATO; the archive holds 40, all listed on NATO’s page:',
    );
  });
});
