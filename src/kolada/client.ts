/**
 * A small client for Kolada API v3 (https://api.kolada.se/v3; see docs/kolada.md for the facts and
 * their sources). Isomorphic: only `fetch`, `URL`, `AbortController`, so the CLI (Node 20) and the
 * task pane share it. It pages through `next_page`/`next_url` links with up to 5 000 values a
 * page, asks for at most 25 ids per path segment, retries 429 and 5xx with exponential backoff
 * (honouring Retry-After), gives each request a timeout, and checks every answer against its
 * schema so a changed API is one clear error. With a cache it keeps every answer; `offline` reads
 * only from it.
 */
import type { Lang } from '../engine/types';
import type { KoladaCache } from './cache';
import { koladaError, KoladaError } from './errors';
import { Envelope, firstIssue, type Schema } from './schemas';

export const DEFAULT_BASE_URL = 'https://api.kolada.se/v3';
/** Kolada refuses longer id lists in one path segment. */
export const MAX_IDS = 25;
/** Kolada's largest (and default) page. */
export const PAGE_SIZE = 5000;

export interface KoladaClientOptions {
  baseUrl?: string;
  lang?: Lang;
  fetch?: typeof globalThis.fetch;
  /** Per request, ms. Default 30 s. */
  timeoutMs?: number;
  /** Tries after the first, for 429, 5xx, timeouts and network errors. Default 4. */
  retries?: number;
  /** First backoff, ms; doubled each try. Default 500. */
  backoffMs?: number;
  /** Longest wait Planark accepts from a Retry-After; a longer one ends the run. Default 60 s. */
  maxWaitMs?: number;
  cache?: KoladaCache;
  /** Use answers younger than this from the cache without asking Kolada. Default 0 (always ask). */
  maxAgeMs?: number;
  /** Only the cache; never the network. */
  offline?: boolean;
  signal?: AbortSignal;
  /** For tests: waiting, and the clock. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  now?: () => number;
  /** Called before each network request (progress, tests). */
  onRequest?: (url: string) => void;
}

const RETRY_STATUS = new Set([429, 500, 502, 503, 504]);

function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const t = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(t);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Retry-After as seconds or an HTTP date → ms (null when absent or unreadable). */
export function retryAfterMs(header: string | null, now: number): number | null {
  if (!header) return null;
  const s = header.trim();
  if (/^\d+(\.\d+)?$/.test(s)) return Math.round(Number(s) * 1000);
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : Math.max(0, t - now);
}

/** Splits ids into path segments of at most 25. */
export function chunks<T>(xs: readonly T[], size = MAX_IDS): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
}

export class KoladaClient {
  readonly baseUrl: string;
  readonly lang: Lang;
  private readonly base: URL;
  private readonly o: Required<Pick<KoladaClientOptions, 'timeoutMs' | 'retries' | 'backoffMs' | 'maxWaitMs' | 'maxAgeMs'>> & KoladaClientOptions;
  /** Network requests made (tests and progress). */
  requests = 0;
  /**
   * When the oldest answer this client handed out was fetched from Kolada (ms), undefined before
   * the first: an answer from the cache (`--offline`) may be weeks old, and the attribution must
   * name the day the data were fetched, not the day they were used.
   */
  oldestAnswerAt: number | undefined;

