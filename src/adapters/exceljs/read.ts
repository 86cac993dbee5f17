/**
 * ExcelJS workbook → the engine's plain `WorkbookInput`. Isomorphic: no file access here, so the
 * browser preview can reuse it with a workbook it loaded itself.
 */
import type ExcelJS from 'exceljs';
import type { CellInput, CellValue, RowInput, SheetInput, WorkbookInput } from '../../engine/types';
import { ownedSheetNames } from './ownership';

// ExcelJS ValueType numbers; the enum is not reachable through the default-export typings.
export const T = { Null: 0, Merge: 1, Number: 2, String: 3, Date: 4, Hyperlink: 5, Formula: 6, SharedString: 7, RichText: 8, Boolean: 9, Error: 10 } as const;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** ExcelJS dates are UTC instants of the serial; midnight → `YYYY-MM-DD`, else with the time. */
export function isoDate(d: Date): string | null {
  if (Number.isNaN(d.getTime())) return null;
  const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const h = d.getUTCHours();
  const m = d.getUTCMinutes();
  const s = d.getUTCSeconds();
  return h || m || s ? `${day} ${pad(h)}:${pad(m)}${s ? `:${pad(s)}` : ''}` : day;
}

function richToText(rt: unknown): string {
  if (rt && typeof rt === 'object' && Array.isArray((rt as { richText?: unknown }).richText)) {
    return ((rt as { richText: { text?: unknown }[] }).richText ?? []).map((p) => (typeof p.text === 'string' ? p.text : '')).join('');
  }
  return typeof rt === 'string' ? rt : '';
}

/** Any ExcelJS value (or formula result) → the engine's cached value. */
export function plainValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (v instanceof Date) return isoDate(v);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.error === 'string') return { error: o.error };
    if (Array.isArray(o.richText)) return richToText(o);
    if ('hyperlink' in o || 'text' in o) {
      const t = o.text;
      return typeof t === 'string' ? t : richToText(t);
    }
    if ('formula' in o || 'sharedFormula' in o) return plainValue(o.result);
  }
  return null;
}

/** `theme:4`, `indexed:12` … : colours that are not plain ARGB still mark a user's own fill. */
function colourKey(c: Partial<ExcelJS.Color> | undefined): string | undefined {
  if (!c) return undefined;
  if (typeof c.argb === 'string' && c.argb.length) return normaliseArgb(c.argb);
  if (typeof c.theme === 'number') return `theme:${c.theme}`;
  const indexed = (c as { indexed?: number }).indexed;
  if (typeof indexed === 'number') return `indexed:${indexed}`;
  return undefined;
}

function normaliseArgb(s: string): string {
  const u = s.toUpperCase();
  return u.length === 6 ? `FF${u}` : u;
}

/** Solid fills give their colour; patterns and gradients are a user's fill the engine must keep. */
export function fillKey(fill: ExcelJS.Fill | undefined): string | undefined {
  if (!fill) return undefined;
  if (fill.type === 'gradient') return 'gradient';
  if (fill.type !== 'pattern' || !fill.pattern || fill.pattern === 'none') return undefined;
  if (fill.pattern !== 'solid') return `pattern:${fill.pattern}`;
  return colourKey(fill.fgColor) ?? 'solid';
}

/** Font colour; the default text colours (theme 1 = dark text, indexed 8/64 = black/system) count as automatic. */
export function fontKey(font: Partial<ExcelJS.Font> | undefined): string | undefined {
  const c = font?.color as (Partial<ExcelJS.Color> & { indexed?: number }) | undefined;
  if (!c) return undefined;
  if (c.argb === undefined && (c.theme === 1 || c.indexed === 8 || c.indexed === 64)) return undefined;
  return colourKey(c);
}

function readCell(cell: ExcelJS.Cell): CellInput | undefined {
  const type = cell.type as number;
  // Only a merge's top-left cell carries the value (contract of SheetInput.merges).
  if (type === T.Merge) return undefined;
  // Not `cell.value` for a formula: ExcelJS builds a { formula, result } object on each read.
  if (type === T.Formula) return cellInput(cell.formula ?? undefined, (cell as unknown as { result?: unknown }).result, cell.style);
  return cellInput(undefined, cell.value as unknown, cell.style);
}

/**
 * One cell as engine input: its formula (undefined if none; ExcelJS translates shared formulas
 * for each cell), its value or the formula's cached result, and its style; undefined for a cell
 * with no value, formula or fill. Shared by the reading of ExcelJS's cells and of its parsed model
 * (read-parts.ts), so both give the same input.
 */
