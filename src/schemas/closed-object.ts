import { z } from 'astro/zod';

/**
 * An object schema that refuses fields it does not know, each reported at its
 * own path (`lang: Unknown field; the fields are …`), alongside any other
 * problem of the object. A strict object would report them together at the
 * object's path, which Astro prints as `****`.
 */
export function closedObject<Shape extends z.ZodRawShape>(shape: Shape) {
  const fields = Object.keys(shape);
  return z.looseObject(shape).superRefine(
    (value, context) => {
      for (const key of Object.keys(value)) {
        if (Object.hasOwn(shape, key)) continue;
        context.addIssue({
          code: 'custom',
          path: [key],
          message: `Unknown field; the fields are ${fields.join(', ')}`,
        });
      }
    },
    // Also when a known field is wrong, so that one run names every problem.
    { when: ({ value }) => typeof value === 'object' && value !== null },
  );
}
