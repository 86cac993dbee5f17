/**
 * A workbook cut into parts for the engine's worker: the head (sheets without rows), then the
 * present rows in parts of about PART_CELLS cells, each a short task to copy to the worker.
 * Apart from the engine, so the pane's bundle carries this without the engine.
 */
import type { MappingOverride, RowInput, SheetInput, WorkbookInput } from '../../engine/types';

/** A workbook without its rows: what `begin` receives before the rows come in parts. */
export interface WorkbookHead {
  fileName?: string;
  ownedSheets: string[];
  mappings?: MappingOverride[];
  /** Each sheet without `rows`; `rows: 'parts'` when they follow in `rows` calls. */
  sheets: (Omit<SheetInput, 'rows'> & { rows: 'parts' | SheetInput['rows'] })[];
}

/** Present rows of one sheet: [0-based row, cells]. */
export type RowPart = [number, RowInput][];

/** Cells per part: each part is a short task to copy (structured clone) on either side. */
export const PART_CELLS = 10_000;

/** The workbook as a head and parts of at most about PART_CELLS cells, present rows only. */
export function splitWorkbook(input: WorkbookInput): { head: WorkbookHead; parts: { sheet: number; part: RowPart }[] } {
  const parts: { sheet: number; part: RowPart }[] = [];
  const sheets = (input.sheets ?? []).map((s, i) => {
    const { rows, ...rest } = s;
    if (!Array.isArray(rows)) return { ...rest, rows };
    let part: RowPart = [];
    let cells = 0;
    for (const r of presentRows(rows)) {
      const row = rows[r] as RowInput;
      part.push([r, row]);
      cells += Array.isArray(row) ? row.length : 1;
      if (cells >= PART_CELLS) {
        parts.push({ sheet: i, part });
        part = [];
        cells = 0;
      }
    }
    if (part.length) parts.push({ sheet: i, part });
    return { ...rest, rows: 'parts' as const };
  });
  const head: WorkbookHead = { ...input, sheets };
  return { head, parts };
}

/** Indices of a sparse array's present rows, ascending, without walking its holes. */
function presentRows(rows: SheetInput['rows']): number[] {
  if (rows.length <= 4096) {
    const out: number[] = [];
    for (let i = 0; i < rows.length; i++) if (rows[i] !== undefined && rows[i] !== null) out.push(i);
    return out;
  }
  return Object.keys(rows)
    .map(Number)
    .filter((i) => Number.isInteger(i) && i >= 0 && rows[i] !== undefined && rows[i] !== null);
}
