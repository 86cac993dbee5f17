/**
 * File I/O for the CLI: reading a workbook through the package guard (zip-bomb limits, required
 * parts) before ExcelJS sees it, with one-line reasons in the user's language.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import * as zlib from 'node:zlib';
import type ExcelJS from 'exceljs';
import type { Lang, WorkbookInput } from '../engine/types';
import type { Part } from '../adapters/exceljs/load-parts';
import { readParts } from '../adapters/exceljs/read-parts';
import { DEFAULT_LIMITS, openPackage, PackageError, type RawDeflate, type RawInflate, type WorkbookPackage, type ZipLimits } from '../adapters/xlsx-package';
import { M } from './messages';

/** A file the CLI cannot use; `message` is the one-line reason in the user's language. */
export class FileError extends Error {}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(buf: Uint8Array, sig: number[]): boolean {
  return buf.length >= sig.length && sig.every((b, i) => buf[i] === b);
}

async function readBytes(file: string, lang: Lang): Promise<Uint8Array> {
  const m = M[lang];
  try {
    const b = await fs.readFile(file);
    return new Uint8Array(b.buffer, b.byteOffset, b.length);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new FileError(m.missing);
    if (code === 'EISDIR') throw new FileError(m.isDir);
    if (code === 'EACCES' || code === 'EPERM') throw new FileError(m.noAccess);
    throw new FileError(m.readFailed(code ?? 'EIO'));
  }
}

/** PackageError → the user's one line. */
export function packageMessage(e: PackageError, lang: Lang, limits: ZipLimits): string {
  const m = M[lang];
  switch (e.code) {
    case 'too-large':
      return m.tooLarge(Math.round(limits.maxTotalBytes / (1024 * 1024)));
    case 'not-zip':
      return m.notXlsx;
    case 'not-workbook':
      return m.notWorkbook;
    case 'missing-part':
      return m.missingPart(e.detail, e.sheet);
    case 'corrupt':
      return m.corrupt;
  }
}

export interface LoadedWorkbook<P extends WorkbookPackage | null = WorkbookPackage> {
  /** The package as read: the patcher writes through it (null when not asked for). */
  pkg: P;
  /** The engine's input, read by ExcelJS from the same bytes. */
  input: WorkbookInput;
}

/**
 * Node's zlib for the package guard: native code inflates a sheet several times faster than the
 * portable inflater can on a cold start, under the same limits (each entry stops at its declared
 * size, which passed the limits first).
 */
export const nodeInflate: RawInflate = (raw, maxOut) => {
  try {
    return zlib.inflateRawSync(raw, { maxOutputLength: Math.max(1, maxOut) });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return null;
    throw e;
  }
};

/**
 * Node's zlib for the parts the patcher writes anew: native deflate packs a 10 000-row sheet in a
 * fraction of the portable deflater's time (apply was spending a third of its time there), and
 * zlib's CRC-32 where this Node has it (20.15+).
 */
export const nodeDeflate: RawDeflate = {
  deflateRaw: (data, level) => zlib.deflateRawSync(data, { level }),
  crc32: typeof zlib.crc32 === 'function' ? (data) => zlib.crc32(data) : undefined,
};

export function limitsFor(maxSizeMb?: number): ZipLimits {
  return maxSizeMb ? { ...DEFAULT_LIMITS, maxTotalBytes: Math.round(maxSizeMb * 1024 * 1024) } : DEFAULT_LIMITS;
}

/**
 * Loads a workbook. The signature is checked first (encrypted workbooks and old .xls files are OLE
 * compound files), then the package under its limits, and only then does ExcelJS unpack it, so a
 * zip bomb or a workbook missing a part never reaches it.
 *
 * What is not needed later is let go as early as it can be, for peak memory and for the garbage
 * collector's sake (every full collection walks what is still held): the checked package unless
 * `keepPackage` (only apply writes through it), and ExcelJS's workbook — its cells are several
 * times the engine's input — as soon as the input is read from it.
 */
