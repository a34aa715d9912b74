/**
 * Binds an entity page's controls over its list of mentions: the order of
 * the page's articles (newest, oldest, most mentions first) and a filter to
 * one article. The list as built is newest first and complete; these only
 * reorder and hide, so without the script nothing is lost. The choices of
 * the filter are made here, from the sections, rather than written into
 * every page: the controls show only with the script.
 */
import { type MentionSection, orderSections, readMentionOrder } from './mention-order.ts';

function readSection(section: HTMLElement): MentionSection {
  return { date: section.dataset.date ?? '', mentions: Number(section.dataset.mentions ?? 0) };
}

/** The title of the article a section lists, as its heading gives it. */
function titleOf(section: HTMLElement): string {
  return section.querySelector('h3')?.textContent ?? '';
}

/** Binds the `select[name=order]` and `select[name=article]` in `tools` to the sections in `list`. */
export function bindMentionList(tools: HTMLElement, list: HTMLElement): void {
  const order = tools.querySelector<HTMLSelectElement>('select[name="order"]');
  const only = tools.querySelector<HTMLSelectElement>('select[name="article"]');
  const status = tools.querySelector<HTMLElement>('[role="status"]');
  if (!order || !only || !status) return;
  const sections = [...list.querySelectorAll<HTMLElement>(':scope > .entity__article')];
  const facts = sections.map(readSection);
  // One choice per article: its title and how many mentions it holds.
  sections.forEach((section, index) =>
    only.add(new Option(`${titleOf(section)} (${facts[index]?.mentions})`, section.id)),
  );

  order.addEventListener('change', () => {
    const positions = orderSections(facts, readMentionOrder(order.value));
    list.append(...positions.map((position) => sections[position] as HTMLElement));
  });
  only.addEventListener('change', () => {
    for (const section of sections) section.hidden = only.value !== '' && section.id !== only.value;
    const shown = sections.find((section) => !section.hidden && only.value !== '');
    status.textContent = shown ? `Showing 1 of the ${sections.length} articles on this page: ${titleOf(shown)}` : '';
  });
  tools.hidden = false;
}
