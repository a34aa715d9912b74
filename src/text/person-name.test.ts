import { describe, expect, it } from 'vitest';
import { surnameFirst } from './person-name.ts';

describe('surnameFirst', () => {
  it('should put the last word first', () => {
    expect(surnameFirst('Aleksandar Vučić')).toBe('Vučić Aleksandar');
    expect(surnameFirst('Jeffrey M. Hovenier')).toBe('Hovenier Jeffrey M.');
  });

  it('should skip a generational suffix, and leave a single name alone', () => {
    expect(surnameFirst('Martin Luther King Jr.')).toBe('King Martin Luther Jr.');
    expect(surnameFirst('Madonna')).toBe('Madonna');
  });
});
