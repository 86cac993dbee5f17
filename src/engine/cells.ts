/** Small helpers over the plain workbook data: addresses, cell access, text folding. */
import type { CellInput, CellValue, SheetInput } from './types';
import type { Ref } from './model';

/** 0-based column → letters (0 → A, 26 → AA). */
export function colLetters(c: number): string {
  let s = '';
  let n = c + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 0-based row and column → A1. */
export function a1(r: number, c: number): string {
  return `${colLetters(c)}${r + 1}`;
}

/** A1 → 0-based row/column; throws on malformed input (callers pass our own addresses). */
export function parseA1(addr: string): { r: number; c: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(addr.trim());
  if (!m) throw new Error(`Bad A1 address: ${addr}`);
  let c = 0;
  for (const ch of m[1].toUpperCase()) c = c * 26 + (ch.charCodeAt(0) - 64);
  return { r: Number(m[2]) - 1, c: c - 1 };
}

/** `A1:C5` → corners (0-based, inclusive). A single cell is a 1×1 range. */
export function parseRange(range: string): { r1: number; c1: number; r2: number; c2: number } {
  const [a, b] = range.split(':');
  const p = parseA1(a);
  const q = b ? parseA1(b) : p;
  return { r1: Math.min(p.r, q.r), c1: Math.min(p.c, q.c), r2: Math.max(p.r, q.r), c2: Math.max(p.c, q.c) };
}

export function ref(sheet: string, r: number, c: number): Ref {
  return { sheet, r, c, cell: a1(r, c) };
}

export function getCell(sheet: SheetInput, r: number, c: number): CellInput | undefined {
  return sheet.rows[r]?.[c];
}

export function getValue(sheet: SheetInput, r: number, c: number): CellValue {
  return sheet.rows[r]?.[c]?.v ?? null;
}

export function isErrorValue(v: CellValue): v is { error: string } {
  return typeof v === 'object' && v !== null && 'error' in v;
}

/** A cell's value as display text (numbers unformatted, errors as their code). */
export function valueText(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return v.error;
}

export function isBlank(v: CellValue): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** Number of rows in a sheet (index of last present row + 1). */
export function rowCount(sheet: SheetInput): number {
  return sheet.rows.length;
}

/** Width of a row: index of last present cell + 1. */
export function rowWidth(sheet: SheetInput, r: number): number {
  return sheet.rows[r]?.length ?? 0;
}

/**
 * Fold text for matching: lower case, accents removed (å→a, ö→o, é→e), punctuation trimmed and
 * runs of whitespace (including no-break space) collapsed.
 */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u00a0\u2007\u202f\s]+/g, ' ')
    .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '')
    .trim();
}

/** Fold for link matching: case and whitespace only (SPEC §3b: "whitespace and case folded"). */
export function foldLink(s: string): string {
  return s.replace(/[\u00a0\u2007\u202f\s]+/g, ' ').trim().toLowerCase();
}

/** Split a link cell into parent names on `,`, `;` and line breaks. */
export function splitLinks(s: string): string[] {
  return s
    .split(/[;,\n\r]+/)
    .map((x) => x.trim())
    .filter((x) => x.length > 0);
}
