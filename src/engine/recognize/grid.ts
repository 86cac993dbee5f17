/**
 * Sparse-safe access to a sheet for recognition: present rows/cells only (a sheet whose `rows`
 * reaches row 1 048 576 must not cost a loop over every empty row), and merged ranges.
 */
import { fold, isBlank, parseRange, valueText } from '../cells';
import type { CellInput, CellValue, SheetInput } from '../types';

/** Evenly spread slots looked at to tell a filled long array from a sparse one. */
const PROBES = 64;

/** Whether most of a long array's slots look filled (a plan of 100 000 rows, not one far cell). */
function mostlyFilled<T>(arr: readonly (T | undefined)[]): boolean {
  let hits = 0;
  const step = arr.length / PROBES;
  for (let k = 0; k < PROBES; k++) {
    const x = arr[Math.floor(k * step)];
    if (x !== undefined && x !== null) hits++;
  }
  return hits * 2 >= PROBES;
}

/** Indices of present entries of a possibly sparse array, ascending. */
export function presentIndices<T>(arr: readonly (T | undefined)[]): number[] {
  const out: number[] = [];
  // A filled array is walked by index: listing its keys would make a string per row.
  if (arr.length <= 4096 || mostlyFilled(arr)) {
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

/** Whether a row's cell at c counts in `rowCells` (present, an object, not blank). */
function counts(row: readonly (CellInput | undefined)[], c: number): boolean {
  const cell = row[c];
  return !!cell && typeof cell === 'object' && !isBlank(cell.v ?? null);
}

/**
 * How many cells `rowCells(sheet, r)` would give within columns c1..c2 (counting stops at
 * `upTo`), without building them: recognition asks this of every body row, and a plan's body is
 * most of its cells.
 */
export function countCells(sheet: SheetInput, r: number, c1 = -Infinity, c2 = Infinity, upTo = Infinity): number {
  const row = sheet.rows[r];
  if (!row || !Array.isArray(row)) return 0;
  let n = 0;
  if (row.length > 4096) {
    for (const c of presentIndices(row)) if (c >= c1 && c <= c2 && counts(row, c) && ++n >= upTo) break;
    return n;
  }
  const last = Math.min(row.length - 1, c2);
  for (let c = Math.max(0, c1); c <= last; c++) if (counts(row, c) && ++n >= upTo) break;
  return n;
}

/** The trimmed text of the cell `rowCells(sheet, r)` would give at column c, or null when it gives none. */
export function cellText(sheet: SheetInput, r: number, c: number): string | null {
  const row = sheet.rows[r];
  if (!row || !Array.isArray(row) || !Number.isInteger(c) || c < 0 || !counts(row, c)) return null;
  return valueText((row[c] as CellInput).v ?? null).trim();
}

/** Whether `rowCells(sheet, r)` holds at least two cells and all of them text: a header row's first test. */
export function allTextCells(sheet: SheetInput, r: number): boolean {
  const row = sheet.rows[r];
  if (!row || !Array.isArray(row)) return false;
  let n = 0;
  if (row.length > 4096) {
    for (const c of presentIndices(row)) {
      if (!counts(row, c)) continue;
      if (typeof (row[c] as CellInput).v !== 'string') return false;
      n++;
    }
    return n >= 2;
  }
  // Asked of every row of a sheet: a plain loop, no closure.
  for (let c = 0; c < row.length; c++) {
    if (!counts(row, c)) continue;
    if (typeof (row[c] as CellInput).v !== 'string') return false;
    n++;
  }
  return n >= 2;
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
  /** Position in the sheet's list: where merges overlap (malformed input), the first one wins. */
  order: number;
  /** The top-left cell, as `origin` answers it (one object per merge, not one per lookup). */
  at: Readonly<{ r: number; c: number }>;
}

/** Merges of one column sorted by first row, with the furthest last row reached so far. */
interface Lane {
  merges: Merge[];
  reach: number[];
}

/** Whether a merge covers (r, c) other than at its top-left. A function of its own, not a closure: origin() is asked per blank cell. */
function covers(m: Merge, r: number, c: number): boolean {
  return r >= m.r1 && r <= m.r2 && c >= m.c1 && c <= m.c2 && (r !== m.r1 || c !== m.c1);
}

/** Merges wider than this are checked one by one instead of being indexed per column. */
const WIDE = 64;

/**
 * Values of merged cells: every cell of a merge reads the top-left value. Indexed by column and
 * first row, so a lookup costs a binary search however many goals are merged down a long plan.
 */
export class MergeMap {
  private readonly merges: Merge[] = [];
  private readonly lanes = new Map<number, Lane>();
  private readonly wide: Merge[] = [];

  constructor(sheet: SheetInput) {
    for (const m of sheet.merges ?? []) {
      try {
        const p = parseRange(m);
        if (p.r2 > p.r1 || p.c2 > p.c1) this.merges.push({ r1: p.r1, c1: p.c1, r2: p.r2, c2: p.c2, order: this.merges.length, at: Object.freeze({ r: p.r1, c: p.c1 }) });
      } catch {
        // A malformed merge address only loses the fill-in; the rest of the sheet is still read.
      }
    }
    const byCol = new Map<number, Merge[]>();
    for (const m of this.merges) {
      if (m.c2 - m.c1 >= WIDE) {
        this.wide.push(m);
        continue;
      }
      for (let c = m.c1; c <= m.c2; c++) {
        const list = byCol.get(c);
        if (list) list.push(m);
        else byCol.set(c, [m]);
      }
    }
    for (const [c, list] of byCol) {
      list.sort((a, b) => a.r1 - b.r1 || a.order - b.order);
      const reach: number[] = [];
      let far = -1;
      for (const m of list) reach.push((far = Math.max(far, m.r2)));
      this.lanes.set(c, { merges: list, reach });
    }
  }

  /** Top-left cell of the merge covering (r, c), when it is not itself the top-left. */
  origin(r: number, c: number): Readonly<{ r: number; c: number }> | null {
    let best: Merge | null = null;
    const lane = this.lanes.get(c);
    if (lane) {
      // Last merge starting at or above r; walk up while earlier merges can still reach r.
      let lo = 0;
      let hi = lane.merges.length - 1;
      let at = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (lane.merges[mid].r1 <= r) {
          at = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      for (let i = at; i >= 0 && lane.reach[i] >= r; i--) {
        const m = lane.merges[i];
        if (covers(m, r, c) && (!best || m.order < best.order)) best = m;
      }
    }
    for (const m of this.wide) if (covers(m, r, c) && (!best || m.order < best.order)) best = m;
    return best ? best.at : null;
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
