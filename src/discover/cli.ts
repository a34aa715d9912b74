import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { compiledGlossary } from '../annotate/compiled-glossary.ts';
import { contentFolders } from '../content-folders.ts';
import { readGlossary } from '../glossary/read-glossary.ts';
import { foldText } from '../text/fold.ts';
import { articleFiles } from './article-files.ts';
import { type ArticleText, readArticleText } from './article-text.ts';
import { candidateTable } from './candidate-table.ts';
import { glossaryCoverage } from './coverage.ts';
import { discoverCandidates } from './discover.ts';
import { unresolvedRoles } from './unresolved-roles.ts';
import { writeDraftEntry } from './draft-entry.ts';
import { readRejected, rejectName, rejectedFile } from './rejected-names.ts';

const usage = `Usage: npm run entities -- [--json] [--journalists] [--only <article.mdx>...]
       npm run entities -- --write <name|all> [--only <article.mdx>...]
       npm run entities -- --reject <name>

Lists the people and bodies the articles name that no glossary entry covers,
most mentioned first: the name, its guessed kind, how often and in how many
articles, and the other forms the articles write.

  --json         print the candidates as JSON, with the sentence of each first mention
  --only         read only these articles (default: every article in content/articles)
  --journalists  list journalists and photographers named in bylines and credits too
  --write        write a draft glossary entry (draft: true) for the candidate of that
                 name, or for every candidate; an existing file is never overwritten
  --reject       never propose this name again (content/glossary-rejected.txt)
  --help         show this help`;

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        only: { type: 'boolean', default: false },
        journalists: { type: 'boolean', default: false },
        write: { type: 'string' },
        reject: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    console.error(`entities: ${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(usage);
    return 0;
  }
  if (positionals.length > 0 && !values.only) {
    console.error(`entities: name article files after --only\n\n${usage}`);
    return 2;
  }
  const rejected = rejectedFile('content');
  if (values.reject !== undefined) {
    const added = rejectName(rejected, values.reject);
    console.log(
      added ? `rejected "${values.reject.trim()}" (${rejected})` : `"${values.reject.trim()}" is already rejected`,
    );
    return 0;
  }
  const files = values.only ? positionals : articleFiles(contentFolders.articles);
  const articles: ArticleText[] = [];
  for (const file of files) {
    try {
      articles.push(readArticleText(file, readFileSync(file, 'utf8')));
    } catch (error) {
      console.error(`${file}: ${(error as Error).message}`);
      return 1;
    }
  }
  let covered;
  try {
    covered = glossaryCoverage(readGlossary(contentFolders.glossary));
  } catch (error) {
    console.error((error as Error).message);
    return 1;
  }
  const candidates = discoverCandidates(articles, {
    covered,
    rejected: readRejected(rejected),
    journalists: values.journalists || values.write !== undefined,
  });
  if (values.write !== undefined) return write(values.write, candidates);
  if (values.json) {
    console.log(JSON.stringify(candidates, null, 2));
    return 0;
  }
  console.log(candidateTable(candidates));
  const unresolved = unresolvedRoles(articles, compiledGlossary());
  if (unresolved.length > 0) {
    console.log(
      `\n${unresolved.length} role phrase(s) fit no single holder on the article's date (mark each with <Mention of="…">, date the article, or give the role its dates):`,
    );
    for (const { article, date, phrase, candidates: holders } of unresolved) {
      const who = holders.length > 0 ? `may be ${holders.join(' or ')}` : 'the glossary knows no holder';
      console.log(`  ${article} (${date ?? 'undated'}): "${phrase}": ${who}`);
    }
  }
  return 0;
}

/** `--write`: a draft entry for the named candidate (any of its forms), or for all of them. */
function write(chosen: string, candidates: ReturnType<typeof discoverCandidates>): number {
  const wanted = foldText(chosen);
  const picked =
    chosen === 'all'
      ? candidates.filter((candidate) => candidate.kind !== 'journalist')
      : candidates.filter((candidate) =>
          [candidate.name, ...candidate.variants].some((form) => foldText(form) === wanted),
        );
  if (picked.length === 0) {
    console.error(`entities: no candidate named "${chosen}"; run npm run entities to list them`);
    return 1;
  }
  let failed = false;
  for (const candidate of picked) {
    const result = writeDraftEntry(contentFolders.glossary, candidate);
    if (result.status === 'written') console.log(`wrote ${result.file} (draft)`);
    else if (result.status === 'exists') console.log(`kept ${result.file}: it exists already`);
    else {
      failed = true;
      result.problems.forEach((problem) => console.error(`${result.file}: ${problem}`));
    }
  }
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
