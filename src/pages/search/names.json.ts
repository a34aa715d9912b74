import type { APIRoute } from 'astro';
import { getMentionIndex } from '../../archive/mention-index.ts';
import { entityFacet } from '../../search/search-filters.ts';
import type { NamedEntry } from '../../search/entity-names.ts';

/**
 * Every glossary entry's names, for the search page: it tells a name query
 * from a topic word with them, and offers the nearest name for a misspelt
 * one. One small file per build (about 100 bytes an entry), not per page.
 */
export const GET: APIRoute = async () => {
  const index = await getMentionIndex();
  const entries: NamedEntry[] = [...index.entities.values()].map((entity) => ({
    id: entity.id,
    name: entity.data.name,
    facet: entityFacet(entity),
    aliases: entity.data.aliases,
  }));
  return new Response(JSON.stringify(entries), { headers: { 'Content-Type': 'application/json' } });
};
