import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Vitest's global setup: the folders the unit tests make under `os.tmpdir()`
 * go into one folder for the run, removed when the run ends, so that a run
 * leaves nothing behind. The test workers, started after this, inherit
 * `TMPDIR`, and so do the processes the tests start.
 */
export default function setup(): () => void {
  const folder = mkdtempSync(path.join(tmpdir(), 'annotated-sources-tests-'));
  process.env.TMPDIR = folder;
  return () => rmSync(folder, { recursive: true, force: true });
}
