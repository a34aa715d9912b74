import { extractFrontmatter } from '@astrojs/markdown-remark';
import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { visit } from 'unist-util-visit';
import { isSafeLinkTarget } from './link-target.ts';

/** A construct a glossary body may not hold. */
export interface BodyProblem {
  /** 1-based line in the body. */
  line: number;
  /** `<what> is not allowed in a glossary entry; <fix>`. */
  message: string;
}

/** The Markdown a glossary body may use: nothing that runs, loads, styles, redirects or restructures the page. */
const allowed: ReadonlySet<Nodes['type']> = new Set([
  'root',
  'paragraph',
  'text',
  'emphasis',
  'strong',
  'list',
  'listItem',
  'break',
  'inlineCode',
  'link',
]);

/** Raw HTML is quoted up to this many characters, enough to recognise it. */
const quoteLength = 50;

/** How to write a reference link or a link definition instead. */
const inlineLink = 'write the link inline, as [text](https://…)';

/** What each refused construct is called, and how an editor writes the entry without it. */
function refusal(node: Nodes): { what: string; fix: string } {
  switch (node.type) {
    case 'html':
      return { what: `raw HTML (${quote(node.value)})`, fix: 'write it in Markdown or remove it' };
    case 'link':
      return {
        what: `a link to ${JSON.stringify(node.url)}`,
        fix: "link only to an http:// or https:// address, or to a page of this site (/glossary/nato/ or a path relative to the entry's page)",
      };
    case 'image':
    case 'imageReference':
      return { what: 'an image', fix: 'remove it (entity pages show no images)' };
    case 'linkReference':
      return { what: `a reference link ([…][${node.label ?? node.identifier}])`, fix: inlineLink };
    case 'definition':
      return {
        what: `a link definition ([${node.label ?? node.identifier}]: …)`,
        fix: `${inlineLink}, and remove the definition`,
      };
    case 'heading':
      return { what: 'a heading', fix: 'write it as a paragraph (the page gives the entry its headings)' };
    case 'code':
      return { what: 'a code block', fix: 'use `inline code` in a paragraph' };
    case 'blockquote':
      return { what: 'a block quote', fix: 'write it as a paragraph, in quotation marks' };
    case 'thematicBreak':
      return { what: 'a horizontal rule', fix: 'remove it (a blank line separates paragraphs)' };
    default:
      return {
        what: `Markdown of type "${node.type}"`,
        fix: 'use paragraphs, emphasis, lists, inline code and links only',
      };
  }
}

/**
 * Lists what a glossary entry's Markdown body may not hold, in order. Entries
 * may come from less trusted contributors and their bodies are published as
 * HTML, so only a safe subset passes: paragraphs, emphasis, strong, lists,
 * line breaks, inline code, and links to http(s) addresses or this site's
 * pages ({@link isSafeLinkTarget}). Refused: raw HTML of any kind, images,
 * headings (the entity page has its own outline), code blocks, block quotes,
 * horizontal rules, reference links and definitions, other link schemes, and a
 * frontmatter block at the body's start (the renderer would drop it and show
 * what follows, which reads differently alone).
 *
 * The body is parsed as the site's Markdown processor parses it: CommonMark
 * with no GFM (`gfm: false` in `astro.config.mjs`). Were GFM turned on, this
 * check must parse with it too, since GFM reads some text differently (a table
 * cell splits inline code).
 */
export function unsafeBodyParts(body: string): BodyProblem[] {
  const problems: BodyProblem[] = [];
  // The renderer drops such a block and renders the rest alone, which may read differently from the body checked here.
  if (extractFrontmatter(body) !== undefined) {
    problems.push({
      line: 1,
      message:
        'a second frontmatter block at the start of the body is not allowed in a glossary entry; remove it (the fields belong in the first block)',
    });
  }
  visit(fromMarkdown(body), (node: Nodes) => {
    if (allowed.has(node.type) && (node.type !== 'link' || isSafeLinkTarget(node.url))) return;
    const { what, fix } = refusal(node);
    problems.push({
      line: node.position?.start.line ?? 1,
      message: `${what} is not allowed in a glossary entry; ${fix}`,
    });
  });
  return problems;
}

/** The first line of raw HTML, cut to {@link quoteLength} characters. */
function quote(html: string): string {
  const line = html.split(/\r\n|\r|\n/)[0] ?? '';
  return line.length > quoteLength ? `${line.slice(0, quoteLength)}…` : line;
}
