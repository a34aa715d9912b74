import type { Link, Nodes, Parent, Root } from 'mdast';
import type { VFile } from 'vfile';
import { linkableMatches } from '../text/unlinkable-spans.ts';
import type { CompiledGlossary } from './compiled-glossary.ts';

/** Options of {@link remarkCrossReference}. */
export interface CrossReferenceOptions {
  /** The glossary with its compiled matcher. */
  glossary: () => CompiledGlossary;
  /** The URL of an entity's glossary page. */
  entityUrl: (entity: string) => string;
  /** The id of the entry a file holds, or `undefined` for any other file (left alone). */
  entryOf: (file: VFile) => string | undefined;
}

/** Never looked into: text already linked, and code. */
const skipped = new Set(['link', 'linkReference', 'definition', 'code', 'inlineCode']);

/**
 * Links a glossary entry's text to the other entries it names, so that the
 * glossary reads as a web of cross-references: the first time each other
 * entity is named, as a link to its page (`class="entry-link"`, with its
 * kind in `data-kind`). The entry itself is not linked, nor anything inside
 * a link or an address.
 *
 * These are not mentions: they get no anchor and are not recorded, so an
 * entity's count of mentions stays the articles' alone.
 */
export default function remarkCrossReference(options: CrossReferenceOptions) {
  return (tree: Root, file: VFile): void => {
    const self = options.entryOf(file);
    if (self === undefined) return;
    const glossary = options.glossary();
    const linked = new Set<string>([self]);
    const link = (node: Nodes): void => {
      if (!('children' in node) || skipped.has(node.type)) return;
      const children: Nodes[] = [];
      for (const child of node.children) {
        if (child.type !== 'text') {
          link(child);
          children.push(child);
          continue;
        }
        let last = 0;
        for (const { entity, start, end } of linkableMatches(child.value, glossary.match(child.value))) {
          if (linked.has(entity)) continue;
          linked.add(entity);
          if (start > last) children.push({ type: 'text', value: child.value.slice(last, start) });
          const kind = glossary.entries.get(entity)?.kind ?? '';
          const reference: Link = {
            type: 'link',
            url: options.entityUrl(entity),
            children: [{ type: 'text', value: child.value.slice(start, end) }],
            data: { hProperties: { class: 'entry-link', 'data-kind': kind } },
          };
          children.push(reference);
          last = end;
        }
        if (last < child.value.length) children.push({ type: 'text', value: child.value.slice(last) });
      }
      (node as Parent).children = children as Parent['children'];
    };
    link(tree);
  };
}
