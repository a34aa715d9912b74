/**
 * The search page's facets: who and what the articles name, their year and
 * outlet, each a group of values with counts of articles, and a choice
 * between "all of" and "any of" the values chosen in a group. The values load
 * only when a group is first opened or the URL chooses some (Pagefind's
 * `filters()` downloads every filter's index: in a large archive, more than a
 * search itself). Also the list of active filters above the results, each
 * removable.
 */
import { foldText } from '../text/fold.ts';
import { element } from './dom.ts';
import type { FilterCounts } from './pagefind-api.ts';
import type { SearchState } from './search-url.ts';

/** Values listed in a group before "Show all". */
const valuesShown = 12;

export interface FacetPane {
  /** Shows a search's state, and its counts if given (the last ones are kept until new ones come). */
  update(state: SearchState, counts?: FilterCounts): void;
  /** Loads every facet's values, once. */
  load(): Promise<void>;
}

/**
 * Binds the facet groups (`details[data-facet]` in `pane`) and the active
 * filter list (`active`): a change calls `onChange` with the new state;
 * `loadValues` fetches every facet's values and counts, and `onLoaded` says
 * they have come. Keyboard focus stays on the value or filter the reader was
 * on across the re-rendering a change brings, or goes to `focusAfterClearing`.
 */
