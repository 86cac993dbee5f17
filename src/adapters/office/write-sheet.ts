/// <reference types="office-js" />
/**
 * Writes one generated sheet (Sammanställning, Röda tråden …): an owned sheet is cleared and
 * rewritten in place, a new one is added and marked with a PLANARK_OWNED_n name. Values go out in
 * row blocks with text formatted as text first, so user text like `=SUM(A1)` never becomes a
 * formula; our own formulas, links and styles follow.
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
  if (!g.bold && !g.italic && !g.fill && !g.font && !g.wrap) return '';
  return JSON.stringify([!!g.bold, !!g.italic, g.fill ?? '', g.font ?? '', !!g.wrap]);
}

export /** Clears and rewrites an owned sheet in place (no delete, no flicker) or adds and marks a new one. */
async function writeSheet(context: Excel.RequestContext, L: Layout, g: GeneratedSheet, batch: Batcher, budget: number): Promise<void> {
  const wss = context.workbook.worksheets;
  const existing = L.sheets.get(lower(g.name));
  let ws!: Excel.Worksheet;
  await batch.add(payloadOf(g.name), () => {
    if (existing) {
      ws = wss.getItem(existing.id);
      ws.getRange().clear();
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
        await batch.add(payloadOf(k) + address.length, () => {
          const f = ws.getRange(address).format;
          if (s.bold) f.font.bold = true;
          if (s.italic) f.font.italic = true;
          if (s.fill) f.fill.color = argbToOffice(s.fill);
          if (s.font) f.font.color = argbToOffice(s.font);
          if (s.wrap) f.wrapText = true;
        });
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
}

