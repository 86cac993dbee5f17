/**
 * Zip reading and writing for workbook packages, isomorphic (Uint8Array only, no Buffer/node:*).
 *
 * Reading walks the central directory itself so that every declared size is checked against the
 * limits before a byte is inflated, then inflates each entry with fflate's streaming inflater in
 * small steps, counting what comes out: a zip bomb that lies in its headers is stopped after a
 * few megabytes, not after gigabytes. Writing copies unchanged entries as their original
 * compressed bytes with their original CRC, so their content is byte-identical by construction
 * and costs no recompression; only new or changed parts are deflated.
 */
import { deflateSync, Inflate } from 'fflate';
import { PackageError } from './errors';

export interface ZipLimits {
  /** Total uncompressed size of all entries, in bytes. */
  maxTotalBytes: number;
  /** Entries larger than this must not expand more than `maxRatio` times their compressed size. */
  ratioFloorBytes: number;
  /** Highest uncompressed/compressed ratio for large entries (deflate tops out near 1 030). */
  maxRatio: number;
  /** Most entries a package may hold. */
  maxEntries: number;
}

/**
 * 500 MB unpacked is far beyond any plan workbook (a 100 000-row sheet unpacks to ~15 MB) and
 * still within what the reader after us (ExcelJS) can hold. Real XML compresses 5–30×; 200× on a
 * part above 8 MB is only seen in bombs.
 */
export const DEFAULT_LIMITS: ZipLimits = {
  maxTotalBytes: 500 * 1024 * 1024,
  ratioFloorBytes: 8 * 1024 * 1024,
  maxRatio: 200,
  maxEntries: 100_000,
};

/**
 * A native raw-deflate inflater a shell may supply (the CLI passes Node's zlib): the inflated
 * bytes, or null as soon as they would pass `maxOut`; throws when the data does not inflate. Each
 * entry's declared size has passed the limits before it is called, and it is asked for no more.
 */
export type RawInflate = (raw: Uint8Array, maxOut: number) => Uint8Array | null;

export interface ZipEntry {
  /** Entry name as stored (OOXML part names are ASCII; decoded as UTF-8). */
  name: string;
  /** 0 stored, 8 deflate. */
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** The entry's compressed bytes (a view into the input, not a copy). */
  raw: Uint8Array;
  /** Central-directory fields copied into the output unchanged. */
  versionMadeBy: number;
  versionNeeded: number;
  flags: number;
  time: number;
  date: number;
  externalAttrs: number;
  /** Inflated content; filled by readZip. */
  data: Uint8Array;
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const SIG_END64 = 0x06064b50;
const SIG_END64_LOCATOR = 0x07064b50;
/**
 * Compressed input fed to the inflater per step. Deflate expands at most ~1 030×, so a 16 kB step
 * gives at most ~16 MB before the counters look again; steps grow while the data packs like real
 * XML (a few to a few dozen times), so honest parts inflate in large, fast steps.
 */
const FIRST_STEP = 16 * 1024;
const MAX_STEP = 512 * 1024;
const CALM_RATIO = 64;

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

function u16(b: Uint8Array, o: number): number {
  return b[o] | (b[o + 1] << 8);
}
function u32(b: Uint8Array, o: number): number {
  return (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16)) + b[o + 3] * 0x1000000;
}
function u64(b: Uint8Array, o: number): number {
  return u32(b, o) + u32(b, o + 4) * 0x100000000;
}

function corrupt(detail: string): never {
  throw new PackageError('corrupt', detail);
}

function findEnd(b: Uint8Array): number {
  const min = Math.max(0, b.length - 22 - 0xffff);
  for (let o = b.length - 22; o >= min; o--) {
    if (b[o] === 0x50 && b[o + 1] === 0x4b && u32(b, o) === SIG_END) return o;
  }
  // It starts like a zip (checked before) but has no directory: truncated or damaged.
  corrupt('no end of central directory');
}

interface Directory {
  count: number;
  offset: number;
  size: number;
}