export function facetPane({
  pane,
  active,
  focusAfterClearing,
  loadValues,
  onChange,
  onLoaded,
}: {
  pane: HTMLElement;
  active: HTMLElement;
  focusAfterClearing: HTMLElement;
  loadValues: () => Promise<FilterCounts>;
  onChange: (state: SearchState) => void;
  onLoaded: () => void;
}): FacetPane {
  const groups = [...pane.querySelectorAll<HTMLDetailsElement>('details[data-facet]')];
  let state: SearchState = { term: '', chosen: {}, anyOf: [] };
  let totals: FilterCounts | undefined;
  let counts: FilterCounts | undefined;
  let loading: Promise<void> | undefined;
  const expanded = new Set<string>();

  const load = () =>
    (loading ??= loadValues().then(
      (values) => {
        totals = values;
        render();
        onLoaded();
      },
      () => {
        loading = undefined;
        for (const group of groups) {
          group
            .querySelector('.facet__values')
            ?.replaceChildren(
              element('li', 'facet__note', 'Filters could not be loaded. Close and open again to retry.'),
            );
        }
      },
    ));

  const choose = (facet: string, value: string, on: boolean) => {
    const values = (state.chosen[facet] ?? []).filter((chosen) => chosen !== value);
    if (on) values.push(value);
    onChange({ ...state, chosen: { ...state.chosen, [facet]: values } });
  };

  /** One open group's values: chosen ones always, others with articles to show, most first. */
  const renderGroup = (group: HTMLDetailsElement) => {
    const facet = group.dataset.facet ?? '';
    const chosen = state.chosen[facet] ?? [];
    const summaryCount = group.querySelector('.facet__chosen');
    if (summaryCount) summaryCount.textContent = chosen.length > 0 ? `${chosen.length} chosen` : '';
    group.querySelectorAll<HTMLInputElement>('.facet__mode input').forEach((radio) => {
      radio.checked = radio.value === (state.anyOf.includes(facet) ? 'any' : 'all');
    });
    if (!totals || !group.open) return;

    // Counts among the current results once a search has counted them; else the archive's.
    const source = counts?.[facet] ?? totals[facet];
    // Own counts only: a value from the address (`?Outlet=constructor`) must not read what every object inherits.
    const countOf = (value: string) => (source && Object.hasOwn(source, value) ? (source[value] ?? 0) : 0);
    const all = [...new Set([...Object.keys(totals[facet] ?? {}), ...chosen])]
      .filter((value) => chosen.includes(value) || countOf(value) > 0)
      .sort((a, b) => countOf(b) - countOf(a) || a.localeCompare(b));
    const find = group.querySelector<HTMLInputElement>('.facet__find');
    const wanted = foldText(find?.value ?? '');
    const matching = wanted ? all.filter((value) => foldText(value).includes(wanted)) : all;
    const listed = expanded.has(facet) || wanted ? matching : matching.slice(0, valuesShown);
    if (find) find.hidden = all.length <= valuesShown;

    const list = group.querySelector('.facet__values');
    const focused = list?.contains(document.activeElement) ? (document.activeElement as HTMLInputElement).value : null;
    list?.replaceChildren(
      ...(listed.length === 0
        ? [element('li', 'facet__note', wanted ? 'No value matches.' : 'None among these results.')]
        : listed.map((value) => {
            const box = document.createElement('input');
            box.type = 'checkbox';
            box.value = value;
            box.checked = chosen.includes(value);
            box.addEventListener('change', () => choose(facet, value, box.checked));
            return element(
              'li',
              'facet__value',
              element('label', '', box, ` ${value} `, element('span', 'count', countOf(value).toLocaleString('en'))),
            );
          })),
    );
    if (focused !== null) {
      [...(list?.querySelectorAll<HTMLInputElement>('input') ?? [])].find((box) => box.value === focused)?.focus();
    }
    const more = group.querySelector<HTMLButtonElement>('.facet__more');
    if (more) {
      more.hidden = wanted !== '' || matching.length <= valuesShown;
      more.textContent = expanded.has(facet) ? 'Show fewer' : `Show all ${matching.length.toLocaleString('en')}`;
    }
  };

  /** The active filters: per facet, how its values combine, each value a button that removes it. */
  const renderActive = () => {
    const chosenFacets = Object.entries(state.chosen).filter(([, values]) => values.length > 0);
    const buttons = () => [...active.querySelectorAll<HTMLButtonElement>('.active-filters__remove')];
    // The reader who removes a filter stays where it was: on the next one, or on the search box.
    const focusedAt = buttons().findIndex((button) => button === document.activeElement);
    const clearing = active.contains(document.activeElement) && focusedAt === -1;
    active.hidden = chosenFacets.length === 0;
    active.querySelector('ul')?.replaceChildren(
      ...chosenFacets.map(([facet, values]) => {
        const group = groups.find((candidate) => candidate.dataset.facet === facet);
        const combines = values.length > 1 && group?.dataset.single === undefined;
        const label = `${facet}${combines ? (state.anyOf.includes(facet) ? ', any of' : ', all of') : ''}:`;
        return element(
          'li',
          'active-filters__facet',
          element('span', 'active-filters__label', label),
          ...values.map((value) => {
            const remove = element('button', 'active-filters__remove', value, element('span', '', ' ×'));
            remove.type = 'button';
            remove.setAttribute('aria-label', `Remove filter ${facet}: ${value}`);
            remove.addEventListener('click', () => choose(facet, value, false));
            return remove;
          }),
        );
      }),
    );
    if (focusedAt === -1 && !clearing) return;
    const remaining = buttons();
    (remaining[Math.min(focusedAt, remaining.length - 1)] ?? focusAfterClearing).focus();
  };

  const render = () => {
    for (const group of groups) renderGroup(group);
    renderActive();
  };

  for (const group of groups) {
    const facet = group.dataset.facet ?? '';
    group.addEventListener('toggle', () => {
      if (!group.open) return;
      renderGroup(group);
      void load();
    });
    group.querySelector('.facet__find')?.addEventListener('input', () => renderGroup(group));
    group.querySelector('.facet__more')?.addEventListener('click', () => {
      if (expanded.has(facet)) expanded.delete(facet);
      else expanded.add(facet);
      renderGroup(group);
    });
    group.querySelectorAll<HTMLInputElement>('.facet__mode input').forEach((radio) =>
      radio.addEventListener('change', () => {
        const anyOf = state.anyOf.filter((name) => name !== facet);
        if (radio.value === 'any') anyOf.push(facet);
        onChange({ ...state, anyOf });
      }),
    );
  }
  active.querySelector('.active-filters__clear')?.addEventListener('click', () => {
    onChange({ ...state, chosen: {}, anyOf: [] });
  });

  return {
    update(newState, newCounts) {
      state = newState;
      if (newCounts) counts = newCounts;
      // A group with a chosen value opens, so the reader sees what narrows the results.
      for (const group of groups) if ((state.chosen[group.dataset.facet ?? '']?.length ?? 0) > 0) group.open = true;
      render();
    },
    load,
  };
}
