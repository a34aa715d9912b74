import type { CollectionEntry } from 'astro:content';
import { type EntityKind, entityKinds } from '../schemas/glossary.ts';
import { surnameFirst } from '../text/person-name.ts';

/** An entity of the site: a glossary entry as the content collection holds it. */
export type Entity = CollectionEntry<'glossary'>;

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** What an entity sorts by in a list: a person's surname first, as an index of names does. */
export function sortName(entity: Entity): string {
  return entity.data.kind === 'person' ? surnameFirst(entity.data.name) : entity.data.name;
}

/** Entities grouped by kind (in the glossary's order of kinds), each group A to Z (people by surname); empty groups left out. */
export function groupByKind<T extends { entity: Entity } | Entity>(items: T[]): [EntityKind, T[]][] {
  const entityOf = (item: T): Entity => ('entity' in item ? item.entity : item);
  return entityKinds.flatMap((kind): [EntityKind, T[]][] => {
    const ofKind = items
      .filter((item) => entityOf(item).data.kind === kind)
      .sort((a, b) => collator.compare(sortName(entityOf(a)), sortName(entityOf(b))));
    return ofKind.length > 0 ? [[kind, ofKind]] : [];
  });
}
