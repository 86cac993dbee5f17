/**
 * Where Kolada answers are kept between runs: on disk for the CLI (src/cli/kolada-cache.ts), in
 * memory in the task pane. Keys are request URLs without the host, so a cache filled against one
 * base URL (a test server) is never read for another.
 */
export interface CachedAnswer {
  /** When it was fetched (ms since 1970). */
  at: number;
  body: unknown;
}

export interface KoladaCache {
  get(key: string): Promise<CachedAnswer | undefined>;
  set(key: string, value: CachedAnswer): Promise<void>;
}

export class MemoryCache implements KoladaCache {
  private readonly map = new Map<string, CachedAnswer>();
  constructor(private readonly maxEntries = 500) {}
  async get(key: string): Promise<CachedAnswer | undefined> {
    return this.map.get(key);
  }
  async set(key: string, value: CachedAnswer): Promise<void> {
    this.map.delete(key);
    this.map.set(key, value);
    // Oldest first out: the pane's key-figure search would otherwise grow without end.
    while (this.map.size > this.maxEntries) this.map.delete(this.map.keys().next().value as string);
  }
  get size(): number {
    return this.map.size;
  }
}
