import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import type { Entity } from '../../../archive/entities.ts';
import { kindLabels } from '../../../schemas/glossary.ts';
import type { EntityPreview } from '../../../scripts/entity-preview-data.ts';

/**
 * What an entity's preview card shows, one small file per entity: written
 * once per build, rather than into every article page that names it.
 */
export const getStaticPaths = (async () =>
  (await getCollection('glossary')).map((entity) => ({
    params: { id: entity.id },
    props: { entity },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entity: Entity }> = ({ props: { entity } }) => {
  const { kind, name, role, summary } = entity.data;
  const preview: EntityPreview = {
    kind: kindLabels[kind].one,
    name,
    ...(role ? { role } : {}),
    ...(summary ? { summary } : {}),
  };
  return new Response(JSON.stringify(preview), { headers: { 'Content-Type': 'application/json' } });
};
