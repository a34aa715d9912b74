import { parseArgs } from 'node:util';
import { defaultFolders } from './archive.ts';
import { type IngestResult, ingestFiles } from './ingest.ts';

const usage = `Usage: npm run ingest -- [--force] [--dry-run] [--slug <slug>] <file.txt>...

Turns each plain-text source into content/articles/<slug>.mdx and keeps a copy
of the source in content/sources/.

  --force     rewrite an article that already exists for a source (hand edits are lost)
  --dry-run   print what would be written; write nothing
  --slug      the slug of the new article (one file only), e.g. when its title's slug is taken
  --help      show this help`;

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        force: { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        slug: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    console.error(`ingest: ${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(usage);
    return 0;
  }
  if (positionals.length === 0) {
    console.error(`ingest: name at least one .txt file\n\n${usage}`);
    return 2;
  }
  if (values.slug !== undefined && positionals.length !== 1) {
    console.error(`ingest: --slug names the slug of one article; give exactly one file with it\n\n${usage}`);
    return 2;
  }
  const results = ingestFiles(positionals, {
    force: values.force,
    dryRun: values['dry-run'],
    folders: defaultFolders,
    ...(values.slug === undefined ? {} : { slug: values.slug }),
  });
  results.forEach(report);
  return results.some((result) => result.status === 'failed') ? 1 : 0;
}

/** Invisible format characters; bidirectional controls among them reorder the rest of a printed line. */
const formatCharacters = /\p{Cf}/gu;

/**
 * A file name as printed: quoted and escaped if it holds a line break, another
 * control character or an invisible format character such as U+202E.
 */
function shown(file: string): string {
  if (!/[\p{Cc}\p{Cf}]/u.test(file)) return file;
  return JSON.stringify(file).replace(formatCharacters, (character) => `\\u${character.charCodeAt(0).toString(16)}`);
}

function report(result: IngestResult): void {
  switch (result.status) {
    case 'failed':
      console.error(`${shown(result.file)}: ${result.message}`);
      break;
    case 'kept':
      console.log(
        `kept   ${result.article} (from ${shown(result.file)}; it exists already, --force rewrites it` +
          `${result.restoredSource ? `; restored its source copy ${result.restoredSource}` : ''})`,
      );
      break;
    case 'written':
      console.log(
        `wrote  ${result.article} (from ${shown(result.file)}, ${result.words} words` +
          `${result.renamedFrom ? `; moved from ${result.renamedFrom}` : ''})`,
      );
      break;
    case 'would-write':
      console.log(`would write ${result.article} (from ${shown(result.file)}, ${result.words} words):\n${result.mdx}`);
      break;
  }
}

process.exitCode = main(process.argv.slice(2));
