/**
 * Writes the engine's `Edits` into an ExcelJS workbook: traffic-light fills and the generated
 * sheets. Isomorphic (no file access). A user's sheet is never written over.
 */
import type ExcelJS from 'exceljs';
import type { Edits, FillEdit, GenCell, GeneratedSheet, ValueEdit, WorkbookInput } from '../../engine/types';
import { NotOwnedError } from '../xlsx-package/errors';
import { isOwned, markOwned, ownedSheetNames, quoteSheet } from './ownership';

// One refusal class for both writers, so callers catch it whichever wrote.
export { NotOwnedError };

const LINK_FONT = 'FF0563C1'; // Excel's Hyperlink style colour

function solid(argb: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb } };
}

function findSheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  const l = name.toLocaleLowerCase('sv');
  return wb.worksheets.find((ws) => ws.name.toLocaleLowerCase('sv') === l);
}

/**
 * Copies the style before changing it: ExcelJS may share one style object between cells loaded
 * with the same style index, and a change must stay in its own cell.
 */
export function applyFill(ws: ExcelJS.Worksheet, e: FillEdit): void {
  const cell = ws.getCell(e.cell);
  const style: Partial<ExcelJS.Style> = { ...cell.style };
  if (e.fill === null) delete style.fill;
  else style.fill = solid(e.fill);
  if (e.font !== undefined) {
    const font: Partial<ExcelJS.Font> = { ...(style.font ?? {}) };
    if (e.font === null) delete font.color;
    else font.color = { argb: e.font };
    style.font = font;
  }
  cell.style = style as ExcelJS.Style;
}

/**
 * `#'Sheet'!$D$2`. The absolute form is deliberate: ExcelJS 4.4 writes targets shaped like
 * `X!A1` with both a relationship and a `location` attribute, which Excel joins into a broken
 * `#…##…` address (exceljs#3027); `$D$2` keeps it to the classic relationship-only `#` link.
 */
export function internalTarget(sheet: string, cell: string): string {
  const m = /^\$?([A-Za-z]+)\$?(\d+)$/.exec(cell);
  const abs = m ? `$${m[1].toUpperCase()}$${m[2]}` : cell;
  return `#${quoteSheet(sheet)}!${abs}`;
}

function cellValue(c: GenCell): ExcelJS.CellValue {
  if (c.formula) {
    const f = c.formula.replace(/^=/, '');
    return (c.v === null || c.v === undefined ? { formula: f } : { formula: f, result: c.v }) as ExcelJS.CellValue;
  }
  if (c.link) {
    return { text: c.v === null || c.v === undefined ? c.link.cell : String(c.v), hyperlink: internalTarget(c.link.sheet, c.link.cell) };
  }
  // Plain strings stay strings: ExcelJS writes `=SUM(A1)` as text, never as a formula (tested).
  return c.v;
}

function writeCell(ws: ExcelJS.Worksheet, r: number, col: number, c: GenCell): void {
  const cell = ws.getCell(r + 1, col + 1);
  if (c.v !== null && c.v !== undefined || c.formula || c.link) cell.value = cellValue(c);
  const style: Partial<ExcelJS.Style> = {};
  const font: Partial<ExcelJS.Font> = {};
  if (c.bold) font.bold = true;
  if (c.italic) font.italic = true;
  if (c.font) font.color = { argb: c.font };
  else if (c.link) font.color = { argb: LINK_FONT };
  if (c.link) font.underline = true;
  if (Object.keys(font).length) style.font = font;
  if (c.fill) style.fill = solid(c.fill);
  if (c.numFmt) style.numFmt = c.numFmt;
  const alignment: Partial<ExcelJS.Alignment> = {};
  if (c.wrap) Object.assign(alignment, { wrapText: true, vertical: 'top' });
  if (c.indent && c.indent > 0) Object.assign(alignment, { horizontal: 'left', indent: Math.round(c.indent) });
  if (Object.keys(alignment).length) style.alignment = alignment;
  if (c.border && (c.border.top || c.border.bottom)) {
    const border: Partial<ExcelJS.Borders> = {};
    if (c.border.top) border.top = { style: c.border.top };
    if (c.border.bottom) border.bottom = { style: c.border.bottom };
    style.border = border;
  }
  if (Object.keys(style).length) cell.style = style as ExcelJS.Style;
}

