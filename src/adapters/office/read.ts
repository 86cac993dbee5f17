/// <reference types="office-js" />
/**
 * Reads a workbook in as few round trips as its size allows (step 1 is sheet-list.ts):
 *
 * 1. One batch walks the sheets (`getFirst` / `getNextOrNullObject`) and queues, for each, its
 *    protection, its values-only used range and its first rows, with the defined names, the
 *    Excel tables and the workbook's protection. Only very many sheets need a second walk.
 * 2. Row blocks of each used range: values and number formats of every cell, formulas of the
 *    formula cells only (so text does not come back twice), and — only for the columns Planark
 *    may colour, which the engine's own header recognition finds in those first rows — fill and
 *    font colours. Blocks are sized by measured response bytes and fetched in as few syncs as
 *    the budget allows; a payload error halves the blocks and fetches them again.
 *
 * So an ordinary workbook is read in two syncs, and a large one in a number that grows with its
 * bytes, never with its rows or sheets as such.
 */
import { isLedgerTitle } from '../../engine/kolada/ledger';
import type { MappingOverride, SheetInput } from '../../engine/types';
import { toCellInput, readFill, readFont } from './convert';
import { MIN_BUDGET, lower, throwIfAborted } from './env';
import { isPayloadError, officeCode } from './errors';
import type { Layout } from './layout';
import { FILL_CELL_BYTES, FORMULA_AREA_BYTES, PROPS_CELL_BYTES, gridBytes, readCellBytes } from './payload';
import { findSheets, findSheetsListed, type Box, type Syncs } from './sheet-list';

type Ws = Excel.Worksheet;
type Rng = Excel.Range;

/** Fill colour and tint (null only for "no fill") and, for traffic-light columns, the font colour. */
const WITH_FONT = { format: { fill: { color: true, tintAndShade: true }, font: { color: true } } } as const;
const FILL_ONLY = { format: { fill: { color: true, tintAndShade: true } } } as const;

export interface ReadRequest {
  budget: number;
  mappings: MappingOverride[];
  /** Ids of the sheets to read; null reads every sheet. */
  only: ReadonlySet<string> | null;
  signal?: AbortSignal;
  now: number;
  /** How formulas are read (default `areas`; `range` after a host refused special cells). */
  formulasBy?: FormulasBy;
}

export interface SheetData {
  id: string;
  name: string;
  rows: SheetInput['rows'];
  /** Columns whose fills were read (for every row of the used range). */
  fillColumns: ReadonlySet<number>;
  listObjects?: { name: string; range: string }[];
}

export interface ReadResult {
  layout: Layout;
  /** The sheets read, by id. */
  data: Map<string, SheetData>;
  /** Syncs this read took. */
  syncs: number;
  /** How formulas were read in the end: the next read starts with it. */
  formulasBy: FormulasBy;
}

/** Columns c1..c2 whose cell properties are read together, with or without the font colour. */
interface Span {
  c1: number;
  c2: number;
  font: boolean;
}

/** Contiguous runs of `cols` within [c1, c2] that agree on reading the font. */
function spans(cols: readonly number[], font: ReadonlySet<number>, c1: number, c2: number): Span[] {
  const out: Span[] = [];
  for (const c of cols) {
    if (c < c1 || c > c2) continue;
    const last = out[out.length - 1];
    if (last && last.c2 === c - 1 && last.font === font.has(c)) last.c2 = c;
    else out.push({ c1: c, c2: c, font: font.has(c) });
  }
  return out;
}

const spanBytes = (s: Span) => (s.c2 - s.c1 + 1) * (s.font ? PROPS_CELL_BYTES : FILL_CELL_BYTES);

interface Plan {
  id: string;
  name: string;
  ws: Ws;
  box: Box;
  fillSpans: Span[];
  fillColumns: Set<number>;
  /** Estimated response bytes per row; raised when a block comes back bigger. */
  rowBytes: number;
  next: number;
  rows: SheetInput['rows'];
}

interface Block {
  plan: Plan;
  r1: number;
  r2: number;
  range: Rng;
  /** The block's formula cells, whose formulas alone are loaded; null when `range` loads them all. */
  formulaCells: Excel.RangeAreas | null;
  props: (Span & { result: { value: unknown } })[];
  estimate: number;
}

/**
 * How a block's formulas are read: `areas` loads `values` for every cell and formulas only for
 * the cells that hold one (`getSpecialCellsOrNullObject('Formulas')`), so text does not come
 * back twice; `range` loads `formulas` for every cell, for a host that refuses special cells.
 */
export type FormulasBy = 'areas' | 'range';

type Props = { format?: { fill?: { color?: string; tintAndShade?: number | null }; font?: { color?: string } } }[][];

