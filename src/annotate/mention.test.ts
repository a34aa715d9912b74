import { describe, expect, it } from 'vitest';
import { mentionAttributes } from './mention.ts';

describe('mentionAttributes', () => {
  it('should give a first mention its anchor, class and kind, and keep it a tab stop', () => {
    expect(mentionAttributes('m-nato-1', { kind: 'organization' })).toEqual({
      id: 'm-nato-1',
      class: 'mention',
      'data-kind': 'organization',
    });
  });

  it('should mark a repeat mention and leave it out of the tab order', () => {
    expect(mentionAttributes('m-nato-2', { kind: 'organization', repeat: true })).toEqual({
      id: 'm-nato-2',
      class: 'mention mention--repeat',
      'data-kind': 'organization',
      tabindex: '-1',
    });
  });
});
