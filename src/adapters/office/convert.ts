/**
 * Pure helpers between Office.js shapes and the engine's plain data: colours, cell values and
 * grouping fill edits into ranges. No Office calls here.
 */
import type { CellInput, CellValue, FillEdit, GenCell } from '../../engine/types';
import { a1, colLetters, parseA1 } from '../../engine/cells';

/** `#RRGGBB` (Office) → `FFRRGGBB` (engine ARGB); null for anything else. */
export function officeToArgb(c: string | null | undefined): string | null {
  if (!c) return null;
  const m = /^#?([0-9a-f]{6})$/i.exec(c.trim());
  return m ? `FF${m[1].toUpperCase()}` : null;
}

/** `FFRRGGBB` or `RRGGBB` → `#RRGGBB`. */
export function argbToOffice(argb: string): string {
  const hex = argb.replace(/^#/, '');
  return `#${(hex.length === 8 ? hex.slice(2) : hex).toUpperCase()}`;
}

/**
 * A cell's fill as the engine sees it. "No fill" and a white fill both read back as `#FFFFFF`
 * (and pattern says nothing either, office-js #4900); only `tintAndShade` tells them apart: it
 * is null for no fill and a number for any fill, white included.
 */
export function readFill(color: string | undefined | null, tintAndShade: number | undefined | null): string | undefined {
  if (tintAndShade === null || tintAndShade === undefined) return undefined;
  return officeToArgb(color) ?? undefined;
}

/** Font colour; black is what Excel reports for "automatic", which the engine calls absent. */
export function readFont(color: string | undefined | null): string | undefined {
  const argb = officeToArgb(color);
  return !argb || argb === 'FF000000' ? undefined : argb;
}

const DATE_FORMAT = /(^|[^"\\])(y{2,4}|d{1,2}|m{3,})/i;

/** Excel serial day → ISO date (1900 system); null outside Excel's date range (1900–9999). */
export function serialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2958466) return null;
  const ms = Math.round((serial - 25569) * 86400000);
  return new Date(ms).toISOString().slice(0, 10);
}

export interface RawCell {
  value: unknown;
  formula: unknown;
  numberFormat: unknown;
  valueType?: string;
  fill?: string;
  font?: string;
}

/** One cell from Office arrays to engine input; undefined when it is empty and unformatted. */
export function toCellInput(raw: RawCell): CellInput | undefined {
  let v: CellValue = null;
  const value = raw.value;
  const fmt = typeof raw.numberFormat === 'string' && raw.numberFormat !== 'General' ? raw.numberFormat : undefined;
  if (raw.valueType === 'Error' || (typeof value === 'string' && raw.valueType === undefined && /^#(DIV\/0!|N\/A|NAME\?|NULL!|NUM!|REF!|VALUE!|SPILL!|CALC!)$/.test(value))) {
    v = { error: String(value) };
  } else if (typeof value === 'number') {
    const iso = fmt && DATE_FORMAT.test(fmt.replace(/\[[^\]]*\]/g, '')) && !fmt.includes('%') ? serialToIso(value) : null;
    v = iso ?? value;
  } else if (typeof value === 'boolean') {
    v = value;
  } else if (typeof value === 'string' && value !== '') {
    v = value;
  }
  const f = typeof raw.formula === 'string' && raw.formula.startsWith('=') ? raw.formula.slice(1) : undefined;
  if (v === null && !f && !raw.fill && !raw.font) return undefined;
  const cell: CellInput = { v };
  if (f) cell.f = f;
  if (fmt) cell.fmt = fmt;
  if (raw.fill) cell.fill = raw.fill;
  if (raw.font) cell.font = raw.font;
  return cell;
}

/** A run of cells in one column sharing the same edit. */
export interface FillRun {
  sheet: string;
  /** A1 range, `C3` or `C3:C9`. */
  address: string;
  fill: string | null;
  font?: string | null;
}

/**
 * Groups fill edits into runs: contiguous cells in a column with the same fill and font become
 * one range, so a column of 10 000 green results is one write, not 10 000.
 */
export function groupFillRuns(fills: FillEdit[]): FillRun[] {
  const byCol = new Map<string, { r: number; c: number; e: FillEdit }[]>();
  for (const e of fills) {
    const { r, c } = parseA1(e.cell);
    const k = `${e.sheet}\u0000${c}`;
    let list = byCol.get(k);
    if (!list) byCol.set(k, (list = []));
    list.push({ r, c, e });
  }
  const runs: FillRun[] = [];
  const same = (x: FillEdit, y: FillEdit) => x.fill === y.fill && x.font === y.font;
  for (const list of byCol.values()) {
    list.sort((x, y) => x.r - y.r);
    let start = 0;
    for (let i = 1; i <= list.length; i++) {
      const cur = list[i];
      const prev = list[i - 1];
      if (cur && cur.r === prev.r + 1 && same(cur.e, prev.e)) continue;
      const first = list[start];
      const address = first.r === prev.r ? a1(first.r, first.c) : `${a1(first.r, first.c)}:${a1(prev.r, prev.c)}`;
      const run: FillRun = { sheet: first.e.sheet, address, fill: first.e.fill };
      if (first.e.font !== undefined) run.font = first.e.font;
      runs.push(run);
      start = i;
    }
  }
  return runs;
}

/** Fill runs of one sheet, column, fill and font, written with one `getRanges` call. */
export interface FillAreas {
  sheet: string;
  /** A1 addresses joined by commas: `H7,H17:H19,H30`. */
  address: string;
  fill: string | null;
  font?: string | null;
  /** How many runs it writes (for progress). */
  runs: number;
}

/**
 * Joins the runs of one column that share a colour, so a column whose results alternate
 * green/red costs one write per colour, not one per cell. Chunked by address length: Excel
 * rejects long multi-area addresses with InvalidArgument at an undocumented length (office-js
 * #5198 saw failures past 8 000 characters), so chunks stay far below that.
 */
export function groupFillAreas(runs: FillRun[], maxChars = 2000): FillAreas[] {
  const groups = new Map<string, FillRun[]>();
  for (const r of runs) {
    const col = r.address.replace(/\d+/g, '').split(':')[0];
    const k = JSON.stringify([r.sheet, col, r.fill, r.font === undefined ? '\u0000' : r.font]);
    let g = groups.get(k);
    if (!g) groups.set(k, (g = []));
    g.push(r);
  }
  const out: FillAreas[] = [];
  for (const g of groups.values()) {
    let parts: string[] = [];
    let len = 0;
    const flush = () => {
      if (!parts.length) return;
      const first = g[0];
      const a: FillAreas = { sheet: first.sheet, address: parts.join(','), fill: first.fill, runs: parts.length };
      if (first.font !== undefined) a.font = first.font;
      out.push(a);
      parts = [];
      len = 0;
    };
    for (const r of g) {
      if (parts.length && len + 1 + r.address.length > maxChars) flush();
      len += (parts.length ? 1 : 0) + r.address.length;
      parts.push(r.address);
    }
    flush();
  }
  return out;
}

/** Range address of a block (0-based, inclusive). */
export function blockAddress(r1: number, c1: number, r2: number, c2: number): string {
  return r1 === r2 && c1 === c2 ? a1(r1, c1) : `${a1(r1, c1)}:${a1(r2, c2)}`;
}

export function columnAddress(c: number): string {
  return `${colLetters(c)}:${colLetters(c)}`;
}

/**
 * Values and number formats for a block of generated rows. Every text cell gets `@` so that
 * user text such as `=SUM(A1)` stays text; formulas are written separately from `formula`.
 */
export function genBlock(rows: GenCell[][], width: number): { values: (string | number | boolean)[][]; formats: string[][] } {
  const values: (string | number | boolean)[][] = [];
  const formats: string[][] = [];
  for (const row of rows) {
    const vs: (string | number | boolean)[] = [];
    const fs: string[] = [];
    for (let c = 0; c < width; c++) {
      const g = row[c];
      if (!g || g.formula) {
        vs.push('');
        fs.push(g?.numFmt ?? 'General');
      } else if (typeof g.v === 'string') {
        vs.push(g.v);
        fs.push('@');
      } else {
        vs.push(g.v ?? '');
        fs.push(g.numFmt ?? 'General');
      }
    }
    values.push(vs);
    formats.push(fs);
  }
  return { values, formats };
}

/** Reads the theme: dark when the body background's luminance is low. */
export function isDarkColour(bg: string | undefined | null): boolean {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(bg ?? '');
  if (!m) return false;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}
