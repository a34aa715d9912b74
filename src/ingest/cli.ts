import { parseArgs } from 'node:util';
import { defaultFolders } from './archive.ts';
import { BatchReport, quietAbove } from './batch-report.ts';
import { expandSources } from './expand-sources.ts';
import type { EditorMetadata } from '../schemas/article.ts';
import { validated } from './editor-metadata.ts';
import { ingestFiles } from './ingest.ts';
import { ProgressLine } from './progress-line.ts';
import { shownName } from './shown-name.ts';
import { updateArticles } from './update-command.ts';

const usage = `Usage: npm run ingest -- [--force] [--dry-run] [--verbose] [--slug <slug>] [metadata] <source>...
       npm run ingest -- --update [--slug <slug>] [metadata] <source.txt or article.mdx>...

Turns each plain-text source into content/articles/<slug>.mdx and keeps a copy
of the source in content/sources/. A copy of a source already ingested (the same
bytes under another name) is refused. A source is named by
  a file        inbox/report.txt
  a folder      inbox/        every .txt file in it and its subfolders, sorted by path
                              (names starting with "." are skipped; linked folders are not followed)
  a pattern     'inbox/*.txt' quoted, so that a batch of any size fits on the command line

Refused sources are listed one a line, then a batch of several sources is summed
up: "10,000 sources: 9,990 written, 5 kept, 5 refused (listed above)". A line for
every article written or kept is printed for up to ${quietAbove} sources, or with --verbose.
On a terminal, a long batch shows its progress.

  --force     rewrite an article that already exists for a source (hand edits are lost; its title
              and the lines set apart by hand are kept)
  --dry-run   print what would be written; write nothing
  --verbose   print a line for every source, however many there are
  --slug      the slug of the new article (one file only); without it, its title's, numbered
              (-2, -3, …) when other articles have it
  --update    change the metadata of existing articles (named by source or article file), never
              their text (--title only moves the headline into it); with --slug, move one to a
              new slug: its old address leads to it
  --help      show this help

Metadata the text does not state, or states wrongly (a source's sidecar file, report.yaml beside
report.txt, or a front matter block at the top of report.txt, between --- lines, may hold the
same fields; these options win over the sidecar, it over the front matter, and that over the text):
  --date <YYYY-MM-DD, YYYY-MM or YYYY>   when it was published, as precisely as known
  --url <https://…>        where it was published       --outlet <name>     who published it
  --author <name>          who wrote it (repeat for each)  --dateline <place>
  --lang <tag>             its language (en, sr, de…)   --retrieved <YYYY-MM-DD>
  --title <title>          its title: a line of the text becomes the headline, any other title is
                           the editor's; the line ingest took for the headline stays in the text,
                           and --update and --force keep the title
--date, --url, --author, --dateline and --title describe one source: give one file with them.`;

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
        update: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
        title: { type: 'string' },
        date: { type: 'string' },
        url: { type: 'string' },
        outlet: { type: 'string' },
        author: { type: 'string', multiple: true },
        dateline: { type: 'string' },
        lang: { type: 'string' },
        retrieved: { type: 'string' },
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
  const { title, date, url, outlet, author, dateline, lang, retrieved } = values;
  const given = { title, date, url, outlet, authors: author, dateline, lang, retrieved };
  const stated = Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined));
  let metadata: EditorMetadata;
  try {
    metadata = validated(stated, 'the options');
  } catch (error) {
    console.error(`ingest: ${(error as Error).message}`);
    return 2;
  }
  const perSource = ['title', 'date', 'url', 'authors', 'dateline'].filter((field) => field in metadata);
  if (values.update) return update(positionals, metadata, values.slug, values['dry-run']);
  const { files, errors } = expandSources(positionals);
  if (errors.length > 0) {
    // A mistyped folder or pattern may mean the wrong batch: nothing is ingested until it is fixed.
    errors.forEach((error) => console.error(error));
    return 2;
  }
  if (perSource.length > 0 && files.length !== 1) {
    console.error(`ingest: ${perSource.join(', ')} describe one source; give exactly one file with them`);
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
    metadata,
    onResult: (result) => report.add(result),
    ...(values.slug === undefined ? {} : { slug: values.slug }),
  });
  report.finish();
  if (files.length > 1) console.log(report.summary());
  return report.refused ? 1 : 0;
}

/** `--update`: changes the metadata of existing articles; prints a line for each, refusals on stderr. */
function update(targets: string[], metadata: EditorMetadata, slug: string | undefined, dryRun: boolean): number {
  if (slug !== undefined && targets.length !== 1) {
    console.error('ingest: --update --slug moves one article; give exactly one source or article file with it');
    return 2;
  }
  const results = updateArticles(targets, metadata, {
    folders: defaultFolders,
    dryRun,
    ...(slug === undefined ? {} : { slug }),
  });
  for (const result of results) {
    if (result.status === 'failed') console.error(`${shownName(result.target)}: ${result.message}`);
    else {
      const notes = [
        ...(result.movedFrom ? [`moved from ${result.movedFrom}; its old address leads here`] : []),
        ...(result.titleNote ? [result.titleNote] : []),
      ];
      const said = notes.length > 0 ? ` (${notes.join('; ')})` : '';
      console.log(`${result.status === 'updated' ? 'updated' : 'would update'} ${result.article}${said}`);
    }
  }
  return results.some((result) => result.status === 'failed') ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
