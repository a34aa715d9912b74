import { describe, expect, it } from 'vitest';
import { contentWords, wordOverlap } from './content-words.ts';

describe('contentWords', () => {
  it('should keep the words that carry facts, folded and trimmed', () => {
    expect(contentWords('Three attackers and one police officer were killed.')).toEqual(
      contentWords('3 attacker, 1 police officers: killing'),
    );
    expect(contentWords('Three attackers and one police officer were killed.').size).toBe(6);
    expect([...contentWords('Radoičić’s men')]).toEqual(['radoicic', 'men']);
  });

  it('should find a reworded fact close (compounds and stems included) and an unrelated one far', () => {
    const words = (sentence: string) => [...contentWords(sentence)];
    const fact = words('Three attackers and one police officer were killed.');
    const reworded = words('Amid gun battles, a policeman and three attackers were killed in the ensuing gunbattle.');
    const other = words('Kirby said the police would investigate the attack.');
    expect(wordOverlap(fact, reworded)).toBeGreaterThanOrEqual(0.5);
    expect(wordOverlap(fact, other)).toBeLessThan(0.5);
  });
});