/** `A1:$F$40`-style used range of a generated sheet, absolute, for a print area. */
function usedRange(g: GeneratedSheet): string {
  const cols = Math.max(1, ...g.rows.map((r) => r.length), g.colWidths?.length ?? 0);
  let n = cols;
  let letters = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    letters = String.fromCharCode(65 + m) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return `$A$1:$${letters}$${Math.max(1, g.rows.length)}`;
}

function fillSheet(ws: ExcelJS.Worksheet, g: GeneratedSheet): void {
  g.rows.forEach((row, r) => row.forEach((c, col) => c && writeCell(ws, r, col, c)));
  g.colWidths?.forEach((w, i) => {
    if (w > 0) ws.getColumn(i + 1).width = w;
  });
  if (g.freezeRows && g.freezeRows > 0) ws.views = [{ state: 'frozen', ySplit: g.freezeRows, xSplit: 0 }];
  for (const m of g.merges ?? []) if (/^\$?[A-Za-z]{1,3}\$?\d+:\$?[A-Za-z]{1,3}\$?\d+$/.test(m)) ws.mergeCells(m.replace(/\$/g, ''));
  const p = g.print;
  if (p) {
    if (p.landscape) ws.pageSetup.orientation = 'landscape';
    if (p.fitToWidth) Object.assign(ws.pageSetup, { fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    if (p.area) ws.pageSetup.printArea = usedRange(g).replace(/\$/g, '');
    // A break above rows[i] is a break after sheet row i (1-based), as ExcelJS counts.
    for (const i of p.rowBreaks ?? []) if (Number.isInteger(i) && i > 0) ws.getRow(i).addPageBreak();
  }
}

/**
 * Writes one generated sheet. An owned sheet of that name is replaced at the same position (a
 * fresh worksheet, so no old cells, styles or merges survive); a new one is appended and marked.
 */
export function writeGeneratedSheet(wb: ExcelJS.Workbook, g: GeneratedSheet): ExcelJS.Worksheet {
  const existing = findSheet(wb, g.name);
  let ws: ExcelJS.Worksheet;
  if (existing) {
    if (!isOwned(wb, existing.name)) throw new NotOwnedError(existing.name);
    const orderNo = (existing as unknown as { orderNo: number }).orderNo;
    const name = existing.name;
    wb.removeWorksheet(existing.id);
    ws = wb.addWorksheet(name);
    (ws as unknown as { orderNo: number }).orderNo = orderNo;
  } else {
    ws = wb.addWorksheet(g.name);
    markOwned(wb, g.name);
  }
  fillSheet(ws, g);
  return ws;
}

/** A value typed or fetched for a cell: text stays text (ExcelJS writes a string, never a formula). */
export function applyValue(ws: ExcelJS.Worksheet, e: ValueEdit): void {
  ws.getCell(e.cell).value = e.value;
}

/** Applies fills, generated sheets and values. Throws NotOwnedError before changing anything if a target is a user's sheet. */
export function applyEdits(wb: ExcelJS.Workbook, edits: Edits, input: WorkbookInput): void {
  void input; // ownership is re-read from the workbook itself: the source of truth at write time
  for (const g of edits.sheets) {
    const existing = findSheet(wb, g.name);
    if (existing && !isOwned(wb, existing.name)) throw new NotOwnedError(existing.name);
  }
  const owned = new Set(ownedSheetNames(wb));
  for (const e of edits.fills) {
    const ws = findSheet(wb, e.sheet);
    if (!ws || owned.has(ws.name)) continue; // fills belong on users' sheets only
    applyFill(ws, e);
  }
  for (const g of edits.sheets) writeGeneratedSheet(wb, g);
  for (const v of edits.values ?? []) {
    const ws = findSheet(wb, v.sheet);
    if (ws) applyValue(ws, v);
  }
}
