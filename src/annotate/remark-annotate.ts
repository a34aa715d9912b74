import type { Heading, Link, Nodes, Parent, PhrasingContent, Root, Text } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { handBack } from './article-data.ts';
import { blockText } from './block-text.ts';
import { mentionElement, notMentionElement } from '../schemas/article-body.ts';
import { sentenceLookup } from '../text/sentences.ts';
import { linkableMatches } from '../text/unlinkable-spans.ts';
import type { CompiledGlossary } from './compiled-glossary.ts';
import { inLanguage } from './in-language.ts';
import { type Mention, type TitleSegment, mentionAnchor, mentionAttributes } from './mention.ts';

/** Options of {@link remarkAnnotate}. */
export interface AnnotateOptions {
  /** The glossary with its compiled matcher (loaded once per build by the caller). */
  glossary: () => CompiledGlossary;
  /** The URL of an entity's glossary page. */
  entityUrl: (entity: string) => string;
}

/** What a mention link carries in its mdast `data`. */
interface MentionData {
  /** `inflected`: the name stands in another case than the glossary's (`Match.inflected` in `matcher.ts`). */
  mention: { entity: string; by: Mention['by']; inflected?: true };
  hProperties?: Record<string, string | string[]>;
}

/** Containers whose text is never annotated: links, and elements other than the editor's marks. */
const skipped = new Set(['link', 'linkReference', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'definition']);

/**
 * Annotates every mention of a glossary entity in an article, headings
 * included: each becomes a link to the entity's page, with a stable anchor id
 * (`m-<entity>-<n>`). Mentions come from the glossary's aliases (one pass of
 * the compiled matcher per text node) and from the editor's `<Mention of>`
 * marks; text inside `<NotMention>` is never annotated, nor is text inside
 * links, code or other JSX (such as promotional lines).
 *
 * The mentions, each with its sentence, are handed back to Astro as the
 * computed frontmatter field `mentions` (see {@link Mention}), so that the
 * glossary pages list exactly the links the articles hold.
 *
 * Limit: an alias split across formatting (`Kosovo *Force*`) is not found.
 */
export default function remarkAnnotate(options: AnnotateOptions) {
  return (tree: Root, file: VFile): void => {
    const { lang, date } = file.data.astro?.frontmatter ?? {};
    const glossary = inLanguage(options.glossary(), lang, date);
    // A source's own headline is article text too: it is annotated first, as a heading above the
    // body, and handed back as segments for the page's <h1>. A derived title is not source text.
    const { title, headline } = file.data.astro?.frontmatter ?? {};
    const heading: Heading | undefined =
      headline === true && typeof title === 'string'
        ? { type: 'heading', depth: 1, children: [{ type: 'text', value: title }] }
        : undefined;
    if (heading) tree.children.unshift(heading);
    applyEditorMarks(tree, file, glossary, options.entityUrl);
    annotateText(tree, glossary, options.entityUrl);
    const mentions = recordMentions(tree, glossary);
    if (heading) tree.children.splice(tree.children.indexOf(heading), 1);
    handBack(file, { mentions, ...(heading ? { titleSegments: heading.children.map(titleSegment) } : {}) });
  };
}

function titleSegment(node: PhrasingContent): TitleSegment {
  const data = node.data as MentionData | undefined;
  if (node.type === 'link' && data?.mention) {
    const anchor = String(data.hProperties?.id ?? '');
    const kind = String(data.hProperties?.['data-kind'] ?? '');
    return { text: toString(node), mention: { entity: data.mention.entity, anchor, href: node.url, kind } };
  }
  return { text: toString(node) };
}

function mentionLink(
  entity: string,
  by: Mention['by'],
  url: string,
  children: PhrasingContent[],
  inflected?: true,
): Link {
  const data: MentionData = { mention: { entity, by, ...(inflected ? { inflected } : {}) } };
  return { type: 'link', url, children, data: data as Link['data'] };
}

/**
 * Turns `<Mention of>` into mention links and unwraps `<NotMention>`, marking its text as no
 * mention. Each parent's children are rebuilt once, so many marks in one paragraph stay cheap.
 */
