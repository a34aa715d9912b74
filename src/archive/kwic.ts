import type { Mention } from '../annotate/mention.ts';

/**
 * Context is cut to this many characters on each side, at a word boundary:
 * about a line of a concordance. Every mention of an entity is listed on its
 * pages, so the context is most of their weight.
 */
export const kwicContext = 100;

/** A mention's sentence around it (keyword in context), cut to {@link kwicContext} characters on each side. */
export function kwic(mention: Mention): { before: string; after: string } {
  const { before, after } = mention;
  return {
    before: before.length <= kwicContext ? before : `…${before.slice(-kwicContext).replace(/^\S*\s/, '')}`,
    after: after.length <= kwicContext ? after : `${after.slice(0, kwicContext).replace(/\s\S*$/, '')}…`,
  };
}
