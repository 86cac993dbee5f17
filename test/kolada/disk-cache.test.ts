/** The CLI's Kolada cache on disk: kept answers, misses that are never errors. */
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultCacheDir, DiskCache } from '../../src/cli/kolada-cache';
import { tempDir } from '../cli/helpers';

describe('DiskCache', () => {
  it('keeps an answer per key and gives it back', async () => {
    const c = new DiskCache(path.join(tempDir(), 'kolada'));
    await c.set('https://api.kolada.se/v3|/kpi/U21468?per_page=5000', { at: 1, body: { values: [{ id: 'U21468' }] } });
    expect(await c.get('https://api.kolada.se/v3|/kpi/U21468?per_page=5000')).toEqual({ at: 1, body: { values: [{ id: 'U21468' }] } });
    expect(await c.get('https://api.kolada.se/v3|/kpi/U23471?per_page=5000')).toBeUndefined();
    expect(readdirSync(c.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a damaged file, or one written for another key, is a miss', async () => {
    const c = new DiskCache(path.join(tempDir(), 'kolada'));
    await c.set('a', { at: 1, body: 1 });
    const [file] = readdirSync(c.dir);
    writeFileSync(path.join(c.dir, file), '{"key": "a", "at": ');
    expect(await c.get('a')).toBeUndefined();
    writeFileSync(path.join(c.dir, file), JSON.stringify({ key: 'b', at: 1, body: 2 }));
    expect(await c.get('a')).toBeUndefined();
  });

  it('a folder that cannot be written costs only the cache', async () => {
    const blocker = path.join(tempDir(), 'file');
    writeFileSync(blocker, 'x');
    const c = new DiskCache(path.join(blocker, 'kolada'));
    await expect(c.set('a', { at: 1, body: 1 })).resolves.toBeUndefined();
    expect(await c.get('a')).toBeUndefined();
  });

  it('lives in PLANARK_CACHE_DIR, else the user’s cache folder', () => {
    expect(defaultCacheDir({ PLANARK_CACHE_DIR: '/x/y' })).toBe('/x/y');
    expect(defaultCacheDir({ XDG_CACHE_HOME: '/c' })).toBe(path.join('/c', 'planark', 'kolada'));
  });
});
