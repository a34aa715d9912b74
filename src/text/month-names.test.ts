import { describe, expect, it } from 'vitest';
import { monthNumber } from './month-names.ts';

describe('monthNumber', () => {
  it.each([
    ['September', 9],
    ['Sept', 9],
    ['sep', 9],
    ['OCT', 10],
    ['septembra', 9],
    ['septembar', 9],
    ['СЕПТЕМБРА', 9],
    ['септембар', 9],
    ['јануара', 1],
    ['децембра', 12],
    ['avgusta', 8],
    ['август', 8],
    ['März', 3],
    ['Maerz', 3],
    ['Oktober', 10],
    ['Dezember', 12],
    ['Jänner', 1],
    ['May', 5],
    ['MAY', 5],
    ['maj', 5],
    ['Mai', 5],
    ['сентября', 9],
    ['Октябрь', 10],
    ['июня', 6],
    ['декабря', 12],
    ['tetor', 10],
    ['nëntor', 11],
    ['août', 8],
    ['février', 2],
    ['settembre', 9],
    ['septiembre', 9],
    ['mars', 3],
    ['rujna', 9],
    ['listopada', 10],
    ['studenoga', 11],
    ['ožujka', 3],
    ['октомври', 10],
    ['януари', 1],
    ['Eylül', 9],
    ['Ekim', 10],
    ['outubro', 10],
    ['março', 3],
    ['junij', 6],
    ['OTT', 10],
    ['SET', 9],
    ['AGO', 8],
    ['janv', 1],
  ])('should read %s as month %i', (word, month) => {
    expect(monthNumber(word)).toBe(month);
  });

  it.each(['may', 'mar', 'Mars', 'hours', 'Monday', 'Septembro', 'set', 'Set', 'mag', 'ago', 'Ago', 'Marco', ''])(
    'should not read %j as a month',
    (word) => {
      expect(monthNumber(word)).toBeUndefined();
    },
  );
});
