/// <reference types="office-js" />
/**
 * Reads a workbook in as few round trips as its size allows:
 *
 * 1. One batch walks the sheets (`getFirst` / `getNextOrNullObject`) and queues, for each, its
 *    protection, its values-only used range and its first rows, with the defined names, the
 *    Excel tables and the workbook's protection. Only very many sheets need a second walk.
 * 2. Row blocks of each used range: values, formulas and number formats, and — only for the
 *    columns Planark may colour, which the engine's own header recognition finds in those first
 *    rows — fill and font colours. Blocks are sized by measured response bytes (text comes back
 *    twice, as values and as formulas) and fetched in as few syncs as the budget allows; a
 *    payload error halves the blocks and fetches them again.
 *
 * So an ordinary workbook is read in two syncs, and a large one in a number that grows with its
 * bytes, never with its rows or sheets as such.
 */
import type { MappingOverride, SheetInput } from '../../engine/types';
import { colourColumns } from '../../engine/recognize/colour-columns';
import { toCellInput, readFill, readFont } from './convert';
import { MIN_BUDGET, lower, throwIfAborted } from './env';
import { isPayloadError } from './errors';
import { layoutFrom, sheetState, type Layout, type SheetState } from './layout';
import { FILL_CELL_BYTES, PROPS_CELL_BYTES, gridBytes, readCellBytes } from './payload';

/** Sheets walked per batch; a workbook with more needs one more sync per this many. */
export const WALK = 32;
/** Rows read with the sheet list to find header rows (at the full budget). */
export const PROBE_ROWS = 50;

export interface ReadRequest {
  budget: number;
  mappings: MappingOverride[];
  /** Ids of the sheets to read; null reads every sheet. */
  only: ReadonlySet<string> | null;
  /** Lower-case names of sheets not to read (Planark's own, known from an earlier read). */
  skip?: ReadonlySet<string>;
  signal?: AbortSignal;
  now: number;
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
}

/** Syncs made so far (the benchmark and tests count them). */
interface Syncs {
  syncs: number;
}

