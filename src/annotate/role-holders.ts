import type { PartialDate } from '../text/calendar-date.ts';
import { type DayRange, coversAll, overlaps, termDays } from '../text/terms.ts';

/** One entry's claim on a phrase: a term of a role, or a descriptor (a claim without dates). */
export interface PhraseClaim {
  /** The claiming entry's id. */
  entity: string;
  /** `role` for a role's phrase, `descriptor` for a descriptor. */
  by: 'role' | 'descriptor';
  /** A descriptor that names nothing (`the alliance`): it stands only for an entity already named. */
  anaphoric?: true;
  from?: PartialDate;
  to?: PartialDate;
}

/** Who a phrase means in a period: one entity, or the entities that may have held it, for an editor to choose. */
export type Holding = { entity: string } | { candidates: string[] };

/**
 * The entity a phrase means in a period of days: the one whose term surely
 * covers the whole period ({@link termDays}), provided no other claimant's
 * term may reach into it. So a month in which the office changed hands, an
 * article dated only to a year of elections, or a term known only to the
 * year that may have begun within the period all stay unresolved: the
 * candidates are then the entities whose terms may touch the period.
 */
export function holderDuring(claims: readonly PhraseClaim[], period: DayRange): Holding {
  const sure = new Set(claims.filter((claim) => coversAll(days(claim).surely, period)).map(({ entity }) => entity));
  const maybe = new Set(claims.filter((claim) => overlaps(days(claim).maybe, period)).map(({ entity }) => entity));
  const [entity] = sure;
  if (entity !== undefined && sure.size === 1 && maybe.size === 1) return { entity };
  return { candidates: [...maybe].sort() };
}

function days({ from, to }: PhraseClaim) {
  return termDays(from, to);
}
