/**
 * Engine input straight from ExcelJS's parsed model (Node only; the CLI).
 *
 * Setting `wb.model` builds a Row and a Cell object (with a value object) for every cell of the
 * file: ~0.7 s of CPU at 100 000 rows, more than the engine's whole analysis, and all of it
 * garbage once the input is read. Here ExcelJS parses and reconciles the parts as ever
 * (load-parts.ts), then builds its workbook from the model *without* the rows or merges — sheets,
 * names and tables as before — and the cells are read from the rows' models with what ExcelJS's
 * Cell would answer: `read.ts`'s `cellInput` on the same value, formula and style. Merges are
 * read with ExcelJS's Range from the same model (ExcelJS's own merging grows with their square).
 * The preview (ExcelJS's browser build) keeps reading Cells; read-parts.test.ts holds both
 * readings equal.
 */
import { createRequire } from 'node:module';
import type ExcelJS from 'exceljs';
import type { RowInput, SheetInput, WorkbookInput } from '../../engine/types';
import { parseParts, type Part } from './load-parts';
import { cellInput, sheetOf, T } from './read';
import { parseA1 } from '../../engine/cells';
import { ownedSheetNames } from './ownership';

const require = createRequire(import.meta.url);

/** A cell as ExcelJS's cell parser and `reconcile()` leave it. */
interface CellModel {
  address?: string;
  type: number;
  value?: unknown;
  text?: unknown;
  hyperlink?: unknown;
  formula?: string;
  sharedFormula?: string;
  result?: unknown;
  style?: Partial<ExcelJS.Style>;
}
interface RowModel {
  number: number;
  cells: CellModel[];
}
interface SheetModel {
  id: number;
  rows: RowModel[];
  mergeCells?: string[];
}

interface RangeLike {
  top: number;
  left: number;
  bottom: number;
  right: number;
  range: string;
}
let RangeClass: (new (ref: string) => RangeLike) | undefined;
/** ExcelJS's own reading of a range reference (what `mergeCells` gives each merge). */
function range(ref: string): RangeLike {
  RangeClass ??= require('exceljs/lib/doc/range.js') as new (ref: string) => RangeLike;
  return new RangeClass(ref);
}

type Slide = (formula: string, from: string, to: string) => string;
let slide: Slide | undefined;
/** ExcelJS's own translation of a shared formula to another cell (what Cell#formula uses). */
function slideFormula(formula: string, from: string, to: string): string {
  slide ??= (require('exceljs/lib/utils/shared-formula.js') as { slideFormula: Slide }).slideFormula;
  return slide(formula, from, to);
}

/** A cell's `r` (`B7`) → its 1-based column; null for what is no A1 address (ExcelJS refuses those). */
function columnOf(address: string): number | null {
  try {
    return parseA1(address).c + 1;
  } catch {
    return null;
  }
}

/** What ExcelJS's Cell gives as `value` for each type of cell model (lib/doc/cell.js). */
function valueOf(m: CellModel): unknown {
  switch (m.type) {
    case T.Null:
      return null;
    case T.Hyperlink:
      return { text: m.text, hyperlink: m.hyperlink };
    default:
      return m.value;
  }
}

/** Reads `parts` with ExcelJS into engine input; `wb` is left holding the sheets without their cells. */
export async function readParts(wb: ExcelJS.Workbook, parts: readonly Part[], fileName: string): Promise<WorkbookInput> {
  const model = await parseParts(wb, parts);
  // Each sheet's rows and merges, by sheet id as `wb.model` keys them (a later sheet of the same id
  // wins). ExcelJS checks each merge against every one before it, which grows with their square
  // (8 of the 12.8 s of reading a plan with 10 000 merged goal cells): they are read here instead.
  const rowsOf = new Map<number, { rows: RowModel[]; merges: string[] }>();
  for (const ws of model.worksheets as (SheetModel | undefined)[]) {
    if (!ws) continue;
    rowsOf.set(ws.id, { rows: ws.rows, merges: ws.mergeCells ?? [] });
    ws.rows = [];
    ws.mergeCells = [];
  }
  wb.model = model as unknown as ExcelJS.WorkbookModel;
  const sheets: SheetInput[] = wb.worksheets.map((ws) => {
    const own = rowsOf.get(ws.id) ?? { rows: [], merges: [] };
    const merges = new Merges(own.merges);
    return sheetOf(ws, readRows(own.rows, merges), merges.ranges);
  });
  return { fileName, sheets, ownedSheets: ownedSheetNames(wb) };
}