function queueBlock(plan: Plan, r1: number, r2: number, by: FormulasBy): Block {
  const { box } = plan;
  const n = r2 - r1 + 1;
  const width = box.c2 - box.c1 + 1;
  const range = plan.ws.getRangeByIndexes(r1, box.c1, n, width);
  let formulaCells: Excel.RangeAreas | null = null;
  // A single cell loads its formula directly (Excel's SpecialCells has searched the whole sheet
  // for a one-cell range; a block is never one cell but for a one-cell sheet).
  if (by === 'areas' && n * width > 1) {
    range.load('values,numberFormat');
    formulaCells = range.getSpecialCellsOrNullObject('Formulas');
    formulaCells.areas.load('items/formulas,items/rowIndex,items/columnIndex');
  } else range.load('values,formulas,numberFormat');
  const props = plan.fillSpans.map((s) => ({
    ...s,
    result: plan.ws.getRangeByIndexes(r1, s.c1, n, s.c2 - s.c1 + 1).getCellProperties(s.font ? WITH_FONT : FILL_ONLY) as unknown as { value: unknown },
  }));
  return { plan, r1, r2, range, formulaCells, props, estimate: n * plan.rowBytes };
}

/**
 * The block's formulas by row and column within it, and their response bytes. Areas are clipped
 * to the block, should Excel ever return cells beyond it.
 */
function formulasOf(b: Block): { at: (i: number, j: number) => unknown; bytes: number } {
  if (!b.formulaCells) return { at: (i, j) => b.range.formulas[i]?.[j], bytes: gridBytes(b.range.formulas) };
  if (b.formulaCells.isNullObject) return { at: () => undefined, bytes: 24 };
  const c0 = b.plan.box.c1;
  const grid: unknown[][] = [];
  let bytes = 24;
  for (const area of b.formulaCells.areas.items) {
    bytes += FORMULA_AREA_BYTES + gridBytes(area.formulas);
    area.formulas.forEach((row, di) => {
      const i = area.rowIndex + di - b.r1;
      if (i < 0 || i > b.r2 - b.r1) return;
      row.forEach((f, dj) => {
        const j = area.columnIndex + dj - c0;
        if (j < 0 || j > b.plan.box.c2 - c0) return;
        (grid[i] ??= [])[j] = f;
      });
    });
  }
  return { at: (i, j) => grid[i]?.[j], bytes };
}

function takeBlock(b: Block): void {
  const { plan, range } = b;
  const c0 = plan.box.c1;
  const formulas = formulasOf(b);
  range.values.forEach((row, i) => {
    let out: SheetInput['rows'][number];
    row.forEach((value, j) => {
      const c = c0 + j;
      let fill: string | undefined;
      let font: string | undefined;
      for (const p of b.props) {
        if (c < p.c1 || c > p.c2) continue;
        const f = (p.result.value as Props)[i]?.[c - p.c1]?.format;
        fill = readFill(f?.fill?.color, f?.fill?.tintAndShade);
        font = p.font ? readFont(f?.font?.color) : undefined;
      }
      const cell = toCellInput({ value, formula: formulas.at(i, j), numberFormat: range.numberFormat[i]?.[j], fill, font });
      if (!cell) return;
      if (!out) out = [];
      out[c] = cell;
    });
    if (out) plan.rows[b.r1 + i] = out;
  });
  // What came back, measured: later blocks of this sheet are sized by it (the budget keeps a
  // fifth of the limit in reserve, and a payload error halves the blocks anyway).
  const n = b.r2 - b.r1 + 1;
  const actual = gridBytes(range.values) + formulas.bytes + gridBytes(range.numberFormat) + b.props.reduce((s, p) => s + spanBytes(p) * n, 0);
  plan.rowBytes = Math.max(1, Math.ceil((actual / n) * 1.05));
}

/** Office error codes that say a host refused special cells, not that the read is too large. */
const REFUSED = new Set(['InvalidArgument', 'InvalidOperation', 'ApiNotFound', 'NotImplemented', 'GeneralException']);

