import { z } from 'astro/zod';

/**
 * An object schema that refuses fields it does not know, each reported at its
 * own path (`lang: Unknown field; the fields are …`), alongside any other
 * problem of the object. A strict object would report them together at the
 * object's path, which Astro prints as `****`.
 *
 * The fields are checked on the object as the YAML parser gave it: zod leaves
 * a `__proto__` key out of the object it parses (so that it cannot replace
 * that object's prototype), and a check of the parsed object would never see
 * it. A `__proto__:` line is refused like any other unknown field.
 */
export function closedObject<Shape extends z.ZodRawShape>(shape: Shape) {
  const fields = Object.keys(shape);
  const onlyKnownFields = z.transform((input: unknown, context) => {
    // Not an object: the object schema says so, and an array's indexes are no fields.
    if (typeof input === 'object' && input !== null && !Array.isArray(input)) {
      // Inherited keys too: the object schema copies every enumerable key into what it gives back.
      for (const key in input) {
        if (Object.hasOwn(shape, key)) continue;
        context.addIssue({
          code: 'custom',
          path: [key],
          message: `Unknown field; the fields are ${fields.join(', ')}`,
          input,
          // Not fatal, so that refinements of the whole object still run and one run names every problem.
          continue: true,
        });
      }
    }
    // Nothing of its own for the intersection to merge: the value is the object schema's.
    return {};
  });
  return z.intersection(z.looseObject(shape), onlyKnownFields);
}
