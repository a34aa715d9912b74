import { buildFrontmatter, serializeArticle } from './src/ingest/build-article.ts';
import { parseSource } from './src/ingest/parse-source.ts';
import { readArticle } from './src/ingest/read-article.ts';
const pieces = process.argv.slice(2);
for (const piece of pieces) {
  const times = [64, 128, 256].map((kb) => {
    const text = 'Head\n\n' + piece.repeat(Math.ceil((kb * 1024) / piece.length)) + '\n';
    const parsed = parseSource(text);
    const mdx = serializeArticle(buildFrontmatter(parsed, 'a.txt'), parsed.blocks);
    const t = performance.now(); readArticle(mdx); return Math.round(performance.now() - t);
  });
  console.log(JSON.stringify(piece), times.join(' -> '), 'ms');
}
