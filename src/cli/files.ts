/** File I/O for the CLI: reading .xlsx with clear one-line reasons, and atomic writes. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Lang } from '../engine/types';
import { M } from './messages';

/** A file the CLI cannot use; `message` is the one-line reason in the user's language. */
export class FileError extends Error {}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(buf: Uint8Array, sig: number[]): boolean {
  return buf.length >= sig.length && sig.every((b, i) => buf[i] === b);
}

async function readBytes(file: string, lang: Lang): Promise<Buffer> {
  const m = M[lang];
  try {
    return await fs.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new FileError(m.missing);
    if (code === 'EISDIR') throw new FileError(m.isDir);
    if (code === 'EACCES' || code === 'EPERM') throw new FileError(m.noAccess);
    throw new FileError((e as Error).message);
  }
}

/**
 * Loads an .xlsx. The signature is checked first: encrypted workbooks and old .xls files are OLE
 * compound files (D0 CF 11 E0), which ExcelJS would only report as a cryptic zip error.
 */
export async function loadWorkbook(file: string, lang: Lang): Promise<ExcelJS.Workbook> {
  const m = M[lang];
  const buf = await readBytes(file, lang);
  if (startsWith(buf, OLE)) throw new FileError(m.encrypted);
  if (!startsWith(buf, ZIP)) throw new FileError(m.notXlsx);
  const wb = new ExcelJS.Workbook();
  lossyParts.set(wb, findLossyParts(buf));
  try {
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
  } catch (e) {
    const msg = ((e as Error)?.message ?? String(e)).split('\n')[0].slice(0, 120);
    throw new FileError(m.corrupt(msg));
  }
  // A sound zip that is not a workbook (a .docx, any archive) loads as an empty workbook.
  if (!buf.includes('xl/workbook.xml')) throw new FileError(m.notXlsx);
  return wb;
}

/**
 * Parts of a package that ExcelJS does not carry through a load and save: writing such a workbook
 * back would silently drop them. Entry names are stored uncompressed in the zip directory, so a
 * byte search finds them without unpacking.
 */
const LOSSY: [string, string][] = [
  ['xl/vbaProject.bin', 'macros'],
  ['xl/charts/', 'charts'],
  ['xl/pivotTables/', 'pivot tables'],
  ['xl/drawings/', 'drawings'],
  ['xl/externalLinks/', 'external links'],
  ['xl/slicers/', 'slicers'],
];
const lossyParts = new WeakMap<ExcelJS.Workbook, string[]>();

export function findLossyParts(buf: Buffer): string[] {
  return LOSSY.filter(([entry]) => buf.includes(entry)).map(([, what]) => what);
}

/** What writing this workbook back would lose (see findLossyParts). */
export function lossyPartsOf(wb: ExcelJS.Workbook): string[] {
  return lossyParts.get(wb) ?? [];
}

export async function workbookBytes(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/**
 * Writes via a temporary file in the target's folder and renames it into place, so a crash or a
 * full disk never leaves a half-written workbook (rename is atomic within one file system).
 */
export async function writeAtomic(target: string, data: Uint8Array): Promise<void> {
  const dir = path.dirname(path.resolve(target));
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await fs.writeFile(tmp, data, { flag: 'wx' });
    await fs.rename(tmp, target);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw e;
  }
}

export async function exists(p: string): Promise<boolean> {
  try {
    await fs.access(p);
    return true;
  } catch {
    return false;
  }
}

/** `plan.xlsx` → `plan.planark.xlsx` beside it. */
export function defaultOutput(input: string): string {
  const dir = path.dirname(input);
  const base = path.basename(input).replace(/\.xlsx$/i, '');
  return path.join(dir, `${base}.planark.xlsx`);
}

/** True when two paths name the same file (resolving symlinks where the file exists). */
export async function samePath(a: string, b: string): Promise<boolean> {
  const real = async (p: string) => fs.realpath(p).catch(() => path.resolve(p));
  return (await real(a)) === (await real(b));
}
