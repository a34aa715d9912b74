import type { APIRoute, GetStaticPaths } from 'astro';
import type { Entity } from '../../../archive/entities.ts';
import { getMentionIndex, mentionCount } from '../../../archive/mention-index.ts';
import { kindLabels } from '../../../schemas/glossary.ts';
import type { EntityPreview } from '../../../scripts/entity-preview-data.ts';

/**
 * What an entity's preview card shows, one small file per entity: written
 * once per build, rather than into every article page that names it.
 */
export const getStaticPaths = (async () => {
  const index = await getMentionIndex();
  return [...index.entities.values()].map((entity) => ({ params: { id: entity.id }, props: { entity } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entity: Entity }> = async ({ props: { entity } }) => {
  const { kind, name, role, summary } = entity.data;
  const index = await getMentionIndex();
  const preview: EntityPreview = {
    kind: kindLabels[kind].one,
    name,
    ...(role ? { role } : {}),
    ...(summary ? { summary } : {}),
    mentions: mentionCount(index, entity.id),
    articles: index.byEntity.get(entity.id)?.length ?? 0,
  };
  return new Response(JSON.stringify(preview), { headers: { 'Content-Type': 'application/json' } });
};
