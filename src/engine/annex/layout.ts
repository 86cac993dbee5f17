/**
 * The standard layout annexes are written in (SPEC §5): a title row, one header row in one style,
 * amounts in `# ##0`, totals as SUM formulas over exactly the rows they cover, and a source column.
 * Shared by the Bilagor sheet and `planark assemble`.
 */
import type { GenCell, Lang } from '../types';
import { colLetters } from '../cells';
import type { AnnexAnalysis, AnnexColumn, AnnexRow } from './types';
import { decimalsOf } from './analyze-annex';

/** Swedish thousands grouping as the brief states it; adapters map it to the file's format code. */
export const NUM_FMT = '# ##0';
export const NUM_FMT_DEC = '# ##0,00';
export const HEADER_STYLE: Partial<GenCell> = { bold: true, fill: 'FFD9E1F2' };
export const TITLE_STYLE: Partial<GenCell> = { bold: true };

export const L = {
  key: { sv: 'Ansvar', en: 'Cost centre' },
  name: { sv: 'Benämning', en: 'Name' },
  source: { sv: 'Källa', en: 'Source' },
  note: { sv: 'Anmärkning', en: 'Note' },
} as const;

export const text = (v: string | number | null, extra: Partial<GenCell> = {}): GenCell => ({ v, ...extra });

/** `SUM(C4:C9,C12)` over output rows (0-based) of one column; consecutive rows become a range. */
export function sumFormula(col: number, outRows: number[]): string {
  const rows = [...new Set(outRows)].sort((a, b) => a - b);
  const parts: string[] = [];
  let i = 0;
  while (i < rows.length) {
    let j = i;
    while (rows[j + 1] === rows[j] + 1) j++;
    const a = `${colLetters(col)}${rows[i] + 1}`;
    parts.push(i === j ? a : `${a}:${colLetters(col)}${rows[j] + 1}`);
    i = j + 1;
  }
  return `SUM(${parts.join(',')})`;
}

export interface SourceOf {
  (row: AnnexRow): GenCell;
}

function decimalsIn(a: AnnexAnalysis, c: number): boolean {
  return a.rows.some((r) => decimalsOf(r.values[c] ?? 0) > 0);
}

/**
 * Rows for one annex, starting at output row `startRow` (0-based; formulas depend on it).
 * Repeated page-break headers are dropped; a header naming a new block category (`Gruppbostäder`)
 * becomes a bold label row. User text goes in `v`, never in `formula`.
 */
export function annexBlock(a: AnnexAnalysis, lang: Lang, startRow: number, source: SourceOf, titlePrefix = ''): GenCell[][] {
  const keyCol = a.columns.find((c) => c.role === 'key');
  const nameCols = a.columns.filter((c) => c.role === 'name');
  const otherText = a.columns.filter((c) => !c.numeric && c.role !== 'key' && c.role !== 'name');
  const textCols: (AnnexColumn | undefined)[] = [keyCol, nameCols[0], ...nameCols.slice(1), ...otherText];
  const numCols = a.columns.filter((c) => c.numeric);
  const firstNum = textCols.length;
  const outCol = new Map(numCols.map((c, i) => [c.col, firstNum + i]));
  const width = firstNum + numCols.length + 1;
  const fmt = new Map(numCols.map((c) => [c.col, decimalsIn(a, c.col) ? NUM_FMT_DEC : NUM_FMT]));

  const out: GenCell[][] = [];
  const blank = () => Array.from({ length: width }, () => text(null));
  const title = blank();
  title[0] = text(`${titlePrefix}${a.title ?? a.sheet}`, TITLE_STYLE);
  out.push(title);
  // Ansvar and Benämning under their standard names (the columns may be missing); others as written.
  const header = textCols.map((c, i) => text(i === 0 ? L.key[lang] : i === 1 ? L.name[lang] : c!.header, HEADER_STYLE));
  for (const c of numCols) header.push(text(c.header, HEADER_STYLE));
  header.push(text(L.source[lang], HEADER_STYLE));
  out.push(header);

  const outRowOf = new Map<number, number>(); // sheet row → output row
  const totalsByRow = new Map(a.totals.map((t) => [t.row, t]));
  const rowTotalOf = new Map(a.rowTotals.map((rt) => [rt.col, rt]));
  let category: string | null = null;
  // The start of the annex, like a total, ends a block: the header after it may name a new one.
  let closed = true;
  a.rows.forEach((row, idx) => {
    const at = startRow + out.length;
    // A text line just before a repeated header is a page footer (`Vård- och omsorgskontoret`).
    if (row.kind === 'group' && a.rows[idx + 1]?.kind === 'header') return;
    if (row.kind === 'header') {
      // A new category only after a total: mid-block, a header is a page break (even misspelt).
      if (closed && row.label && row.label !== category) {
        const r = blank();
        r[1] = text(row.label, { bold: true });
        out.push(r);
      }
      if (closed) category = row.label ?? category;
      closed = false;
      return;
    }
    const r = blank();
    if (row.kind === 'group') {
      r[1] = text(row.label, { italic: true });
      out.push(r);
      return;
    }
    outRowOf.set(row.r, at);
    const isTotal = row.kind === 'total' || row.kind === 'subtotal';
    if (isTotal) closed = true;
    if (isTotal) r[1] = text(row.label, { bold: true });
    else
      textCols.forEach((c, i) => {
        if (c && row.texts[c.col] !== undefined) r[i] = text(row.texts[c.col]);
      });
    const t = isTotal ? totalsByRow.get(row.r) : undefined;
    for (const c of numCols) {
      const oc = outCol.get(c.col)!;
      const v = row.values[c.col] ?? null;
      const style: Partial<GenCell> = { numFmt: fmt.get(c.col), ...(isTotal ? { bold: true } : {}) };
      const rt = rowTotalOf.get(c.col);
      if (t && t.covers.length > 0 && v !== null) {
        // Every row a total covers is written above it; its value is the sum the formula gives.
        const computed = t.checks.find((ch) => ch.col === c.col)!.computed;
        r[oc] = { v: computed, formula: sumFormula(oc, t.covers.map((x) => outRowOf.get(x)!)), ...style };
      } else if (rt && !isTotal && v !== null) {
        const first = outCol.get(rt.components[0])!;
        const last = outCol.get(rt.components[rt.components.length - 1])!;
        const sum = rt.components.reduce((s, x) => s + (row.values[x] ?? 0), 0);
        r[oc] = { v: sum, formula: `SUM(${colLetters(first)}${at + 1}:${colLetters(last)}${at + 1})`, ...style };
      } else r[oc] = text(v, style);
    }
    r[width - 1] = source(row);
    out.push(r);
  });
  return out;
}

/** Column widths for an annex block of `width` columns. */
export function annexWidths(width: number): number[] {
  return Array.from({ length: width }, (_, i) => (i === 0 ? 10 : i === 1 ? 34 : i === width - 1 ? 28 : 16));
}
