import type { Link, Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** A mention link in a block, with where its text sits in the block's text. */
export interface PlacedMention {
  link: Link;
  start: number;
  end: number;
}

/**
 * A block's text as a reader sees it (its text nodes, in order), and where
 * each mention link the annotator made sits in it: the one reading of a
 * paragraph that the annotator's sentences and the quotation finder share.
 */
export function blockText(block: Nodes): { text: string; mentions: PlacedMention[] } {
  let text = '';
  const mentions: PlacedMention[] = [];
  // A plain walk: this runs on every paragraph of every article, twice, and a generic visitor costs
  // several times as much.
  const walk = (node: Nodes): void => {
    if (node.type === 'link' && (node.data as { mention?: unknown } | undefined)?.mention) {
      const value = toString(node);
      mentions.push({ link: node, start: text.length, end: text.length + value.length });
      text += value;
    } else if (node.type === 'text') text += node.value;
    else if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(block);
  return { text, mentions };
}
