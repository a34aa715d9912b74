import { parseArgs } from 'node:util';
import { defaultFolders } from './archive.ts';
import { BatchReport, quietAbove } from './batch-report.ts';
import { expandSources } from './expand-sources.ts';
import { ingestFiles } from './ingest.ts';
import { ProgressLine } from './progress-line.ts';

const usage = `Usage: npm run ingest -- [--force] [--dry-run] [--verbose] [--slug <slug>] <source>...

Turns each plain-text source into content/articles/<slug>.mdx and keeps a copy
of the source in content/sources/. A source is named by
  a file        inbox/report.txt
  a folder      inbox/        every .txt file in it and its subfolders, sorted by path
                              (names starting with "." are skipped; linked folders are not followed)
  a pattern     'inbox/*.txt' quoted, so that a batch of any size fits on the command line

Refused sources are listed one a line, then a batch of several sources is summed
up: "10,000 sources: 9,990 written, 5 kept, 5 refused (listed above)". A line for
every article written or kept is printed for up to ${quietAbove} sources, or with --verbose.
On a terminal, a long batch shows its progress.

  --force     rewrite an article that already exists for a source (hand edits are lost)
  --dry-run   print what would be written; write nothing
  --verbose   print a line for every source, however many there are
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
        verbose: { type: 'boolean', default: false },
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
    console.error(`ingest: name at least one .txt file, folder or pattern\n\n${usage}`);
    return 2;
  }
  const { files, errors } = expandSources(positionals);
  if (errors.length > 0) {
    // A mistyped folder or pattern may mean the wrong batch: nothing is ingested until it is fixed.
    errors.forEach((error) => console.error(error));
    return 2;
  }
  if (values.slug !== undefined && files.length !== 1) {
    console.error(`ingest: --slug names the slug of one article; give exactly one file with it\n\n${usage}`);
    return 2;
  }
  const dryRun = values['dry-run'];
  const report = new BatchReport(
    { out: (line) => console.log(line), err: (line) => console.error(line) },
    new ProgressLine(process.stderr, files.length),
    { verbose: values.verbose || files.length <= quietAbove, dryRun },
  );
  ingestFiles(files, {
    force: values.force,
    dryRun,
    folders: defaultFolders,
    onResult: (result) => report.add(result),
    ...(values.slug === undefined ? {} : { slug: values.slug }),
  });
  report.finish();
  if (files.length > 1) console.log(report.summary());
  return report.refused ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