/** Step 2: the blocks, as many per sync as the budget holds. Returns how formulas were read. */
async function readBlocks(context: Excel.RequestContext, plans: Plan[], budget: number, by: FormulasBy, extra: () => void, n: Syncs, signal?: AbortSignal): Promise<FormulasBy> {
  let extraDone = false;
  for (;;) {
    const left = plans.filter((p) => p.next <= p.box.r2);
    if (left.length === 0 && extraDone) return by;
    const marks = plans.map((p) => p.next);
    const blocks: Block[] = [];
    let pending = 0;
    fill: for (const p of left) {
      while (p.next <= p.box.r2) {
        let fit = Math.floor((budget - pending) / p.rowBytes);
        if (fit < 1) {
          if (pending > 0) break fill;
          fit = 1;
        }
        const r2 = Math.min(p.box.r2, p.next + fit - 1);
        const b = queueBlock(p, p.next, r2, by);
        blocks.push(b);
        pending += b.estimate;
        p.next = r2 + 1;
      }
    }
    if (!extraDone) extra();
    try {
      n.syncs++;
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per ~4 MB of cells, not per row
      await context.sync();
    } catch (e) {
      if (by === 'areas' && blocks.some((b) => b.formulaCells) && REFUSED.has(officeCode(e) ?? '')) {
        // A host that refuses special cells: the same rows again, formulas loaded for every cell.
        by = 'range';
        plans.forEach((p, i) => (p.next = marks[i]));
        continue;
      }
      // Too big after all (rows below the first ones hold longer texts): the same rows again, in
      // blocks half the size, until a single row does not fit.
      // The budget stays halved for the rest of the read (this Excel's limit is lower than
      // assumed); the estimate of the rows that failed doubles (their texts are longer).
      if (!isPayloadError(e) || blocks.every((b) => b.r1 === b.r2)) throw e;
      budget = Math.max(MIN_BUDGET, Math.floor(budget / 2));
      for (const p of new Set(blocks.map((b) => b.plan))) p.rowBytes = Math.min(budget, p.rowBytes * 2);
      plans.forEach((p, i) => (p.next = marks[i]));
      continue;
    }
    throwIfAborted(signal);
    extraDone = true;
    for (const b of blocks) takeBlock(b);
  }
}

/** Reads the sheets the request names (all of them by default) in one Excel.run. */
export async function readSheets(context: Excel.RequestContext, req: ReadRequest, opts: { walk: boolean }): Promise<ReadResult> {
  const n: Syncs = { syncs: 0 };
  // The header recognition that picks the colourable columns is a chunk of its own, fetched while
  // the first batch is out: the pane's first load does not carry it (issue 14, ≤ 200 KB).
  const recognition = import(/* webpackChunkName: "colour-columns" */ '../../engine/recognize/colour-columns');
  const { found, read, tables, layout } = opts.walk ? await findSheets(context, req, n) : await findSheetsListed(context, req, n);

  const { colourColumns } = await recognition;
  const plans: Plan[] = [];
  const data = new Map<string, SheetData>();
  for (const f of found) {
    if (!read.has(f.state.id)) continue;
    const owned = layout.owned.has(lower(f.state.name));
    const d: SheetData = { id: f.state.id, name: f.state.name, rows: [], fillColumns: new Set() };
    data.set(d.id, d);
    // Planark's own sheets are regenerated, never analysed: their cells are not read — except its
    // Kolada sheet, which lists the cells Planark wrote (engine/kolada/ledger.ts).
    if ((owned && !isLedgerTitle(f.probe?.rows[0]?.[0]?.v)) || !f.used) continue;
    const cols = f.probe ? colourColumns(f.probe, req.mappings) : { fill: [], font: [] };
    const fillSpans = spans(cols.fill, new Set(cols.font), f.used.c1, f.used.c2);
    const fillColumns = new Set(fillSpans.flatMap((s) => Array.from({ length: s.c2 - s.c1 + 1 }, (_, i) => s.c1 + i)));
    d.fillColumns = fillColumns;
    const width = f.used.c2 - f.used.c1 + 1;
    const rowBytes = width * readCellBytes(f.probeValues, f.probeFormats, f.probeFormulas) + fillSpans.reduce((sum, s) => sum + spanBytes(s), 0) + 8;
    plans.push({ id: d.id, name: d.name, ws: context.workbook.worksheets.getItem(d.id), box: f.used, fillSpans, fillColumns, rowBytes, next: f.used.r1, rows: d.rows });
  }

  const tableRanges: { name: string; sheetId: string; range: Rng }[] = [];
  const queueTables = () => {
    tableRanges.length = 0;
    for (const t of tables) {
      const sheetId = t.worksheet.id;
      if (!plans.some((p) => p.id === sheetId)) continue;
      const range = t.getRange();
      range.load('address');
      tableRanges.push({ name: t.name, sheetId, range });
    }
  };
  let formulasBy = req.formulasBy ?? 'areas';
  if (plans.length) formulasBy = await readBlocks(context, plans, req.budget, formulasBy, queueTables, n, req.signal);

  for (const t of tableRanges) {
    const d = data.get(t.sheetId);
    if (!d) continue;
    const range = t.range.address.slice(t.range.address.lastIndexOf('!') + 1).replace(/\$/g, '');
    (d.listObjects ??= []).push({ name: t.name, range });
  }
  return { layout, data, syncs: n.syncs, formulasBy };
}