export async function loadWorkbook(file: string, lang: Lang, limits?: ZipLimits): Promise<LoadedWorkbook>;
export async function loadWorkbook(file: string, lang: Lang, limits: ZipLimits | undefined, keepPackage: false): Promise<LoadedWorkbook<null>>;
export async function loadWorkbook(file: string, lang: Lang, limits: ZipLimits = DEFAULT_LIMITS, keepPackage = true): Promise<LoadedWorkbook<WorkbookPackage | null>> {
  const m = M[lang];
  const buf = await readBytes(file, lang);
  if (startsWith(buf, OLE)) throw new FileError(m.encrypted);
  if (!startsWith(buf, ZIP)) throw new FileError(m.notXlsx);
  let pkg: WorkbookPackage | null;
  try {
    pkg = openPackage(buf, limits, nodeInflate);
  } catch (e) {
    if (e instanceof PackageError) throw new FileError(packageMessage(e, lang, limits));
    throw new FileError(m.corrupt);
  }
  // ExcelJS would unzip the bytes again (inflating every part in JavaScript): its parsers get the
  // parts the guard has inflated natively, and the input is read from what they make.
  const parts = pkg.entries;
  if (!keepPackage) pkg = null;
  const input = await readInput(parts, path.basename(file), lang);
  collectGarbage();
  return { pkg, input };
}

/**
 * One full garbage collection, now: ExcelJS's workbook has just become garbage (hundreds of MB for
 * a 100 000-row sheet), and V8 would otherwise keep it until the engine's allocations reach a limit
 * set while it was alive — the engine would run beside it, and peak memory would be both. The way
 * Jest asks for a collection; where V8 does not allow it, nothing happens.
 */
function collectGarbage(): void {
  try {
    setFlagsFromString('--expose-gc');
    (runInNewContext('gc') as () => void)();
  } catch {
    // Only memory and time are at stake.
  }
}

/** ExcelJS's reading of the parts as engine input; its workbook goes when this returns. */
async function readInput(parts: readonly Part[], fileName: string, lang: Lang): Promise<WorkbookInput> {
  const wb = await newWorkbook();
  try {
    return await readParts(wb, parts, fileName);
  } catch {
    // ExcelJS's own messages name its internals ('sheetNo', 'theme'); the user gets ours.
    throw new FileError(M[lang].corrupt);
  }
}

/**
 * ExcelJS is loaded when first needed: it takes longer to load than a refused file takes to check,
 * so bad input is answered at once.
 */
export async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const { default: Excel } = await import('exceljs');
  return new Excel.Workbook();
}

export async function exists(p: string): Promise<boolean> {
  try {
    await fs.lstat(p);
    return true;
  } catch {
    return false;
  }
}

const EXCEL_EXT = /\.(xlsx|xlsm|xltx|xltm)$/i;

/** `plan.xlsx` → `plan.planark.xlsx`, `plan.xlsm` → `plan.planark.xlsm`, beside the input. */
export function defaultOutput(input: string, kindExt = '.xlsx'): string {
  const dir = path.dirname(input);
  const base = path.basename(input);
  const m = EXCEL_EXT.exec(base);
  const stem = m ? base.slice(0, m.index) : base;
  return path.join(dir, `${stem}.planark${m ? m[0].toLowerCase() : kindExt}`);
}

/** True when `target` ends in the extension the package's kind needs (Excel refuses a mismatch). */
export function extensionFits(target: string, kindExt: string): boolean {
  return path.extname(target).toLowerCase() === kindExt.toLowerCase();
}

/** True when two paths name the same file (resolving symlinks where the file exists). */
export async function samePath(a: string, b: string): Promise<boolean> {
  const real = async (p: string) => fs.realpath(p).catch(() => path.resolve(p));
  return (await real(a)) === (await real(b));
}

/** `plan.xlsx` → `plan.rapport-t2.docx` (`plan.report-t2.docx` in English), beside the input. */
export function defaultReportOutput(input: string, period: string, lang: Lang): string {
  const dir = path.dirname(input);
  const base = path.basename(input);
  const m = EXCEL_EXT.exec(base);
  const stem = m ? base.slice(0, m.index) : base;
  return path.join(dir, `${stem}.${lang === 'sv' ? 'rapport' : 'report'}-${period}.docx`);
}
