import { randomBytes } from 'node:crypto';
import { lstatSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

/** A temporary file of this naming, `<file>.<pid>-<12 hex>.tmp`, is stale once process `<pid>` has ended. */
const withPid = /^.+\.(?:mdx|txt)\.(\d+)-[0-9a-f]{12}\.tmp$/;

/** The naming before writers put their pid in it: stale once it is {@link legacyStaleAfterMs} old. */
const legacy = /^.+\.(?:mdx|txt)\.[0-9a-f]{12}\.tmp$/;

/** A write takes well under a second: an older temporary file without a pid is an interrupted one. */
const legacyStaleAfterMs = 60_000;

/** Beyond this age a temporary file is stale whatever its pid says (the pid may have been reused). */
const staleAfterMs = 60 * 60_000;

/**
 * A temporary path beside `target`, `<target>.<pid>-<12 hex>.tmp`: unique,
 * and naming the writing process, so that {@link removeStaleTemporaries} can
 * tell a file an interrupted writer left from one a running writer still uses.
 */
export function temporaryPath(target: string): string {
  return `${target}.${process.pid}-${randomBytes(6).toString('hex')}.tmp`;
}

/**
 * Removes from `folder` the temporary files of `.mdx` and `.txt` files that
 * interrupted writers left: those whose writing process has ended or that are
 * over an hour old, and those of the older naming without a pid that are over
 * a minute old. Best effort: a folder or file it cannot read or remove is
 * left as it is. Returns the names removed.
 */
export function removeStaleTemporaries(folder: string, now = Date.now()): string[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  return names.filter((name) => {
    const pid = withPid.exec(name)?.[1];
    if (pid === undefined && !legacy.test(name)) return false;
    const file = path.join(folder, name);
    try {
      const entry = lstatSync(file);
      const age = now - entry.mtimeMs;
      const stale = pid === undefined ? age > legacyStaleAfterMs : age > staleAfterMs || !isRunning(Number(pid));
      if (!stale || !entry.isFile()) return false;
      rmSync(file);
      return true;
    } catch {
      // Removed meanwhile, or not ours to remove: the next write reports a folder it cannot use.
      return false;
    }
  });
}

/** Whether a process with this pid is running (signal 0 tests without signalling). */
function isRunning(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
