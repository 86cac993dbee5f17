/**
 * An ExcelJS worksheet reduced to what the grid paints: display text, colours and sizes. Built
 * once per sheet and change, so scrolling only slices arrays.
 */
import type ExcelJS from 'exceljs';
import { fillKey, fontKey, plainValue } from '../adapters/exceljs';
import type { Lang } from '../engine/types';
import { formatValue } from './format';

export interface ViewCell {
  text: string;
  /** Fill as the file has it (`FFC6EFCE`, `theme:4`); absent = no fill. */
  fill?: string;
  font?: string;
  bold?: boolean;
  italic?: boolean;
  /** Numbers align right as in Excel. */
  number?: boolean;
  wrap?: boolean;
  /** Raw content for the formula bar (`=SUM(C3:C9)` or the value). */
  raw: string;
}

export interface SheetView {
  name: string;
  rowCount: number;
  colCount: number;
  /** Pixel height of each row (0-based). */
  rowHeights: number[];
  /** Pixel width of each column (0-based). */
  colWidths: number[];
  /** Sparse: cells[r][c]. */
  cells: (ViewCell | undefined)[][];
}

export const DEFAULT_ROW_PX = 22;
export const DEFAULT_COL_PX = 72;
const MAX_COLS = 200;

/** Excel's column width (characters) → pixels, roughly as Excel draws it at 100 %. */
export function colPx(width: number | undefined): number {
  if (!width || !Number.isFinite(width) || width <= 0) return DEFAULT_COL_PX;
  return Math.min(Math.max(Math.round(width * 7 + 5), 24), 800);
}

/** Row height in points → pixels; wrapped text without a stored height gets room for its lines. */
function rowPx(height: number | undefined, lines: number): number {
  if (height && Number.isFinite(height) && height > 0) return Math.min(Math.max(Math.round((height * 4) / 3), 14), 400);
  return Math.min(DEFAULT_ROW_PX + (lines - 1) * 16, 120);
}

interface RowCells {
  _cells?: (ExcelJS.Cell | undefined)[];
}

/** Width without ws.getColumn(), which would create column records that end up in the download. */
function colWidth(ws: ExcelJS.Worksheet, c: number): number | undefined {
  return (ws as unknown as { _columns?: ({ width?: number } | undefined)[] })._columns?.[c]?.width;
}

function rawText(cell: ExcelJS.Cell, text: string): string {
  const f = cell.formula;
  return f ? `=${f}` : text;
}

export function buildSheetView(ws: ExcelJS.Worksheet, lang: Lang, extraRows = 40, extraCols = 4): SheetView {
  const cells: (ViewCell | undefined)[][] = [];
  const heights = new Map<number, number>();
  let maxRow = 0;
  let maxCol = 0;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    const out: (ViewCell | undefined)[] = [];
    let lines = 1;
    // The row's own sparse array: eachCell({includeEmpty}) would create cells as it walks.
    ((row as unknown as RowCells)._cells ?? []).forEach((cell, c) => {
      if (!cell || c >= MAX_COLS) return;
      // Merged cells other than the top-left one show nothing, as in Excel.
      const master = (cell as unknown as { isMerged?: boolean; master?: ExcelJS.Cell }).master;
      const isSlave = master !== undefined && master !== cell && master.address !== cell.address;
      const v = isSlave ? null : plainValue(cell.value);
      const fmt = cell.numFmt && cell.numFmt !== 'General' ? cell.numFmt : undefined;
      const text = formatValue(v, fmt, lang);
      const fill = fillKey(cell.fill);
      const font = fontKey(cell.font);
      const wrap = cell.alignment?.wrapText === true;
      if (!text && !fill) return;
      const vc: ViewCell = { text, raw: isSlave ? '' : rawText(cell, text) };
      if (fill) vc.fill = fill;
      if (font) vc.font = font;
      if (cell.font?.bold) vc.bold = true;
      if (cell.font?.italic) vc.italic = true;
      if (typeof v === 'number') vc.number = true;
      if (wrap) {
        vc.wrap = true;
        // A guess at wrapped lines from the text length and column width, for rows without a height.
        const perLine = Math.max(4, Math.floor((colPx(colWidth(ws, c)) - 8) / 7));
        lines = Math.max(lines, Math.min(6, Math.ceil(text.length / perLine)));
      }
      out[c] = vc;
      maxCol = Math.max(maxCol, c + 1);
    });
    if (out.length) {
      cells[r] = out;
      maxRow = Math.max(maxRow, rowNumber);
    }
    if (row.height || lines > 1) heights.set(r, rowPx(row.height, lines));
  });
  const rowCount = maxRow + extraRows;
  const colCount = Math.min(Math.max(maxCol + extraCols, 10), MAX_COLS);
  const rowHeights = Array.from({ length: rowCount }, (_, r) => heights.get(r) ?? DEFAULT_ROW_PX);
  const colWidths = Array.from({ length: colCount }, (_, c) => colPx(colWidth(ws, c)));
  return { name: ws.name, rowCount, colCount, rowHeights, colWidths, cells };
}

/** Offsets of each row's top edge; offsets[rowCount] is the total height. */
export function prefixSums(sizes: number[]): number[] {
  const out = new Array<number>(sizes.length + 1);
  out[0] = 0;
  for (let i = 0; i < sizes.length; i++) out[i + 1] = out[i] + sizes[i];
  return out;
}

/** Index of the row containing pixel `y` (binary search over the prefix sums). */
export function indexAt(offsets: number[], y: number): number {
  let lo = 0;
  let hi = offsets.length - 2;
  if (hi < 0) return 0;
  if (y <= 0) return 0;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (offsets[mid] <= y) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
