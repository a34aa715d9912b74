import { describe, expect, it } from 'vitest';
import { falseMentionRisk } from './false-mentions.ts';

describe('falseMentionRisk', () => {
  it.each(['a', 'I', 'É', '7', '12', 'U.'])('should refuse %j as too short', (form) => {
    expect(falseMentionRisk(form)).toBe(
      `"${form}" is too short to tell from ordinary text: a name or alias needs two letters, or a letter and digits (G7); remove it or write the full name`,
    );
  });

  it.each([
    ['the', 'the'],
    ['The', 'the'],
    ['Us', 'us'],
    ['May', 'may'],
    ['it', 'it'],
    ['Who', 'who'],
  ])('should refuse the common word %j', (form, word) => {
    expect(falseMentionRisk(form)).toBe(
      `"${form}" is a common English word, so every "${word}" in the archive would link here; remove it or write the full name`,
    );
  });

  it.each(['EU', 'UN', 'US', 'U.S.', 'WHO', 'IT', 'G7', '5G', 'Kfor', 'Vučić', 'The Hague', 'Serb List', ''])(
    'should accept %j',
    (form) => {
      expect(falseMentionRisk(form)).toBeUndefined();
    },
  );
});
