import { z } from 'astro/zod';
import { isCalendarDate, isPartialDate } from '../text/calendar-date.ts';

/**
 * A frontmatter date as its string: YAML parsers disagree on unquoted dates
 * (`2023-11-06` is a string for `yaml` and a Date for the `js-yaml` that
 * Astro uses; `2023` is a number for both). Anything else is returned as it is.
 */
export function yamlDateValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return typeof value === 'number' ? String(value).padStart(4, '0') : value;
}

/** A frontmatter date as its string, or nothing when there is none (or it is no date). */
export function frontmatterDate(value: unknown): string | undefined {
  const date = yamlDateValue(value);
  return typeof date === 'string' ? date : undefined;
}

/** A date as YAML gives it, each form accepted and normalised to its string. */
const yamlDate = z.union([z.string(), z.date(), z.int()]).transform((value) => yamlDateValue(value) as string);

/** A real day, written `YYYY-MM-DD`. */
export const calendarDate = yamlDate.refine(isCalendarDate, { message: 'Expected a real date written as YYYY-MM-DD' });

/** A date as precisely as a source states it: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
export const partialDate = yamlDate.refine(isPartialDate, {
  message: 'Expected a real date written as YYYY-MM-DD, or YYYY-MM or YYYY when only the month or year is known',
});
