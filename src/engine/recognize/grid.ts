/**
 * Sparse-safe access to a sheet for recognition: present rows/cells only (a sheet whose `rows`
 * reaches row 1 048 576 must not cost a loop over every empty row), and merged ranges.
 */
import { fold, isBlank, parseRange, valueText } from '../cells';
import type { CellInput, CellValue, SheetInput } from '../types';

/** Indices of present entries of a possibly sparse array, ascending. */
export function presentIndices<T>(arr: readonly (T | undefined)[]): number[] {
  const out: number[] = [];
  if (arr.length <= 4096) {
    for (let i = 0; i < arr.length; i++) if (arr[i] !== undefined && arr[i] !== null) out.push(i);
    return out;
  }
  // Object.keys only lists set slots, so holes cost nothing; integer keys come in ascending order.
  for (const k of Object.keys(arr)) {
    const i = Number(k);
    if (Number.isInteger(i) && i >= 0 && arr[i] !== undefined && arr[i] !== null) out.push(i);
  }
  return out;
}

export interface RowCell {
  c: number;
  cell: CellInput;
  v: CellValue;
  /** Trimmed display text. */
  text: string;
}

/** Non-blank cells of one row, by column. */
export function rowCells(sheet: SheetInput, r: number): RowCell[] {
  const row = sheet.rows[r];
  if (!row || !Array.isArray(row)) return [];
  const out: RowCell[] = [];
  for (const c of presentIndices(row)) {
    const cell = row[c];
    if (!cell || typeof cell !== 'object') continue;
    const v = cell.v ?? null;
    if (isBlank(v)) continue;
    out.push({ c, cell, v, text: valueText(v).trim() });
  }
  return out;
}

const NUMERIC_TEXT = /^[-−+]?\d{1,3}(?:[ \u00a0\u202f]\d{3})*(?:[.,]\d+)?\s*%?$|^[-−+]?\d+(?:[.,]\d+)?\s*%?$/;

/** A number, or text written as a number (`1 060`, `6,5`, `95 %`). */
export function isNumberLike(v: CellValue): boolean {
  if (typeof v === 'number') return Number.isFinite(v);
  if (typeof v === 'string') return NUMERIC_TEXT.test(v.trim());
  return false;
}

/** Integer-like value such as an ansvar code (`294101`). */
export function isCodeLike(v: CellValue): boolean {
  if (typeof v === 'number') return Number.isInteger(v) && v >= 0;
  if (typeof v === 'string') return /^\d{2,10}$/.test(v.trim());
  return false;
}

interface Merge {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

/** Values of merged cells: every cell of a merge reads the top-left value. */
export class MergeMap {
  private readonly merges: Merge[] = [];

  constructor(sheet: SheetInput) {
    for (const m of sheet.merges ?? []) {
      try {
        const p = parseRange(m);
        if (p.r2 > p.r1 || p.c2 > p.c1) this.merges.push(p);
      } catch {
        // A malformed merge address only loses the fill-in; the rest of the sheet is still read.
      }
    }
  }

  /** Top-left cell of the merge covering (r, c), when it is not itself the top-left. */
  origin(r: number, c: number): { r: number; c: number } | null {
    for (const m of this.merges) {
      if (r >= m.r1 && r <= m.r2 && c >= m.c1 && c <= m.c2 && (r !== m.r1 || c !== m.c1)) return { r: m.r1, c: m.c1 };
    }
    return null;
  }

  get size(): number {
    return this.merges.length;
  }
}

/** Folded first text of a row, for titles and labels. */
export function firstText(cells: RowCell[]): RowCell | undefined {
  return cells.find((x) => typeof x.v === 'string' && x.text !== '');
}

/** Small edit distance, for page-break header repeats that OCR/typing bent (`Gruppbestäder`). */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    let rowMin = prev[0];
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
      if (prev[j] < rowMin) rowMin = prev[j];
    }
    if (rowMin > max) return max + 1;
  }
  return prev[b.length];
}

/** Two header texts are the same header, allowing a typo in longer words. */
export function sameHeaderText(a: string, b: string): boolean {
  const x = fold(a);
  const y = fold(b);
  if (x === y) return true;
  const longer = Math.max(x.length, y.length);
  return longer >= 6 && editDistance(x, y, 2) <= (longer >= 10 ? 2 : 1);
}
