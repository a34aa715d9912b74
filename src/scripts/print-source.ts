import { formatCalendarDate } from '../text/calendar-date.ts';

/**
 * Fills the printed page's source line with the page's address and the day
 * it is printed, so that a printout can be cited and found again; shown only
 * on paper (`src/styles/print.css`).
 */
export function fillPrintSource(line: HTMLElement): void {
  const fill = () => {
    const url = `${window.location.origin}${window.location.pathname}`;
    line.textContent = `Printed from ${url} on ${formatCalendarDate(new Date().toISOString().slice(0, 10))}.`;
  };
  fill();
  window.addEventListener('beforeprint', fill);
}
