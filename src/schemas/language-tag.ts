import { z } from 'astro/zod';

/** A language as a BCP 47 tag, as `<html lang>` takes it: `en`, `sr`, `sr-Latn`, `de-AT`. */
export const languageTag = z
  .string()
  .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'Expected a language tag such as en, sr or sr-Latn');
