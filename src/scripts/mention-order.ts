/**
 * The orders a reader can put an entity page's articles in: newest first (as
 * built), oldest first, or most mentions first. Undated articles come last in
 * either order of dates, as everywhere on the site.
 */

/** An article section of an entity page, as its markup gives it. */
export interface MentionSection {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; empty when undated. */
  date: string;
  /** Mentions of the entity in the article. */
  mentions: number;
}

export const mentionOrders = ['newest', 'oldest', 'most'] as const;
export type MentionOrder = (typeof mentionOrders)[number];

/** Reads an order from a control's value, or `newest`. */
export function readMentionOrder(value: string): MentionOrder {
  return mentionOrders.find((order) => order === value) ?? 'newest';
}

/** The positions of `sections` (given newest first) in the chosen order; ties keep the given order. */
export function orderSections(sections: MentionSection[], order: MentionOrder): number[] {
  const positions = sections.map((_, position) => position);
  if (order === 'newest') return positions;
  const byDate = (a: number, b: number) => {
    const dateA = sections[a]?.date ?? '';
    const dateB = sections[b]?.date ?? '';
    if (!dateA || !dateB) return (dateA ? 0 : 1) - (dateB ? 0 : 1);
    return dateA.localeCompare(dateB);
  };
  if (order === 'oldest') return positions.sort((a, b) => byDate(a, b) || a - b);
  return positions.sort((a, b) => (sections[b]?.mentions ?? 0) - (sections[a]?.mentions ?? 0) || a - b);
}
