/**
 * The timeline's entity filter: keeps the rows (and marks) of the articles
 * that name the chosen entity, says how many that is, and keeps the choice in
 * the URL (`?entity=<id>`) so that a filtered timeline can be linked to.
 * It filters the page's own articles; the entity's page lists all of them.
 */
import { plural } from '../text/plural.ts';

/** What the filter says when it keeps `shown` of the page's `onPage` articles. */
export function filterStatus(shown: number, onPage: number, name: string, inArchive: number): string {
  const here = `${shown} of the ${plural(onPage, 'article')} on this page ${shown === 1 ? 'names' : 'name'} ${name}`;
  return inArchive > shown ? `${here}; the archive holds ${inArchive}, all listed on ${name}’s page:` : `${here}.`;
}

const names = (element: Element) => (element.getAttribute('data-entities') ?? '').split(' ');

/** Binds the filter control in `filter` (shown once bound) to the page's rows and marks. */
export function bindTimelineFilter(filter: HTMLElement): void {
  const select = filter.querySelector('select');
  const status = filter.querySelector<HTMLElement>('[role="status"]');
  if (!select || !status) return;
  const rows = [...document.querySelectorAll<HTMLTableRowElement>('.timeline-table tr[data-entities]')];
  const marks = [...document.querySelectorAll('.timeline-chart__mark')];

  const apply = () => {
    const chosen = select.value;
    for (const row of rows) row.hidden = chosen !== '' && !names(row).includes(chosen);
    for (const mark of marks) mark.classList.toggle('is-dimmed', chosen !== '' && !names(mark).includes(chosen));
    for (const group of document.querySelectorAll<HTMLTableSectionElement>('.timeline-table tbody'))
      group.hidden = [...group.querySelectorAll<HTMLTableRowElement>('tr[data-entities]')].every((row) => row.hidden);
    const option = select.selectedOptions[0];
    status.replaceChildren();
    if (chosen !== '' && option) {
      const name = option.dataset.name ?? chosen;
      const inArchive = Number(option.dataset.archive ?? 0);
      const shown = rows.filter((row) => !row.hidden).length;
      status.append(filterStatus(shown, rows.length, name, inArchive));
      if (inArchive > shown) {
        const link = document.createElement('a');
        link.href = option.dataset.href ?? '';
        link.textContent = name;
        status.append(' ', link);
      }
    }
    const url = new URL(window.location.href);
    if (chosen === '') url.searchParams.delete('entity');
    else url.searchParams.set('entity', chosen);
    window.history.replaceState(window.history.state, '', url);
  };

  const requested = new URL(window.location.href).searchParams.get('entity');
  if (requested && [...select.options].some((option) => option.value === requested)) select.value = requested;
  select.addEventListener('change', apply);
  filter.hidden = false;
  if (select.value !== '') apply();
}
