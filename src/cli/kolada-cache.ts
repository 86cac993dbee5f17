/**
 * The CLI's Kolada cache on disk: one JSON file per request, named by a hash of its URL, under
 * `$PLANARK_CACHE_DIR` or the user's cache folder (`~/.cache/planark/kolada`,
 * `%LOCALAPPDATA%\planark\kolada`). Every answer fetched is kept, so `--offline` can run on what
 * an earlier run fetched. A file that cannot be read is a miss, never an error.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CachedAnswer, KoladaCache } from '../kolada/cache';

export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.PLANARK_CACHE_DIR) return env.PLANARK_CACHE_DIR;
  const base = env.XDG_CACHE_HOME || (process.platform === 'win32' ? env.LOCALAPPDATA : undefined) || path.join(os.homedir(), '.cache');
  return path.join(base, 'planark', 'kolada');
}

export class DiskCache implements KoladaCache {
  constructor(readonly dir: string) {}

  private file(key: string): string {
    return path.join(this.dir, `${createHash('sha256').update(key).digest('hex').slice(0, 32)}.json`);
  }

  async get(key: string): Promise<CachedAnswer | undefined> {
    try {
      const x = JSON.parse(await fs.readFile(this.file(key), 'utf8')) as { key?: string; at?: number; body?: unknown };
      return x.key === key && typeof x.at === 'number' ? { at: x.at, body: x.body } : undefined;
    } catch {
      return undefined;
    }
  }

  async set(key: string, value: CachedAnswer): Promise<void> {
    try {
      await fs.mkdir(this.dir, { recursive: true });
      // Written beside and renamed, so a reader never sees half a file.
      const f = this.file(key);
      const tmp = `${f}.${process.pid}.tmp`;
      await fs.writeFile(tmp, JSON.stringify({ key, at: value.at, body: value.body }));
      await fs.rename(tmp, f);
    } catch {
      // A cache that cannot be written costs only the next --offline run.
    }
  }
}
