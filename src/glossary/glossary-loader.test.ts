import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import type { LoaderContext } from 'astro/loaders';
import { describe, expect, it, vi } from 'vitest';
import { glossaryLoader } from './glossary-loader.ts';
import { GlossaryError } from './read-glossary.ts';

/** A glossary folder holding one entry, `nato.md`, with this body. */
function glossaryWithBody(body: string): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'glossary-'));
  const frontmatter = 'name: NATO\nkind: organization\nrole: Alliance\nsummary: A military alliance.';
  writeFileSync(path.join(folder, 'nato.md'), `---\n${frontmatter}\n---\n${body}\n`);
  return folder;
}

/** The parts of a loader context the glossary loader uses, with the site's Markdown settings. */
async function context() {
  const processor = await createMarkdownProcessor({ gfm: false, smartypants: false, syntaxHighlight: false });
  const stored: { id: string; rendered?: { html: string } }[] = [];
  const renderMarkdown = vi.fn(async (body: string) => ({ html: (await processor.render(body)).code, metadata: {} }));
  const loaderContext = {
    store: { clear: () => stored.splice(0), set: (entry: (typeof stored)[number]) => stored.push(entry) },
    parseData: async ({ data }: { data: unknown }) => data,
    renderMarkdown,
    generateDigest: () => 'digest',
  } as unknown as LoaderContext;
  return { loaderContext, renderMarkdown, stored };
}

describe('glossaryLoader', () => {
  it('should render a safe body as its few HTML elements', async () => {
    const { loaderContext, stored } = await context();
    await glossaryLoader({ folder: glossaryWithBody('An *alliance*; see [its site](https://www.nato.int/).') }).load(
      loaderContext,
    );
    expect(stored.map((entry) => entry.rendered?.html)).toEqual([
      '<p>An <em>alliance</em>; see <a href="https://www.nato.int/">its site</a>.</p>',
    ]);
  });

  it('should refuse a body that would redirect every reader, before rendering anything', async () => {
    const { loaderContext, renderMarkdown } = await context();
    const folder = glossaryWithBody('<meta http-equiv="refresh" content="0;url=https://evil.example/">');
    const loading = glossaryLoader({ folder }).load(loaderContext);
    await expect(loading).rejects.toThrow(GlossaryError);
    await expect(loading).rejects.toThrow(
      `${path.join(folder, 'nato.md')}:7: raw HTML (<meta http-equiv="refresh" content="0;url=https://…) is not allowed`,
    );
    expect(renderMarkdown).not.toHaveBeenCalled();
  });
});
