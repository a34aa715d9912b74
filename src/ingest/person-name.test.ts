import { describe, expect, it } from 'vitest';
import { isPersonName } from './person-name.ts';

describe('isPersonName', () => {
  it.each(['Jane Roe', 'A. B.', 'JANE ROE', 'Ana Anić', 'Ursula von der Leyen', 'Jean-Luc O’Neill', 'J.R. Smith'])(
    'should read %j as a name',
    (text) => {
      expect(isPersonName(text)).toBe(true);
    },
  );

  it.each(['Reuters', 'the way', 'Jane roe', '2030 Plan', 'von Jane', 'One Two Three Four Five Six', ''])(
    'should not read %j as a name',
    (text) => {
      expect(isPersonName(text)).toBe(false);
    },
  );
});
