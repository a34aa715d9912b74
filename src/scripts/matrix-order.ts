/**
 * The orders a reader can put the rows of the matrix in. Rows stay within
 * their kind (people, organizations, …); this module only says in what order.
 */

/** One row of the matrix, as its markup gives it. */
export interface MatrixRow {
  /** The name the row sorts by (people by surname). */
  sortName: string;
  /** Mentions in the whole archive. */
  total: number;
  /** Mentions in each article column of the page, left to right. */
  counts: number[];
}

/**
 * `name`: A to Z; `total`: most mentions in the archive first; `page`: most
 * mentions in this page's articles first; a number: most mentions in that
 * article column (0-based) first. Ties keep name order.
 */
export type MatrixOrder = 'name' | 'total' | 'page' | number;

/** Reads an order from a control's value (`name`, `total`, `page` or a column number), or `name`. */
export function readMatrixOrder(value: string): MatrixOrder {
  if (value === 'total' || value === 'page') return value;
  const column = Number(value);
  return value !== '' && Number.isInteger(column) && column >= 0 ? column : 'name';
}

const byName = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function weight(row: MatrixRow, order: Exclude<MatrixOrder, 'name'>): number {
  if (order === 'total') return row.total;
  if (order === 'page') return row.counts.reduce((sum, count) => sum + count, 0);
  return row.counts[order] ?? 0;
}

/** The positions of `rows` in the given order. */
export function orderRows(rows: MatrixRow[], order: MatrixOrder): number[] {
  const positions = rows.map((_, position) => position);
  return positions.sort((a, b) => {
    const rowA = rows[a] as MatrixRow;
    const rowB = rows[b] as MatrixRow;
    const heavier = order === 'name' ? 0 : weight(rowB, order) - weight(rowA, order);
    return heavier || byName.compare(rowA.sortName, rowB.sortName);
  });
}
