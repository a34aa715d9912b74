import { z } from 'astro/zod';
import { isCalendarDate, isPartialDate } from '../text/calendar-date.ts';

/**
 * YAML parsers disagree on unquoted dates (`2023-11-06` is a string for
 * `yaml` and a Date for the `js-yaml` that Astro uses; `2023` is a number for
 * both), so each is accepted and normalised to its string.
 */
const yamlDate = z
  .union([z.string(), z.date(), z.int()])
  .transform((value) =>
    value instanceof Date
      ? value.toISOString().slice(0, 10)
      : typeof value === 'number'
        ? String(value).padStart(4, '0')
        : value,
  );

/** A real day, written `YYYY-MM-DD`. */
export const calendarDate = yamlDate.refine(isCalendarDate, { message: 'Expected a real date written as YYYY-MM-DD' });

/** A date as precisely as a source states it: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
export const partialDate = yamlDate.refine(isPartialDate, {
  message: 'Expected a real date written as YYYY-MM-DD, or YYYY-MM or YYYY when only the month or year is known',
});
