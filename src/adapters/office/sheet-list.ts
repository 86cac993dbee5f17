/// <reference types="office-js" />
/**
 * Step 1 of a read: every sheet's name, id and protection and, for the sheets to read, the
 * values-only used range and the first rows (where header rows are), with the defined names, the
 * Excel tables and the workbook's protection — all in one sync for up to WALK sheets, by walking
 * the sheets with getFirst / getNextOrNullObject, so nothing waits for the sheet list.
 */
import type { SheetInput } from '../../engine/types';
import { toCellInput } from './convert';
import { throwIfAborted } from './env';
import { layoutFrom, sheetState, type SheetState } from './layout';
import type { ReadRequest } from './read';

/** Sheets walked per batch; a workbook with more needs one more sync per this many. */
export const WALK = 32;
/** Rows read with the sheet list to find header rows (at the full budget). */
export const PROBE_ROWS = 50;

/** Syncs made so far (the benchmark and tests count them). */
export interface Syncs {
  syncs: number;
}

export interface Box {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

export interface Found {
  state: SheetState;
  used: Box | null;
  probe: SheetInput | null;
  probeValues?: unknown[][];
  probeFormats?: unknown[][];
  /** The first rows' formulas: only to estimate how many bytes the blocks' formulas take. */
  probeFormulas?: unknown[][];
}

type Ws = Excel.Worksheet;
type Rng = Excel.Range;

function probeRows(budget: number): number {
  return Math.max(5, Math.min(PROBE_ROWS, Math.floor((PROBE_ROWS * budget) / (4 * 1024 * 1024))));
}

/** Queues a sheet's values-only used range and its first rows. */
function queueSheetData(ws: Ws, rows: number): { used: Rng; probe: Rng } {
  const used = ws.getUsedRangeOrNullObject(true);
  used.load('rowIndex,columnIndex,rowCount,columnCount');
  const probe = ws.getRange(`1:${rows}`).getUsedRangeOrNullObject(true);
  probe.load('values,formulas,numberFormat,rowIndex,columnIndex');
  return { used, probe };
}

function boxOf(r: Rng): Box | null {
  if (r.isNullObject) return null;
  return { r1: r.rowIndex, c1: r.columnIndex, r2: r.rowIndex + r.rowCount - 1, c2: r.columnIndex + r.columnCount - 1 };
}

function probeSheet(name: string, r: Rng): Pick<Found, 'probe' | 'probeValues' | 'probeFormats' | 'probeFormulas'> {
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
  return { probe: { name, rows }, probeValues: r.values, probeFormats: r.numberFormat, probeFormulas: r.formulas };
}

interface Walk {
  ws: Ws;
  data: { used: Rng; probe: Rng } | null;
}

/**
 * Step 1: every sheet's name, id and protection, and (for the sheets to read) the used range and
 * first rows, with names, tables and workbook protection — in one sync for up to WALK sheets.
 */
export async function findSheets(context: Excel.RequestContext, req: ReadRequest, n: Syncs) {
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
export async function findSheetsListed(context: Excel.RequestContext, req: ReadRequest, n: Syncs) {
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

