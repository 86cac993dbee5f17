/**
 * Planark's own sheets (SPEC §6) written straight to worksheet XML: inline strings (so the shared
 * strings part never changes), internal links by `location` (no relationship needed), totals as
 * formulas with the cached value the engine computed (every reader shows the number before it
 * recalculates), column widths, a frozen header, merges, wrap, indent, borders and print setup.
 */
import type { GenCell, GeneratedSheet } from '../../engine/types';
import { colName } from './formula';
import { numberText } from './sheet-patch';
import type { GenStyle } from './styles';
import { escapeAttr, escapeText } from './xml';
import { quoteSheet } from './workbook';

/** Excel's Hyperlink style colour. */
export const LINK_FONT = 'FF0563C1';

export function genStyleOf(c: GenCell): GenStyle {
  return {
    bold: c.bold,
    italic: c.italic,
    underline: c.link ? true : undefined,
    font: c.font ?? (c.link ? LINK_FONT : undefined),
    fill: c.fill,
    numFmt: c.numFmt,
    wrap: c.wrap,
    indent: c.indent,
    border: c.border,
  };
}

export interface WrittenSheet {
  xml: string;
  /** `$A$1:$F$40`, the used range, for a print area. */
  usedRange: string;
}

function cellXml(ref: string, c: GenCell, s: number): string {
  const sa = s ? ` s="${s}"` : '';
  const v = c.v;
  if (c.formula) {
    const f = `<f>${escapeText(c.formula.replace(/^=/, ''))}</f>`;
    if (typeof v === 'number' && Number.isFinite(v)) return `<c r="${ref}"${sa}>${f}<v>${numberText(v)}</v></c>`;
    if (typeof v === 'boolean') return `<c r="${ref}"${sa} t="b">${f}<v>${v ? 1 : 0}</v></c>`;
    if (typeof v === 'string') return `<c r="${ref}"${sa} t="str">${f}<v>${escapeText(v)}</v></c>`;
    return `<c r="${ref}"${sa}>${f}</c>`;
  }
  if (typeof v === 'number') return Number.isFinite(v) ? `<c r="${ref}"${sa}><v>${numberText(v)}</v></c>` : `<c r="${ref}"${sa}/>`;
  if (typeof v === 'boolean') return `<c r="${ref}"${sa} t="b"><v>${v ? 1 : 0}</v></c>`;
  // Text from users' cells is always an inline string: `=SUM(A1)` stays text.
  const text = typeof v === 'string' ? v : c.link ? c.link.cell : null;
  if (text !== null) return `<c r="${ref}"${sa} t="inlineStr"><is><t xml:space="preserve">${escapeText(text)}</t></is></c>`;
  return s ? `<c r="${ref}"${sa}/>` : '';
}

/** `D2` → `$D$2`; a range keeps its shape. */
function absolute(cell: string): string {
  return cell.replace(/\$?([A-Za-z]{1,3})\$?(\d+)/g, (_m, c: string, r: string) => `$${c.toUpperCase()}$${r}`);
}

/** The worksheet XML of `g`; `styleOf` gives the `cellXfs` index for a cell's formatting. */
export function writeSheetXml(g: GeneratedSheet, styleOf: (c: GenCell) => number): WrittenSheet {
  const rows: string[] = [];
  const links: string[] = [];
  let maxCol = 1;
  const nRows = Math.max(1, g.rows.length);
  g.rows.forEach((row, r) => {
    const cells: string[] = [];
    row.forEach((c, col) => {
      if (!c) return;
      const ref = `${colName(col + 1)}${r + 1}`;
      const x = cellXml(ref, c, styleOf(c));
      if (!x) return;
      cells.push(x);
      maxCol = Math.max(maxCol, col + 1);
      if (c.link) {
        const display = typeof c.v === 'string' ? ` display="${escapeAttr(c.v)}"` : '';
        links.push(`<hyperlink ref="${ref}" location="${escapeAttr(`${quoteSheet(c.link.sheet)}!${absolute(c.link.cell)}`)}"${display}/>`);
      }
    });
    if (cells.length) rows.push(`<row r="${r + 1}">${cells.join('')}</row>`);
  });
  (g.colWidths ?? []).forEach((w, i) => {
    if (w > 0) maxCol = Math.max(maxCol, i + 1);
  });
  const lastRef = `${colName(maxCol)}${nRows}`;
  const print = g.print ?? {};
  const parts: string[] = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
  ];
  if (print.fitToWidth) parts.push('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  parts.push(`<dimension ref="A1:${lastRef}"/>`);
  const freeze = g.freezeRows && g.freezeRows > 0 ? Math.floor(g.freezeRows) : 0;
  if (freeze) {
    const tl = `A${freeze + 1}`;
    parts.push(`<sheetViews><sheetView workbookViewId="0"><pane ySplit="${freeze}" topLeftCell="${tl}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="${tl}" sqref="${tl}"/></sheetView></sheetViews>`);
  } else {
    parts.push('<sheetViews><sheetView workbookViewId="0"/></sheetViews>');
  }
  parts.push('<sheetFormatPr defaultRowHeight="15"/>');
  const cols = (g.colWidths ?? []).map((w, i) => (w > 0 ? `<col min="${i + 1}" max="${i + 1}" width="${numberText(w)}" customWidth="1"/>` : '')).join('');
  if (cols) parts.push(`<cols>${cols}</cols>`);
  parts.push(rows.length ? `<sheetData>${rows.join('')}</sheetData>` : '<sheetData/>');
  const merges = (g.merges ?? []).filter((m) => /^\$?[A-Za-z]{1,3}\$?\d+:\$?[A-Za-z]{1,3}\$?\d+$/.test(m));
  if (merges.length) parts.push(`<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m.replace(/\$/g, '').toUpperCase()}"/>`).join('')}</mergeCells>`);
  if (links.length) parts.push(`<hyperlinks>${links.join('')}</hyperlinks>`);
  parts.push('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
  const setup: string[] = [];
  if (print.landscape) setup.push(' orientation="landscape"');
  if (print.fitToWidth) setup.push(' fitToWidth="1" fitToHeight="0"');
  if (setup.length) parts.push(`<pageSetup${setup.join('')}/>`);
  const breaks = [...new Set(print.rowBreaks ?? [])].filter((b) => Number.isInteger(b) && b > 0 && b < 1_048_576).sort((a, b) => a - b);
  if (breaks.length) parts.push(`<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.map((b) => `<brk id="${b}" max="16383" man="1"/>`).join('')}</rowBreaks>`);
  parts.push('</worksheet>');
  return { xml: parts.join(''), usedRange: `$A$1:$${colName(maxCol)}$${nRows}` };
}
