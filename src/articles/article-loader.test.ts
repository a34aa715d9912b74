import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { readArticleData } from '../annotate/article-data.ts';
import { renderedDataFile, renderedHtmlFile } from '../archive/render-article.ts';
import { articleLoader } from './article-loader.ts';

/** An archive of these articles (file name → body) and a glossary of one entry, NATO. */
function archive(articles: Record<string, string>) {
  const root = mkdtempSync(path.join(tmpdir(), 'article-loader-'));
  const folders = {
    articles: path.join(root, 'articles'),
    glossary: path.join(root, 'glossary'),
    rendered: path.join(root, 'rendered'),
  };
  mkdirSync(folders.articles);
  mkdirSync(folders.glossary);
  writeFileSync(
    path.join(folders.glossary, 'nato.md'),
    '---\nname: NATO\nkind: organization\nrole: Alliance\nsummary: A military alliance.\n---\n',
  );
  for (const [name, body] of Object.entries(articles)) {
    writeFileSync(
      path.join(folders.articles, name),
      `---\ntitle: ${name}\ndate: 2023-09-29\nlang: en\n---\n\n${body}\n`,
    );
  }
  return folders;
}

interface Stored {
  id: string;
  data: Record<string, unknown>;
  filePath: string;
  /** The article's rendered files: its HTML and its computed frontmatter. */
  rendered: { html: string; computed: Record<string, unknown> };
}

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

/** Runs the loader as a build does; returns what it stored. */
async function load(folders: ReturnType<typeof archive>, threads?: number): Promise<Stored[]> {
  const stored: Stored[] = [];
  const context = {
    store: { clear: () => stored.splice(0), set: (entry: Stored) => stored.push(entry) },
    parseData: async ({ data }: { data: unknown }) => data,
    logger: { info: () => {} },
    config: { root: new URL(`${pathToFileURL(process.cwd()).href}/`) },
  } as unknown as LoaderContext;
  await articleLoader(folders, threads).load(context);
  return stored.map((entry) => ({
    ...entry,
    rendered: {
      html: readFileSync(renderedHtmlFile(entry.id, folders.rendered), 'utf8'),
      computed: readJson(renderedDataFile(entry.id, folders.rendered)),
    },
  }));
}

const wire = 'Three attackers and one police officer were killed in the village of Banjska on Sunday.';

describe('articleLoader', () => {
  it('should store each article by its file name, rendered, with what its transformers computed', async () => {
    const stored = await load(
      archive({
        'a-report.mdx': `NATO sent troops. ${wire}`,
        'b-report.mdx': `${wire} NATO said so.`,
        '_draft.mdx': 'x',
      }),
    );
    expect(stored.map(({ id, filePath }) => [id, path.basename(filePath)])).toEqual([
      ['a-report', 'a-report.mdx'],
      ['b-report', 'b-report.mdx'],
    ]);
    const [first] = stored;
    expect(first?.data).toMatchObject({ title: 'a-report.mdx', lang: 'en' });
    expect(first?.rendered.html).toContain('id="m-nato-1"');
    // The sentence both reports carry is marked in each as a shared passage.
    expect(first?.rendered.html).toContain('aria-label="Shared passage 1: in 1 other report"');
    const data = readArticleData(first?.rendered.computed ?? {});
    expect(data.mentions.map(({ entity }) => entity)).toEqual(['nato']);
    expect(data.relatedReports).toEqual([{ id: 'b-report', passages: [1] }]);
  });

  it('should render a large archive on threads as on one: the same articles, in the same order', async () => {
    const articles = Object.fromEntries(
      Array.from({ length: 5 }, (_, n) => [`r-${n}.mdx`, `NATO met on day ${n}. ${n % 2 ? wire : 'Nothing else.'}`]),
    );
    const folders = archive(articles);
    const [alone, onThreads] = [await load(folders, 1), await load(folders, 2)];
    expect(onThreads.map(({ id }) => id)).toEqual(['r-0', 'r-1', 'r-2', 'r-3', 'r-4']);
    expect(onThreads).toEqual(alone);
    expect(onThreads[1]?.rendered.html).toContain('class="passage-ref"');
  });

  it('should fail on an article the site would refuse, naming its file and line, on threads too', async () => {
    const folders = archive({ 'bad.mdx': 'Fine.\n\nexport const x = 1', 'good.mdx': 'Fine.' });
    for (const threads of [1, 2]) {
      const failure = await load(folders, threads).catch((error: Error) => error);
      expect(failure).toBeInstanceOf(Error);
      expect((failure as Error).message).toMatch(/bad\.mdx:9: unexpected import or export statement/);
      // On a thread, too, a problem in the content prints as its message alone.
      if (threads > 1) expect((failure as Error).stack).toBe('');
    }
  });

  it('should say, naming the folder, that the archive has no articles folder yet and how to make one', async () => {
    const folders = archive({});
    const missing = { ...folders, articles: path.join(folders.articles, 'none') };
    await expect(load(missing)).rejects.toThrow(`${missing.articles}: no such folder; ingest sources into it`);
  });
});
