import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticles } from '../../archive/articles.ts';
import { contentFolders } from '../../content-folders.ts';

/** Each article's raw source, served byte for byte as the archive's record. */
export const getStaticPaths = (async () => {
  const articles = await getArticles();
  return articles.map((article) => ({ params: { name: article.data.source } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const bytes = await readFile(path.join(contentFolders.sources, String(params.name)));
  return new Response(bytes, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