function directory(b: Uint8Array): Directory {
  const end = findEnd(b);
  let count = u16(b, end + 10);
  let size = u32(b, end + 12);
  let offset = u32(b, end + 16);
  const loc = end - 20;
  if (loc >= 0 && u32(b, loc) === SIG_END64_LOCATOR) {
    const e64 = u64(b, loc + 8);
    if (e64 + 56 > b.length || u32(b, e64) !== SIG_END64) corrupt('zip64 end record');
    count = u64(b, e64 + 32);
    size = u64(b, e64 + 40);
    offset = u64(b, e64 + 48);
  }
  if (offset + size > b.length) corrupt('central directory out of bounds');
  return { count, offset, size };
}

/** Sizes and offset from a zip64 extra field, for the fields the fixed header marks 0xFFFFFFFF. */
function zip64Extra(extra: Uint8Array, need: { size: boolean; csize: boolean; offset: boolean }): { size?: number; csize?: number; offset?: number } {
  for (let o = 0; o + 4 <= extra.length; ) {
    const id = u16(extra, o);
    const len = u16(extra, o + 2);
    if (id === 0x0001) {
      let p = o + 4;
      const out: { size?: number; csize?: number; offset?: number } = {};
      if (need.size) {
        out.size = u64(extra, p);
        p += 8;
      }
      if (need.csize) {
        out.csize = u64(extra, p);
        p += 8;
      }
      if (need.offset) out.offset = u64(extra, p);
      return out;
    }
    o += 4 + len;
  }
  return {};
}

const utf8 = new TextDecoder('utf-8');