interface Box {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

interface Found {
  state: SheetState;
  used: Box | null;
  probe: SheetInput | null;
  probeValues?: unknown[][];
  probeFormats?: unknown[][];
}

type Ws = Excel.Worksheet;
type Rng = Excel.Range;

/** Fill colour and tint (null only for "no fill") and, for traffic-light columns, the font colour. */
const WITH_FONT = { format: { fill: { color: true, tintAndShade: true }, font: { color: true } } } as const;
const FILL_ONLY = { format: { fill: { color: true, tintAndShade: true } } } as const;

function probeRows(budget: number): number {
  return Math.max(5, Math.min(PROBE_ROWS, Math.floor((PROBE_ROWS * budget) / (4 * 1024 * 1024))));
}

/** Queues a sheet's values-only used range and its first rows. */
function queueSheetData(ws: Ws, rows: number): { used: Rng; probe: Rng } {
  const used = ws.getUsedRangeOrNullObject(true);
  used.load('rowIndex,columnIndex,rowCount,columnCount');
  const probe = ws.getRange(`1:${rows}`).getUsedRangeOrNullObject(true);
  probe.load('values,numberFormat,rowIndex,columnIndex');
  return { used, probe };
}

function boxOf(r: Rng): Box | null {
  if (r.isNullObject) return null;
  return { r1: r.rowIndex, c1: r.columnIndex, r2: r.rowIndex + r.rowCount - 1, c2: r.columnIndex + r.columnCount - 1 };
}

function probeSheet(name: string, r: Rng): Pick<Found, 'probe' | 'probeValues' | 'probeFormats'> {
  if (r.isNullObject || !r.values) return { probe: null };
  const rows: SheetInput['rows'] = [];
  r.values.forEach((row, i) => {
    let out: SheetInput['rows'][number];
    row.forEach((value, j) => {
      const cell = toCellInput({ value, formula: undefined, numberFormat: r.numberFormat?.[i]?.[j] });
      if (!cell) return;
      if (!out) out = [];
      out[r.columnIndex + j] = cell;
    });
    if (out) rows[r.rowIndex + i] = out;
  });
  return { probe: { name, rows }, probeValues: r.values, probeFormats: r.numberFormat };
}

interface Walk {
  ws: Ws;
  data: { used: Rng; probe: Rng } | null;
}

/**
 * Step 1: every sheet's name, id and protection, and (for the sheets to read) the used range and
 * first rows, with names, tables and workbook protection — in one sync for up to WALK sheets.
 */
async function findSheets(context: Excel.RequestContext, req: ReadRequest, n: Syncs) {
  const wb = context.workbook;
  const names = wb.names;
  names.load('items/name,items/formula');
  const tables = wb.tables;
  tables.load('items/name,items/worksheet/id');
  const protection = wb.protection;
  protection.load('protected');
  const rows = probeRows(req.budget);
  const walked: Walk[] = [];

  const queue = (ws: Ws, withData: boolean) => {
    ws.load('name,id');
    ws.protection.load('protected,options');
    walked.push({ ws, data: withData ? queueSheetData(ws, rows) : null });
  };

  if (req.only === null) {
    // The walk: no need to know the sheets before asking for their used ranges.
    let ws = wb.worksheets.getFirst();
    for (;;) {
      const start = walked.length;
      for (let i = 0; i < WALK; i++) {
        queue(ws, true);
        ws = ws.getNextOrNullObject();
      }
      n.syncs++;
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per 32 sheets, not per sheet
      await context.sync();
      throwIfAborted(req.signal);
      const last = walked[walked.length - 1].ws;
      if (last.isNullObject || walked.slice(start).some((w) => w.ws.isNullObject)) break;
      // Very many sheets: continue from the last one.
      ws = last.getNextOrNullObject();
    }
  } else {
    // A recheck: the sheet list, and the changed sheets by id.
    const all = wb.worksheets;
    all.load('items/name,items/id,items/protection/protected,items/protection/options');
    const changed = [...req.only].map((id) => {
      const ws = wb.worksheets.getItemOrNullObject(id);
      ws.load('name,id');
      return { id, ws, data: queueSheetData(ws, rows) };
    });
    n.syncs++;
    await context.sync();
    throwIfAborted(req.signal);
    const byId = new Map(changed.filter((c) => !c.ws.isNullObject).map((c) => [c.ws.id, c]));
    for (const ws of all.items) walked.push({ ws, data: byId.get(ws.id)?.data ?? null });
  }

  const live = walked.filter((w) => !w.ws.isNullObject);
  const found: Found[] = live.map(({ ws, data }) => ({
    state: sheetState(ws),
    used: data ? boxOf(data.used) : null,
    ...(data ? probeSheet(ws.name, data.probe) : { probe: null }),
  }));
  const read = new Set(live.filter((w) => w.data).map((w) => w.ws.id));
  const layout = layoutFrom(
    found.map((f) => f.state),
    names.items.map((n) => ({ name: n.name, formula: n.formula })),
    protection.protected === true,
    req.now,
  );
  return { found, read, tables: tables.items, layout };
}

/** The same as findSheets when the walk is refused: the sheet list first, then their used ranges. */
async function findSheetsListed(context: Excel.RequestContext, req: ReadRequest, n: Syncs) {
  const wb = context.workbook;
  const names = wb.names;
  names.load('items/name,items/formula');
  const tables = wb.tables;
  tables.load('items/name,items/worksheet/id');
  const protection = wb.protection;
  protection.load('protected');
  const all = wb.worksheets;
  all.load('items/name,items/id,items/protection/protected,items/protection/options');
  n.syncs++;
  await context.sync();
  throwIfAborted(req.signal);
  const rows = probeRows(req.budget);
  const wanted = all.items.filter((ws) => req.only === null || req.only.has(ws.id));
  const data = new Map(wanted.map((ws) => [ws.id, queueSheetData(ws, rows)]));
  n.syncs++;
  await context.sync();
  throwIfAborted(req.signal);
  const found: Found[] = all.items.map((ws) => {
    const d = data.get(ws.id);
    return { state: sheetState(ws), used: d ? boxOf(d.used) : null, ...(d ? probeSheet(ws.name, d.probe) : { probe: null }) };
  });
  const layout = layoutFrom(
    found.map((f) => f.state),
    names.items.map((n) => ({ name: n.name, formula: n.formula })),
    protection.protected === true,
    req.now,
  );
  return { found, read: new Set(data.keys()), tables: tables.items, layout };
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
  props: (Span & { result: { value: unknown } })[];
  estimate: number;
}

type Props = { format?: { fill?: { color?: string; tintAndShade?: number | null }; font?: { color?: string } } }[][];

function queueBlock(plan: Plan, r1: number, r2: number): Block {
  const { box } = plan;
  const n = r2 - r1 + 1;
  const range = plan.ws.getRangeByIndexes(r1, box.c1, n, box.c2 - box.c1 + 1);
  range.load('values,formulas,numberFormat');
  const props = plan.fillSpans.map((s) => ({
    ...s,
    result: plan.ws.getRangeByIndexes(r1, s.c1, n, s.c2 - s.c1 + 1).getCellProperties(s.font ? WITH_FONT : FILL_ONLY) as unknown as { value: unknown },
  }));
  return { plan, r1, r2, range, props, estimate: n * plan.rowBytes };
}

function takeBlock(b: Block): void {
  const { plan, range } = b;
  const c0 = plan.box.c1;
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
      const cell = toCellInput({ value, formula: range.formulas[i]?.[j], numberFormat: range.numberFormat[i]?.[j], fill, font });
      if (!cell) return;
      if (!out) out = [];
      out[c] = cell;
    });
    if (out) plan.rows[b.r1 + i] = out;
  });
  // What came back, measured: later blocks of this sheet are sized by it (the budget keeps a
  // fifth of the limit in reserve, and a payload error halves the blocks anyway).
  const n = b.r2 - b.r1 + 1;
  const actual = gridBytes(range.values) + gridBytes(range.formulas) + gridBytes(range.numberFormat) + b.props.reduce((s, p) => s + spanBytes(p) * n, 0);
  plan.rowBytes = Math.max(1, Math.ceil((actual / n) * 1.05));
}

