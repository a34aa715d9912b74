import type { APIRoute, GetStaticPaths } from 'astro';
import { type Article, getArticles } from '../../archive/articles.ts';
import { readSourceFile } from '../../archive/source-file.ts';

/** Each article's raw source, served byte for byte as the archive's record. */
export const getStaticPaths = (async () => {
  const articles = await getArticles();
  return articles.map((article) => ({ params: { name: article.data.source }, props: { article } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: Article }> = async ({ props }) =>
  new Response(await readSourceFile(props.article), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