function readCentral(b: Uint8Array, dir: Directory, limits: ZipLimits): Omit<ZipEntry, 'data'>[] {
  if (dir.count > limits.maxEntries) throw new PackageError('too-large', `${dir.count} entries`);
  const out: Omit<ZipEntry, 'data'>[] = [];
  let o = dir.offset;
  for (let i = 0; i < dir.count; i++) {
    if (o + 46 > b.length || u32(b, o) !== SIG_CENTRAL) corrupt('central directory entry');
    const flags = u16(b, o + 8);
    const method = u16(b, o + 10);
    let csize = u32(b, o + 20);
    let size = u32(b, o + 24);
    const nameLen = u16(b, o + 28);
    const extraLen = u16(b, o + 30);
    const commentLen = u16(b, o + 32);
    let local = u32(b, o + 42);
    const name = utf8.decode(b.subarray(o + 46, o + 46 + nameLen));
    const extra = b.subarray(o + 46 + nameLen, o + 46 + nameLen + extraLen);
    if (csize === 0xffffffff || size === 0xffffffff || local === 0xffffffff) {
      const z = zip64Extra(extra, { size: size === 0xffffffff, csize: csize === 0xffffffff, offset: local === 0xffffffff });
      size = z.size ?? size;
      csize = z.csize ?? csize;
      local = z.offset ?? local;
    }
    if (flags & 1) throw new PackageError('not-zip', `encrypted entry ${name}`);
    if (method !== 0 && method !== 8) throw new PackageError('not-zip', `compression method ${method} in ${name}`);
    if (local + 30 > b.length || u32(b, local) !== SIG_LOCAL) corrupt(`local header of ${name}`);
    const start = local + 30 + u16(b, local + 26) + u16(b, local + 28);
    if (start + csize > b.length) corrupt(`data of ${name} out of bounds`);
    if (method === 0 && csize !== size) corrupt(`stored entry ${name} with two sizes`);
    out.push({
      name,
      method,
      crc: u32(b, o + 16),
      compressedSize: csize,
      size,
      raw: b.subarray(start, start + csize),
      versionMadeBy: u16(b, o + 4),
      versionNeeded: u16(b, o + 6),
      flags,
      time: u16(b, o + 12),
      date: u16(b, o + 14),
      externalAttrs: u32(b, o + 38),
    });
    o += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

/** Declared sizes against the limits, before anything is inflated. */
function checkDeclared(entries: Omit<ZipEntry, 'data'>[], limits: ZipLimits): void {
  let total = 0;
  const names = new Set<string>();
  for (const e of entries) {
    total += e.size;
    if (total > limits.maxTotalBytes) throw new PackageError('too-large', `${total} bytes declared`);
    if (e.size > limits.ratioFloorBytes && e.size > e.compressedSize * limits.maxRatio) throw new PackageError('too-large', `${e.name} ratio`);
    // Part names are case-insensitive in OPC; two entries of one name are a broken or hostile zip.
    const key = e.name.toLowerCase();
    if (names.has(key)) corrupt(`duplicate entry ${e.name}`);
    names.add(key);
  }
  // Entries sharing compressed bytes ("overlapping" bombs) would pass the per-entry checks.
  const spans = entries.map((e) => [e.raw.byteOffset, e.raw.byteOffset + e.raw.length]).sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < spans.length; i++) if (spans[i][0] < spans[i - 1][1]) corrupt('overlapping entries');
}

/** Inflates one entry, refusing as soon as it gives more than it declared or expands like a bomb. */
function inflateEntry(e: Omit<ZipEntry, 'data'>, limits: ZipLimits, inflateRaw?: RawInflate): Uint8Array {
  if (e.method === 0) return e.raw;
  if (inflateRaw) {
    let got: Uint8Array | null;
    try {
      got = inflateRaw(e.raw, e.size);
    } catch {
      corrupt(`${e.name} does not inflate`);
    }
    if (got === null) throw new PackageError('too-large', `${e.name} larger than declared`);
    if (got.length !== e.size) corrupt(`${e.name} smaller than declared`);
    return got;
  }
  const out = new Uint8Array(e.size);
  let n = 0;
  let fed = 0;
  const inf = new Inflate((chunk) => {
    if (n + chunk.length > e.size) throw new PackageError('too-large', `${e.name} larger than declared`);
    out.set(chunk, n);
    n += chunk.length;
    if (n > limits.ratioFloorBytes && n > fed * limits.maxRatio) throw new PackageError('too-large', `${e.name} ratio`);
  });
  try {
    let step = FIRST_STEP;
    for (let i = 0; ; i = fed) {
      fed = Math.min(e.raw.length, i + step);
      inf.push(e.raw.subarray(i, fed), fed >= e.raw.length);
      if (fed >= e.raw.length) break;
      if (n < fed * CALM_RATIO) step = Math.min(MAX_STEP, step * 2);
    }
  } catch (err) {
    if (err instanceof PackageError) throw err;
    corrupt(`${e.name} does not inflate`);
  }
  if (n !== e.size) corrupt(`${e.name} smaller than declared`);
  return out;
}

/** Reads and inflates a whole package under the limits (with `inflateRaw` where given). Throws PackageError. */
export function readZip(bytes: Uint8Array, limits: ZipLimits = DEFAULT_LIMITS, inflateRaw?: RawInflate): ZipEntry[] {
  if (!isZip(bytes)) throw new PackageError('not-zip');
  const entries = readCentral(bytes, directory(bytes), limits);
  checkDeclared(entries, limits);
  return entries.map((e) => ({ ...e, data: inflateEntry(e, limits, inflateRaw) }));
}

// ---------------------------------------------------------------------------------------------
// CRC-32 (IEEE), for new and changed parts only.
// ---------------------------------------------------------------------------------------------

const CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let i = 0; i < 256; i++) {
    let c = i;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[i] = c;
  }
  return t;
})();

