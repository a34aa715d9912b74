import { describe, expect, it } from 'vitest';
import { orderRows, readMatrixOrder, type MatrixRow } from './matrix-order.ts';

const rows: MatrixRow[] = [
  { sortName: 'Kirby, John', total: 8, counts: [0, 1, 4] },
  { sortName: 'Blinken, Antony', total: 6, counts: [1, 1, 1] },
  { sortName: 'Kurti, Albin', total: 5, counts: [0, 2, 1] },
];

describe('orderRows', () => {
  it('should order by name, A to Z', () => {
    expect(orderRows(rows, 'name')).toEqual([1, 0, 2]);
  });

  it('should put the most mentioned in the archive first', () => {
    expect(orderRows(rows, 'total')).toEqual([0, 1, 2]);
  });

  it("should put the most mentioned in the page's articles first, ties by name", () => {
    // Kirby 5, Blinken 3, Kurti 3.
    expect(orderRows(rows, 'page')).toEqual([0, 1, 2]);
  });

  it('should put the most mentioned in one article first, ties by name', () => {
    expect(orderRows(rows, 1)).toEqual([2, 1, 0]);
    expect(orderRows(rows, 0)).toEqual([1, 0, 2]);
  });
});

describe('readMatrixOrder', () => {
  it('should read the named orders and column numbers, and fall back to name', () => {
    expect(readMatrixOrder('total')).toBe('total');
    expect(readMatrixOrder('page')).toBe('page');
    expect(readMatrixOrder('3')).toBe(3);
    expect(readMatrixOrder('')).toBe('name');
    expect(readMatrixOrder('-1')).toBe('name');
    expect(readMatrixOrder('anything')).toBe('name');
  });
});
