/**
 * Binds the matrix's "Order rows by" control: rows are reordered within each
 * kind's group, and the column the order follows says so with `aria-sort`.
 */
import { type MatrixRow, orderRows, readMatrixOrder } from './matrix-order.ts';

function readRow(row: HTMLTableRowElement): MatrixRow {
  return {
    sortName: row.dataset.sortName ?? '',
    total: Number(row.dataset.total ?? 0),
    counts: [...row.querySelectorAll<HTMLElement>('td[data-count]')].map((cell) => Number(cell.dataset.count)),
  };
}

/** Orders the rows of `table` by the value of `control`, now and whenever it changes. */
export function bindMatrixSort(control: HTMLSelectElement, table: HTMLTableElement): void {
  const headers = [...table.querySelectorAll<HTMLElement>('thead th[data-order]')];
  const sort = () => {
    const order = readMatrixOrder(control.value);
    for (const group of table.tBodies) {
      const rows = [...group.querySelectorAll<HTMLTableRowElement>('tr[data-sort-name]')];
      const positions = orderRows(rows.map(readRow), order);
      group.append(...positions.map((position) => rows[position] as HTMLTableRowElement));
    }
    for (const header of headers) {
      if (header.dataset.order === String(order))
        header.setAttribute('aria-sort', order === 'name' ? 'ascending' : 'descending');
      else header.removeAttribute('aria-sort');
    }
  };
  control.addEventListener('change', sort);
  if (control.value !== 'name') sort();
}