export function cellInput(formula: string | undefined, value: unknown, style: Partial<ExcelJS.Style> | undefined): CellInput | undefined {
  const out: CellInput = { v: plainValue(value) };
  if (formula !== undefined) out.f = formula;
  const fmt = style?.numFmt;
  if (fmt && fmt !== 'General') out.fmt = fmt;
  const fill = fillKey(style?.fill);
  if (fill) out.fill = fill;
  const font = fontKey(style?.font);
  if (font) out.font = font;
  if (out.v === null && out.f === undefined && out.fill === undefined) return undefined;
  return out;
}

interface RowCells {
  _cells?: (ExcelJS.Cell | undefined)[];
}
interface MergeMap {
  _merges?: Record<string, { range?: string }>;
}
interface TableLike {
  name?: string;
  table?: { name?: string; ref?: string; tableRef?: string };
}

function mergeRanges(ws: ExcelJS.Worksheet): string[] {
  const m = (ws as unknown as MergeMap)._merges ?? {};
  return Object.values(m)
    .map((r) => r?.range)
    .filter((r): r is string => typeof r === 'string')
    .map((r) => r.replace(/^.*!/, '').replace(/\$/g, ''));
}

function listObjects(ws: ExcelJS.Worksheet): { name: string; range: string }[] {
  const raw = (ws as unknown as { getTables?: () => unknown[] }).getTables?.() ?? [];
  const out: { name: string; range: string }[] = [];
  for (const t of raw as TableLike[]) {
    const model = t?.table;
    const name = model?.name ?? t?.name;
    const range = model?.tableRef ?? model?.ref;
    if (name && range) out.push({ name, range: range.replace(/\$/g, '') });
  }
  return out;
}

/** One row's cells into `rows` (nothing for a row without a value, fill or formula). */
function readRow(rows: (RowInput | undefined)[], row: ExcelJS.Row, rowNumber: number): number {
  // Walk the row's own sparse cell array; Row.eachCell({includeEmpty:true}) would create cells.
  const cells = (row as unknown as RowCells)._cells ?? [];
  const out: RowInput = [];
  // An index loop: this runs for every row of the file, and a closure per row is garbage.
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (!cell) continue;
    const c = readCell(cell);
    if (c) out[i] = c;
  }
  if (out.length) rows[rowNumber - 1] = out;
  return cells.length;
}

/** A sheet's input from its rows as read, with its merges (ExcelJS's, unless given) and Excel tables. */
export function sheetOf(ws: ExcelJS.Worksheet, rows: (RowInput | undefined)[], merges = mergeRanges(ws)): SheetInput {
  const sheet: SheetInput = { name: ws.name, rows };
  if (merges.length) sheet.merges = merges;
  const lo = listObjects(ws);
  if (lo.length) sheet.listObjects = lo;
  return sheet;
}

export function readSheet(ws: ExcelJS.Worksheet): SheetInput {
  const rows: (RowInput | undefined)[] = [];
  // includeEmpty: false walks only the rows that exist, so a lone cell in row 1 048 576 costs one row.
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => void readRow(rows, row, rowNumber));
  return sheetOf(ws, rows);
}

export function readWorkbook(wb: ExcelJS.Workbook, fileName: string): WorkbookInput {
  return {
    fileName,
    sheets: wb.worksheets.map(readSheet),
    ownedSheets: ownedSheetNames(wb),
  };
}

/**
 * `readWorkbook` in slices of about `sliceCells` cells with `pause()` awaited between them, for a
 * page that must keep painting while it reads a large workbook (the browser preview). The same
 * rows in the same order as `eachRow`, so the result is the same.
 */
export async function readWorkbookInSlices(wb: ExcelJS.Workbook, fileName: string, pause: () => Promise<void>, sliceCells = 10_000): Promise<WorkbookInput> {
  const sheets: SheetInput[] = [];
  for (const ws of wb.worksheets) {
    const rows: (RowInput | undefined)[] = [];
    const all = (ws as unknown as { _rows?: (ExcelJS.Row | undefined)[] })._rows ?? [];
    let cells = 0;
    for (let i = 0; i < all.length; i++) {
      const row = all[i];
      if (!row || !row.hasValues) continue;
      cells += readRow(rows, row, row.number);
      if (cells >= sliceCells) {
        cells = 0;
        await pause();
      }
    }
    sheets.push(sheetOf(ws, rows));
  }
  return { fileName, sheets, ownedSheets: ownedSheetNames(wb) };
}