export function crc32(data: Uint8Array): number {
  let c = -1;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

// ---------------------------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------------------------

/** An entry to write: either copied (a ZipEntry as read) or new content. */
export type OutEntry = { kind: 'copy'; entry: ZipEntry } | { kind: 'new'; name: string; data: Uint8Array; template?: ZipEntry };

interface Prepared {
  nameBytes: Uint8Array;
  method: number;
  crc: number;
  csize: number;
  size: number;
  body: Uint8Array;
  versionMadeBy: number;
  versionNeeded: number;
  flags: number;
  time: number;
  date: number;
  externalAttrs: number;
}

const enc = new TextEncoder();
/** 1980-01-01 00:00 in DOS format: new parts carry no wall-clock time, so output is reproducible. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/**
 * Native compression a shell may supply for new parts (the CLI passes Node's zlib): raw deflate at
 * `level` and CRC-32, each several times faster than the portable code on a large sheet. Without
 * it the writer uses fflate and its own CRC table, the same in Node and the browser.
 */
export interface RawDeflate {
  deflateRaw: (data: Uint8Array, level: number) => Uint8Array;
  crc32?: (data: Uint8Array) => number;
}

function prepare(o: OutEntry, level: number, native?: RawDeflate): Prepared {
  if (o.kind === 'copy') {
    const e = o.entry;
    return {
      nameBytes: enc.encode(e.name),
      method: e.method,
      crc: e.crc,
      csize: e.raw.length,
      size: e.size,
      body: e.raw,
      versionMadeBy: e.versionMadeBy,
      versionNeeded: e.versionNeeded,
      // Bit 3 (data descriptor) is dropped: the sizes go into the local header instead.
      flags: e.flags & ~0x0008,
      time: e.time,
      date: e.date,
      externalAttrs: e.externalAttrs,
    };
  }
  const body = native ? native.deflateRaw(o.data, level) : deflateSync(o.data, { level: level as 1 });
  const t = o.template;
  return {
    nameBytes: enc.encode(o.name),
    method: 8,
    crc: native?.crc32 ? native.crc32(o.data) >>> 0 : crc32(o.data),
    csize: body.length,
    size: o.data.length,
    body,
    versionMadeBy: t?.versionMadeBy ?? 20,
    versionNeeded: 20,
    flags: (t?.flags ?? 0) & 0x0800,
    time: t?.time ?? 0,
    date: t?.date ?? DOS_DATE,
    externalAttrs: t?.externalAttrs ?? 0,
  };
}

class Writer {
  private chunks: Uint8Array[] = [];
  length = 0;
  put(b: Uint8Array): void {
    this.chunks.push(b);
    this.length += b.length;
  }
  header(fields: [number, 2 | 4][]): void {
    const size = fields.reduce((s, [, w]) => s + w, 0);
    const b = new Uint8Array(size);
    let o = 0;
    for (const [v, w] of fields) {
      b[o] = v & 0xff;
      b[o + 1] = (v >>> 8) & 0xff;
      if (w === 4) {
        b[o + 2] = (v >>> 16) & 0xff;
        b[o + 3] = (v >>> 24) & 0xff;
      }
      o += w;
    }
    this.put(b);
  }
  concat(): Uint8Array {
    const out = new Uint8Array(this.length);
    let o = 0;
    for (const c of this.chunks) {
      out.set(c, o);
      o += c.length;
    }
    return out;
  }
}

/**
 * Writes a zip of `entries` in the order given. `level` is the deflate level for new parts: 3
 * packs a 24 MB sheet three times faster than 6 for 4 % more bytes; copied parts are never
 * recompressed.
 */
export function writeZip(entries: OutEntry[], level = 3, native?: RawDeflate): Uint8Array {
  const prepared = entries.map((e) => prepare(e, level, native));
  const w = new Writer();
  const offsets: number[] = [];
  for (const p of prepared) {
    offsets.push(w.length);
    w.header([
      [SIG_LOCAL, 4], [p.versionNeeded, 2], [p.flags, 2], [p.method, 2], [p.time, 2], [p.date, 2],
      [p.crc, 4], [p.csize, 4], [p.size, 4], [p.nameBytes.length, 2], [0, 2],
    ]);
    w.put(p.nameBytes);
    w.put(p.body);
  }
  const cdStart = w.length;
  prepared.forEach((p, i) => {
    w.header([
      [SIG_CENTRAL, 4], [p.versionMadeBy, 2], [p.versionNeeded, 2], [p.flags, 2], [p.method, 2], [p.time, 2], [p.date, 2],
      [p.crc, 4], [p.csize, 4], [p.size, 4], [p.nameBytes.length, 2], [0, 2], [0, 2], [0, 2], [0, 2], [p.externalAttrs, 4], [offsets[i], 4],
    ]);
    w.put(p.nameBytes);
  });
  const cdSize = w.length - cdStart;
  if (w.length > 0xffffffff || prepared.length > 0xffff) throw new PackageError('too-large', 'output beyond zip32');
  w.header([[SIG_END, 4], [0, 2], [0, 2], [prepared.length, 2], [prepared.length, 2], [cdSize, 4], [cdStart, 4], [0, 2]]);
  return w.concat();
}
