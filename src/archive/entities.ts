import type { CollectionEntry } from 'astro:content';
import { type EntityKind, entityKinds } from '../schemas/glossary.ts';

/** An entity of the site: a glossary entry as the content collection holds it. */
export type Entity = CollectionEntry<'glossary'>;

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Entities grouped by kind (in the glossary's order of kinds), each group A to Z; empty groups left out. */
export function groupByKind<T extends { entity: Entity } | Entity>(items: T[]): [EntityKind, T[]][] {
  const entityOf = (item: T): Entity => ('entity' in item ? item.entity : item);
  return entityKinds.flatMap((kind): [EntityKind, T[]][] => {
    const ofKind = items
      .filter((item) => entityOf(item).data.kind === kind)
      .sort((a, b) => collator.compare(entityOf(a).data.name, entityOf(b).data.name));
    return ofKind.length > 0 ? [[kind, ofKind]] : [];
  });
}