  constructor(opts: KoladaClientOptions = {}) {
    this.baseUrl = (opts.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
    this.base = new URL(`${this.baseUrl}/`);
    this.lang = opts.lang ?? 'sv';
    this.o = { timeoutMs: 30_000, retries: 4, backoffMs: 500, maxWaitMs: 60_000, maxAgeMs: 0, ...opts };
  }

  /** `kpi/U21468` → absolute URL under the base, with per_page. */
  url(path: string, query: Record<string, string> = {}): string {
    const u = new URL(path.replace(/^\/+/, ''), this.base);
    for (const [k, v] of Object.entries(query)) u.searchParams.set(k, v);
    if (!u.searchParams.has('per_page')) u.searchParams.set('per_page', String(PAGE_SIZE));
    return u.toString();
  }

  /** Cache key: the URL without scheme and host of the base, so bases never share answers. */
  private key(url: string): string {
    return `${this.baseUrl}|${url.startsWith(this.baseUrl) ? url.slice(this.baseUrl.length) : url}`;
  }

  private err(kind: Parameters<typeof koladaError>[0], d: Parameters<typeof koladaError>[2] = {}): KoladaError {
    return koladaError(kind, this.lang, d);
  }

  private served(at: number): void {
    this.oldestAnswerAt = Math.min(at, this.oldestAnswerAt ?? at);
  }

  private aborted(): boolean {
    return this.o.signal?.aborted === true;
  }

  /** One GET with timeout and retries; the parsed JSON body. */
  private async getJson(url: string): Promise<unknown> {
    const cache = this.o.cache;
    const now = () => (this.o.now ?? Date.now)();
    const hit = cache ? await cache.get(this.key(url)) : undefined;
    if (hit && (this.o.offline || now() - hit.at <= this.o.maxAgeMs)) {
      this.served(hit.at);
      return hit.body;
    }
    if (this.o.offline) throw this.err('offline', { url });

    const sleep = this.o.sleep ?? defaultSleep;
    for (let attempt = 0; ; attempt++) {
      const r = await this.once(url, attempt);
      if ('body' in r) {
        const at = now();
        if (cache) await cache.set(this.key(url), { at, body: r.body });
        this.served(at);
        return r.body;
      }
      if (attempt >= this.o.retries) throw r.error;
      try {
        await sleep(r.wait ?? this.o.backoffMs * 2 ** attempt, this.o.signal);
      } catch {
        throw this.err('aborted');
      }
    }
  }

  /**
   * One try: the body, or an error worth retrying (429, 5xx, timeout, no answer) with the wait
   * Kolada asked for. Anything else (another status, not JSON, cancelled) is thrown at once.
   */
  private async once(url: string, attempt: number): Promise<{ body: unknown } | { error: KoladaError; wait?: number }> {
    if (this.aborted()) throw this.err('aborted');
    const fetchFn = this.o.fetch ?? globalThis.fetch.bind(globalThis);
    const ac = new AbortController();
    const onAbort = () => ac.abort();
    this.o.signal?.addEventListener('abort', onAbort, { once: true });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      ac.abort();
    }, this.o.timeoutMs);
    const tries = attempt + 1;
    try {
      this.requests++;
      this.o.onRequest?.(url);
      const res = await fetchFn(url, { signal: ac.signal, headers: { Accept: 'application/json' } });
      const text = await res.text();
      if (!res.ok) {
        const error = this.err('http', { url, status: res.status, tries });
        if (!RETRY_STATUS.has(res.status)) throw error;
        const ra = retryAfterMs(res.headers.get('retry-after'), (this.o.now ?? Date.now)());
        // A wait longer than we accept: say so now rather than hang.
        if (ra !== null && ra > this.o.maxWaitMs) throw error;
        return ra === null ? { error } : { error, wait: ra };
      }
      try {
        return { body: JSON.parse(text) };
      } catch {
        throw this.err('json', { url });
      }
    } catch (e) {
      if (e instanceof KoladaError) throw e;
      if (this.aborted()) throw this.err('aborted');
      if (timedOut) return { error: this.err('timeout', { url, seconds: Math.round(this.o.timeoutMs / 100) / 10, tries }) };
      return { error: this.err('network', { url, detail: e instanceof Error ? e.message : String(e) }) };
    } finally {
      clearTimeout(timer);
      this.o.signal?.removeEventListener('abort', onAbort);
    }
  }

  /** Where a `next` link may lead: under the same origin as the base (a relative link is resolved). */
  private nextUrl(link: string, from: string): string | null {
    let u: URL;
    try {
      u = new URL(link, from);
    } catch {
      return null;
    }
    // Kolada's links may name http while we asked https, or the reverse: only the host must match.
    if (u.host !== this.base.host) return null;
    u.protocol = this.base.protocol;
    return u.toString();
  }

  /** Every value of a list endpoint, following the next-page links, each checked against `item`. */
  async getAll<T>(path: string, item: Schema<T>, query: Record<string, string> = {}): Promise<T[]> {
    const out: T[] = [];
    const seen = new Set<string>();
    let url: string | null = this.url(path, query);
    while (url && !seen.has(url)) {
      seen.add(url);
      const body = await this.getJson(url);
      const env = Envelope.safeParse(body);
      if (!env.success) throw this.err('shape', { url, detail: firstIssue(env.error) });
      for (let i = 0; i < env.data.values.length; i++) {
        const r = item.safeParse(env.data.values[i]);
        if (!r.success) throw this.err('shape', { url, detail: `values[${i}].${firstIssue(r.error)}` });
        out.push(r.data);
      }
      const next = env.data.next_page ?? env.data.next_url;
      // An empty page ends the walk even if a link follows (some clients guard the same way).
      url = next && env.data.values.length > 0 ? this.nextUrl(next, url) : null;
    }
    return out;
  }
}