/**
 * A sheet's merges as ExcelJS would hold them: each range read by ExcelJS's Range, overlapping
 * ones refused as ExcelJS refuses them ("Cannot merge already merged cells"), and for each row the
 * column spans merges cover, to tell the cells beyond a merge's top-left (ExcelJS's merge cells).
 */
class Merges {
  /** `A2:A11`, in the file's order, as `read.ts`'s mergeRanges gives ExcelJS's. */
  readonly ranges: string[] = [];
  private readonly spans = new Map<number, RangeLike[]>();

  constructor(refs: readonly string[]) {
    for (const ref of refs) {
      const d = range(ref);
      for (let r = d.top; r <= d.bottom; r++) {
        const row = this.spans.get(r);
        if (!row) {
          this.spans.set(r, [d]);
          continue;
        }
        for (const x of row) if (x.left <= d.right && d.left <= x.right) throw new Error('Cannot merge already merged cells');
        row.push(d);
      }
      this.ranges.push(d.range.replace(/^.*!/, '').replace(/\$/g, ''));
    }
  }

  /** Row `r` (1-based) holds a cell beyond some merge's top-left: ExcelJS's Row#hasValues counts it. */
  coversBeyondMaster(r: number): boolean {
    return (this.spans.get(r) ?? []).some((d) => r > d.top || d.right > d.left);
  }

  /** The cell at row `r`, column `c` (1-based) lies in a merge but is not its top-left. */
  hides(r: number, c: number): boolean {
    const row = this.spans.get(r);
    if (!row) return false;
    for (const d of row) if (c >= d.left && c <= d.right) return r > d.top || c > d.left;
    return false;
  }
}

function readRows(rowModels: RowModel[], merges: Merges): (RowInput | undefined)[] {
  // The sheet's rows as `_parseRows` keeps them: by number, a later row of the same number wins.
  const byNumber: RowModel[] = [];
  for (const r of rowModels) byNumber[r.number - 1] = r;
  // Master formulas by address, for the shared formulas that point at them.
  const masters = new Map<string, string>();
  for (const r of byNumber) {
    if (!r) continue;
    for (const c of r.cells) if (c.type === T.Formula && c.formula && c.address) masters.set(c.address, c.formula);
  }
  const rows: (RowInput | undefined)[] = [];
  for (let i = 0; i < byNumber.length; i++) {
    const r = byNumber[i];
    if (!r) continue;
    const cells: CellModel[] = [];
    let hasValues = false;
    // A <c> without `r` is the cell after the one before it (as Row#model reads it).
    let previous: number | null = null;
    for (const c of r.cells) {
      // A <c> with neither value nor style: ExcelJS makes no cell of it.
      if (c.type === T.Merge) continue;
      const col: number | null = c.address ? columnOf(c.address) : previous === null ? null : previous + 1;
      previous = col;
      if (col === null || merges.hides(i + 1, col)) continue;
      cells[col - 1] = c;
    }
    for (let k = 0; k < cells.length && !hasValues; k++) hasValues = cells[k] !== undefined && cells[k].type !== T.Null;
    // Row#hasValues: merge cells count, so a row a merge covers is read even if its own cells are empty.
    if (!hasValues) hasValues = merges.coversBeyondMaster(i + 1);
    if (!hasValues) continue;
    const out: RowInput = [];
    for (let k = 0; k < cells.length; k++) {
      const c = cells[k];
      if (!c) continue;
      const input =
        c.type === T.Formula
          ? cellInput(c.formula || (c.sharedFormula && c.address ? sharedFormula(masters, c.sharedFormula, c.address) : undefined), c.result, c.style)
          : cellInput(undefined, valueOf(c), c.style);
      if (input) out[k] = input;
    }
    if (out.length) rows[i] = out;
  }
  return rows;
}

function sharedFormula(masters: Map<string, string>, master: string, at: string): string | undefined {
  const f = masters.get(master);
  return f === undefined ? undefined : slideFormula(f, master, at);
}
