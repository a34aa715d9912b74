import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { type ArchiveFolders, articlePath } from './archive.ts';

/** A source already in the archive, or ingested earlier in the same run. */
export interface KnownSource {
  /** The file as the editor knows it: its copy in the sources folder, or the file this run ingested. */
  file: string;
  /** Its article. */
  article: string;
  /** Whether this run ingested it (or, in a dry run, would have). */
  thisRun: boolean;
}

interface Entry extends KnownSource {
  /** The source's file name, which `bySource` keys. */
  name: string;
  /** The SHA-256 of its bytes, read when first needed. */
  hash?: string;
}

/**
 * Finds sources whose bytes equal another's under another name: a copy of a
 * report already in the archive, or two copies in one batch. Only sources of
 * the same size are compared, so that a run reads no source of the archive
 * unless a new one has its size: the archive's sources are listed by size
 * once (one `stat` each, no read), and a source of that size is hashed once
 * when first compared.
 */
export class DuplicateSources {
  readonly #folders: ArchiveFolders;
  /** The archive's sources when the run began; this run's are added as it ingests them. */
  readonly #bySource: ReadonlyMap<string, string>;
  #bySize: Map<number, Entry[]> | undefined;

  /**
   * @param folders the archive
   * @param bySource each source file name of the archive → its article's slug, as the run begins
   */
  constructor(folders: ArchiveFolders, bySource: ReadonlyMap<string, string>) {
    this.#folders = folders;
    this.#bySource = new Map(bySource);
  }

  /** The source of another name with exactly these bytes, if there is one. */
  find(bytes: Uint8Array, sourceName: string): KnownSource | undefined {
    const candidates = (this.#sizes().get(bytes.length) ?? []).filter((entry) => entry.name !== sourceName);
    if (candidates.length === 0) return undefined;
    const hash = sha256(bytes);
    const same = candidates.find((entry) => (entry.hash ??= sha256(readFileSync(entry.file))) === hash);
    return same && { file: same.file, article: same.article, thisRun: same.thisRun };
  }

  /** Records a source this run ingested (`file`, named `sourceName` in the archive) as the one of `slug`'s article. */
  add(bytes: Uint8Array, sourceName: string, file: string, slug: string): void {
    const entry = { name: sourceName, file, article: articlePath(this.#folders, slug), thisRun: true };
    this.#entriesOfSize(bytes.length).push({ ...entry, hash: sha256(bytes) });
  }

  /** The archive's sources by size, listed when first needed. */
  #sizes(): Map<number, Entry[]> {
    if (this.#bySize) return this.#bySize;
    this.#bySize = new Map();
    for (const [name, slug] of this.#bySource) {
      const file = path.join(this.#folders.sources, name);
      // A source copy that was lost (ingest restores it) has nothing to compare.
      const stats = statSync(file, { throwIfNoEntry: false });
      if (!stats?.isFile()) continue;
      this.#entriesOfSize(stats.size).push({ name, file, article: articlePath(this.#folders, slug), thisRun: false });
    }
    return this.#bySize;
  }

  #entriesOfSize(size: number): Entry[] {
    const sizes = this.#sizes();
    let entries = sizes.get(size);
    if (!entries) sizes.set(size, (entries = []));
    return entries;
  }
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