/** Step 2: the blocks, as many per sync as the budget holds. */
async function readBlocks(context: Excel.RequestContext, plans: Plan[], budget: number, extra: () => void, n: Syncs, signal?: AbortSignal): Promise<void> {
  let extraDone = false;
  for (;;) {
    const left = plans.filter((p) => p.next <= p.box.r2);
    if (left.length === 0 && extraDone) return;
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
        const b = queueBlock(p, p.next, r2);
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
  const { found, read, tables, layout } = opts.walk ? await findSheets(context, req, n) : await findSheetsListed(context, req, n);

  const plans: Plan[] = [];
  const data = new Map<string, SheetData>();
  for (const f of found) {
    if (!read.has(f.state.id)) continue;
    const owned = layout.owned.has(lower(f.state.name)) || req.skip?.has(lower(f.state.name));
    const d: SheetData = { id: f.state.id, name: f.state.name, rows: [], fillColumns: new Set() };
    data.set(d.id, d);
    // Planark's own sheets are regenerated, never analysed: their cells are not read.
    if (owned || !f.used) continue;
    const cols = f.probe ? colourColumns(f.probe, req.mappings) : { fill: [], font: [] };
    const fillSpans = spans(cols.fill, new Set(cols.font), f.used.c1, f.used.c2);
    const fillColumns = new Set(fillSpans.flatMap((s) => Array.from({ length: s.c2 - s.c1 + 1 }, (_, i) => s.c1 + i)));
    d.fillColumns = fillColumns;
    const width = f.used.c2 - f.used.c1 + 1;
    const rowBytes = width * readCellBytes(f.probeValues, f.probeFormats) + fillSpans.reduce((sum, s) => sum + spanBytes(s), 0) + 8;
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
  if (plans.length) await readBlocks(context, plans, req.budget, queueTables, n, req.signal);

  for (const t of tableRanges) {
    const d = data.get(t.sheetId);
    if (!d) continue;
    const range = t.range.address.slice(t.range.address.lastIndexOf('!') + 1).replace(/\$/g, '');
    (d.listObjects ??= []).push({ name: t.name, range });
  }
  return { layout, data, syncs: n.syncs };
}