function applyEditorMarks(
  tree: Root,
  file: VFile,
  glossary: CompiledGlossary,
  entityUrl: (entity: string) => string,
): void {
  const unwrapIn = new Set<Parent>();
  visit(tree, (node, index, parent) => {
    if (!isMark(node) || parent === undefined || index === undefined) return;
    if (node.type === 'mdxJsxFlowElement') {
      file.fail(`Unexpected <${node.name}> as a block: put it inside a paragraph, around the words it marks`, node);
    }
    const children = node.children as PhrasingContent[];
    if (node.name === notMentionElement) {
      visit({ type: 'paragraph', children }, 'text', (text) => {
        text.data = { ...text.data, noMention: true } as Text['data'];
      });
      unwrapIn.add(parent);
      return SKIP;
    }
    const entity = attribute(node, 'of');
    if (entity === undefined || !glossary.entries.has(entity)) {
      file.fail(
        `Unexpected <Mention of=${JSON.stringify(entity ?? null)}>: expected the id of a glossary entry (a file name in content/glossary/ without .md)`,
        node,
      );
    }
    parent.children[index] = mentionLink(entity, 'editor', entityUrl(entity), children);
    return SKIP;
  });
  for (const parent of unwrapIn) {
    parent.children = parent.children.flatMap((child) =>
      isMark(child) && child.name === notMentionElement ? (child.children as PhrasingContent[]) : [child],
    );
  }
}

function isMark(node: Nodes): node is MdxJsxTextElement | MdxJsxFlowElement {
  return (
    (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') &&
    (node.name === mentionElement || node.name === notMentionElement)
  );
}

/** A string attribute's value; expressions (`of={…}`) are not accepted. */
function attribute(node: MdxJsxTextElement | MdxJsxFlowElement, name: string): string | undefined {
  for (const attr of node.attributes) {
    if (attr.type === 'mdxJsxAttribute' && attr.name === name && typeof attr.value === 'string') return attr.value;
  }
  return undefined;
}

/**
 * Splits every annotatable text node around the glossary's matches. Each parent's children are
 * rebuilt in one pass (never spliced per match), so the time stays linear in the text's length.
 */
function annotateText(node: Nodes, glossary: CompiledGlossary, entityUrl: (entity: string) => string): void {
  if (!('children' in node) || skipped.has(node.type)) return;
  const children: Nodes[] = [];
  for (const child of node.children) {
    if (child.type === 'text' && !(child.data as { noMention?: boolean } | undefined)?.noMention) {
      appendAnnotated(children, child.value, glossary, entityUrl);
    } else {
      annotateText(child, glossary, entityUrl);
      children.push(child);
    }
  }
  (node as Parent).children = children as Parent['children'];
}

/** Appends a text's pieces to `into`: plain text between mention links; none inside an address or a handle. */
function appendAnnotated(
  into: Nodes[],
  text: string,
  glossary: CompiledGlossary,
  entityUrl: (entity: string) => string,
): void {
  let last = 0;
  for (const { entity, start, end, inflected } of linkableMatches(text, glossary.match(text))) {
    if (start > last) into.push({ type: 'text', value: text.slice(last, start) });
    const words: PhrasingContent[] = [{ type: 'text', value: text.slice(start, end) }];
    into.push(mentionLink(entity, 'dictionary', entityUrl(entity), words, inflected));
    last = end;
  }
  if (last < text.length) into.push({ type: 'text', value: text.slice(last) });
}

/**
 * Numbers the mention links in document order, gives each its anchor id,
 * class and kind (marking every mention after an entity's first in the
 * article, headline included, as a repeat: the rule of Wikipedia's manual of
 * style, which links a term at its first occurrence), and returns them with
 * the sentence each stands in.
 */
function recordMentions(tree: Root, glossary: CompiledGlossary): Mention[] {
  const counts = new Map<string, number>();
  const mentions: Mention[] = [];
  visit(tree, (block) => {
    if (block.type !== 'paragraph' && block.type !== 'heading') return;
    const { text, mentions: placed } = blockText(block);
    const sentenceAt = sentenceLookup(text);
    for (const { link, start, end } of placed) {
      const data = link.data as MentionData;
      const { entity, by } = data.mention;
      const n = (counts.get(entity) ?? 0) + 1;
      counts.set(entity, n);
      const anchor = mentionAnchor(entity, n);
      const kind = glossary.entries.get(entity)?.kind ?? '';
      data.hProperties = mentionAttributes(anchor, { kind, repeat: n > 1 });
      const sentence = sentenceAt(start);
      mentions.push({
        entity,
        anchor,
        text: text.slice(start, end),
        before: text.slice(sentence.start, start),
        after: text.slice(end, Math.max(end, sentence.end)),
        by,
      });
    }
    return SKIP;
  });
  return mentions;
}
