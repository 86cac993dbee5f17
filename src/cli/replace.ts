/**
 * Writing a file so that it is always either the old file or the complete new one.
 *
 * The bytes go to a temporary file in the target's own folder (same file system, so the rename is
 * atomic), are fsynced, get the old file's mode (and owner, where the process may set it), and are
 * renamed over the target; the folder is fsynced after. A symbolic link is followed: its target is
 * replaced and the link stays a link. The write window is synchronous, so SIGINT/SIGTERM are
 * handled before or after it, never inside; the handlers remove a temporary file that exists.
 *
 * A SIGKILL cannot be handled. Temporary files are therefore named `.NAME.planark-PID-RANDOM.tmp`
 * and every write first removes those of NAME whose process is gone: an interrupted run's leftover
 * disappears with the next run on the same file.
 *
 * Hard links: a rename gives the target a new inode, so other names of the old file would keep the
 * old content. Replacing a file with other hard links is refused without --force (see preflight).
 */
import { closeSync, constants, fchmodSync, fchownSync, fsyncSync, openSync, readdirSync, realpathSync, renameSync, rmSync, statSync, writeSync, type Stats } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';

/** Temporary files that exist right now, removed by the signal handlers. */
const live = new Set<string>();
let handlersInstalled = false;

/** Installs SIGINT/SIGTERM/SIGHUP handlers that remove live temporary files and exit as the signal would. */
export function installSignalCleanup(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  const codes: Record<string, number> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };
  for (const sig of Object.keys(codes) as NodeJS.Signals[]) {
    process.on(sig, () => {
      removeLive();
      process.exit(codes[sig]);
    });
  }
  process.on('exit', removeLive);
}

function removeLive(): void {
  for (const t of live) rmSync(t, { force: true });
  live.clear();
}

export interface Target {
  /** The path given. */
  given: string;
  /** The file that will be replaced: the symlink's final target, or the path itself. */
  real: string;
  /** The existing file's stats (null when it does not exist yet). */
  stat: Stats | null;
}

export function resolveTarget(given: string): Target {
  let real: string;
  try {
    real = realpathSync(given);
  } catch {
    real = path.resolve(given);
  }
  let stat: Stats | null = null;
  try {
    stat = statSync(real);
  } catch {
    stat = null;
  }
  return { given, real, stat };
}

/** Why replacing `t` needs --force, if it does. */
export function preflight(t: Target): { readOnly: boolean; otherLinks: number } {
  if (!t.stat) return { readOnly: false, otherLinks: 0 };
  // Mode bits, not access(2): root may write anything, yet a 444 file was made read-only on purpose.
  const readOnly = (t.stat.mode & 0o222) === 0;
  return { readOnly, otherLinks: Math.max(0, t.stat.nlink - 1) };
}

const TMP = /^\.(.+)\.planark-(\d+)-[0-9a-f]+\.tmp$/;

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes temporary files left for `real` by runs that were killed. Returns how many. */
export function removeStaleTemps(real: string): number {
  const dir = path.dirname(real);
  const base = path.basename(real);
  let n = 0;
  let names: string[] = [];
  try {
    names = readdirSync(dir);
  } catch {
    return 0;
  }
  for (const name of names) {
    const m = TMP.exec(name);
    if (!m || m[1] !== base || alive(Number(m[2]))) continue;
    rmSync(path.join(dir, name), { force: true });
    n++;
  }
  return n;
}

function fsyncDir(dir: string): void {
  // Makes the rename durable; not possible on every platform (Windows), where it is skipped.
  try {
    const fd = openSync(dir, constants.O_RDONLY);
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    /* best effort */
  }
}

/** Test seam: keeps the temporary file in place this long before the rename (kill tests). */
function holdMs(): number {
  const v = Number(process.env.PLANARK_TEST_HOLD_TEMP_MS ?? 0);
  return Number.isFinite(v) && v > 0 ? v : 0;
}

/**
 * Replaces (or creates) `t.real` with `data` as described above. Throws the system error on failure,
 * after removing the temporary file.
 */
export async function replaceFile(t: Target, data: Uint8Array): Promise<void> {
  const dir = path.dirname(t.real);
  removeStaleTemps(t.real);
  const tmp = path.join(dir, `.${path.basename(t.real)}.planark-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  live.add(tmp);
  try {
    // Private until it has the old file's mode; a new file gets the usual 666 less the umask.
    const fd = openSync(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, t.stat ? 0o600 : 0o666);
    try {
      for (let off = 0; off < data.length; ) off += writeSync(fd, data, off, data.length - off);
      if (t.stat) {
        fchmodSync(fd, t.stat.mode & 0o7777);
        try {
          fchownSync(fd, t.stat.uid, t.stat.gid);
        } catch {
          /* only root may give a file away; the mode is kept either way */
        }
      }
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    const hold = holdMs();
    if (hold) await new Promise((r) => setTimeout(r, hold));
    renameSync(tmp, t.real);
    live.delete(tmp);
    fsyncDir(dir);
  } catch (e) {
    rmSync(tmp, { force: true });
    live.delete(tmp);
    throw e;
  }
}
