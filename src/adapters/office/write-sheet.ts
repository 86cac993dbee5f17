/// <reference types="office-js" />
/**
 * Writes one generated sheet (Sammanställning, Röda tråden …): an owned sheet is cleared and
 * rewritten in place, a new one is added and marked with a PLANARK_OWNED_n name. Values go out in
 * row blocks with text formatted as text first, so user text like `=SUM(A1)` never becomes a
 * formula; our own formulas, links and styles follow (bold, italic, colours, wrap, indent, rules
 * above and below), then merges and the print setup (print area, page breaks, orientation, one page
 * wide). Everything goes through the batcher: the number of syncs follows bytes, never rows.
 */
import type { GenCell, GeneratedSheet } from '../../engine/types';
import { a1 } from '../../engine/cells';
import { OWNED_PREFIX, quoteSheet } from '../owned-sheets';
import type { Batcher } from './batcher';
import { argbToOffice, blockAddress, columnAddress, genBlock } from './convert';
import { lower } from './env';
import type { Layout } from './layout';
import { payloadOf } from './payload';

/** Excel column width is in points; a character of the default font is about 7 points wide. */
const POINTS_PER_CHAR = 7;

function styleKey(g: GenCell | undefined): string {
  if (!g) return '';
  if (!g.bold && !g.italic && !g.fill && !g.font && !g.wrap && !g.indent && !g.border) return '';
  return JSON.stringify([!!g.bold, !!g.italic, g.fill ?? '', g.font ?? '', !!g.wrap, g.indent ?? 0, g.border?.top ?? '', g.border?.bottom ?? '']);
}

const WEIGHT = { thin: 'Thin', medium: 'Medium' } as const;

/** One run of equally styled cells: every property it sets is one command in the batch. */
function applyStyle(f: Excel.RangeFormat, s: GenCell): void {
  if (s.bold) f.font.bold = true;
  if (s.italic) f.font.italic = true;
  if (s.fill) f.fill.color = argbToOffice(s.fill);
  if (s.font) f.font.color = argbToOffice(s.font);
  if (s.wrap) f.wrapText = true;
  if (s.indent) f.indentLevel = s.indent;
  for (const [edge, w] of [['EdgeTop', s.border?.top], ['EdgeBottom', s.border?.bottom]] as const) {
    if (!w) continue;
    const b = f.borders.getItem(edge);
    b.style = 'Continuous';
    b.weight = WEIGHT[w];
  }
}

/** The used area of the sheet, for its print area. */
function usedAddress(g: GeneratedSheet): string {
  const width = Math.max(1, ...g.rows.map((r) => r.length));
  return blockAddress(0, 0, Math.max(0, g.rows.length - 1), width - 1);
}

export /** Clears and rewrites an owned sheet in place (no delete, no flicker) or adds and marks a new one. */
async function writeSheet(context: Excel.RequestContext, L: Layout, g: GeneratedSheet, batch: Batcher, budget: number): Promise<void> {
  const wss = context.workbook.worksheets;
  const existing = L.sheets.get(lower(g.name));
  let ws!: Excel.Worksheet;
  await batch.add(payloadOf(g.name), () => {
    if (existing) {
      ws = wss.getItem(existing.id);
      // Last run's merges and page breaks go too: clearing cells leaves both in place.
      ws.getRange().unmerge();
      ws.getRange().clear();
      ws.horizontalPageBreaks.removePageBreaks();
      ws.freezePanes.unfreeze();
    } else {
      ws = wss.add(g.name);
      let n = 1;
      while (L.nameNumbers.has(n)) n++;
      L.nameNumbers.add(n);
      context.workbook.names.add(`${OWNED_PREFIX}${n}`, `=${quoteSheet(g.name)}!$A$1`);
    }
  });
  if (!existing) {
    const s = { id: '', name: g.name, protected: false, allowFormatCells: false };
    L.sheets.set(lower(g.name), s);
    L.owned.add(lower(g.name));
  }

  const width = Math.max(1, ...g.rows.map((r) => r.length));
  // Row blocks small enough that each fits a request with room to spare.
  const half = Math.max(1, Math.floor(budget / 2));
  let start = 0;
  while (start < g.rows.length) {
    let end = start;
    let bytes = 0;
    while (end < g.rows.length) {
      const b = payloadOf(genBlock([g.rows[end]], width));
      if (end > start && bytes + b > half) break;
      bytes += b;
      end++;
    }
    const block = genBlock(g.rows.slice(start, end), width);
    const address = blockAddress(start, 0, end - 1, width - 1);
    await batch.add(bytes, () => {
      const range = ws.getRange(address);
      // Format first so text like `=SUM(A1)` lands as text, never as a formula.
      range.numberFormat = block.formats;
      range.values = block.values;
    });
    start = end;
  }

  for (let r = 0; r < g.rows.length; r++) {
    const row = g.rows[r];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (!cell) continue;
      if (cell.formula) {
        const formula = cell.formula;
        await batch.add(payloadOf(formula), () => {
          ws.getRange(a1(r, c)).formulas = [[`=${formula}`]];
        });
      }
      if (cell.link) {
        const text = cell.v === null ? '' : String(cell.v);
        const link = cell.link;
        await batch.add(payloadOf([link, text]), () => {
          ws.getRange(a1(r, c)).hyperlink = { documentReference: `${quoteSheet(link.sheet)}!${link.cell}`, textToDisplay: text };
        });
      }
    }
    // Styles: one write per horizontal run of identically styled cells.
    let c = 0;
    while (c < width) {
      const k = styleKey(row[c]);
      let e = c + 1;
      while (e < width && styleKey(row[e]) === k) e++;
      if (k) {
        const s = row[c]!;
        const address = blockAddress(r, c, r, e - 1);
        await batch.add(payloadOf(k) + address.length, () => applyStyle(ws.getRange(address).format, s));
      }
      c = e;
    }
  }
  await batch.add(payloadOf(g.colWidths ?? []), () => {
    g.colWidths?.forEach((w, i) => {
      ws.getRange(columnAddress(i)).format.columnWidth = w * POINTS_PER_CHAR;
    });
    if (g.freezeRows) ws.freezePanes.freezeRows(g.freezeRows);
  });
  for (const m of g.merges ?? []) await batch.add(payloadOf(m), () => ws.getRange(m).merge(false));
  if (g.print) await writePrintSetup(ws, g, batch);
}

/**
 * Print setup (ExcelApi 1.9): print area over the used range, a manual page break above each row
 * that starts a page, landscape, one page wide and as many tall as needed (0 = automatic, as
 * Excel's own "Fit all columns on one page" writes it).
 */
async function writePrintSetup(ws: Excel.Worksheet, g: GeneratedSheet, batch: Batcher): Promise<void> {
  const p = g.print!;
  const breaks = (p.rowBreaks ?? []).filter((r) => r > 0 && r < g.rows.length);
  // Each break is a command of its own (its address and the call): sized before it is queued.
  await batch.add(payloadOf(p) + breaks.length * 64 + 64, () => {
    const layout = ws.pageLayout;
    if (p.area) layout.setPrintArea(usedAddress(g));
    if (p.landscape) layout.orientation = 'Landscape';
    if (p.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    for (const r of breaks) ws.horizontalPageBreaks.add(a1(r, 0));
  });
}

