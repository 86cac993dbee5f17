/// <reference types="office-js" />
/**
 * Writes fills and generated sheets in as few syncs as the payload budget allows. Every write is
 * sized before it is queued, so no request passes the budget; fills go out as runs of equal
 * cells, and the runs of one colour in one column as one multi-area range. While writing,
 * `runtime.enableEvents` is off, so Planark's own writes raise no change events.
 */
import type { Edits, FillEdit, Lang } from '../../engine/types';
import { PALETTE } from '../../engine/types';
import { HostError } from '../host';
import { Batcher } from './batcher';
import { argbToOffice, groupFillAreas, groupFillRuns, readFill } from './convert';
import { lower, throwIfAborted } from './env';
import { layoutFrom, sheetState, type Layout } from './layout';
import { HOST_MESSAGES } from './messages';
import { PROPS_CELL_BYTES } from './payload';
import { writeSheet } from './write-sheet';
import { writeValues } from './write-values';

const PALETTE_FILLS = new Set<string>(Object.values(PALETTE).map((p) => p.fill));

export interface WriteRequest {
  edits: Edits;
  lang: Lang;
  budget: number;
  /** The layout of a fresh read, or null to look first. */
  layout: Layout | null;
  /** Sheet ids of the last read by lower-case name, so a sheet renamed since is still found. */
  knownIds: ReadonlyMap<string, string>;
  /** Per sheet id, the columns whose fills the last read saw; fills elsewhere are looked at first. */
  fillKnown: ReadonlyMap<string, ReadonlySet<number>>;
  /** Join the runs of one colour in one column (RangeAreas). */
  useAreas: boolean;
  /** Turn events off while writing (ExcelApi 1.8). */
  quiet: boolean;
  /** Set once events were turned off, so a failure after that turns them back on. */
  state: { eventsOff: boolean };
  now: number;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

export interface WriteOutcome {
  syncs: number;
  layout: Layout;
  /** Sheets named by fill edits that no longer exist; their fills were not written. */
  gone: string[];
  /** Fill edits dropped because the cell had a fill of the user's own. */
  kept: number;
}

function columnOf(cell: string): number {
  let c = 0;
  for (const ch of cell.toUpperCase()) {
    const k = ch.charCodeAt(0);
    if (k < 65 || k > 90) break;
    c = c * 26 + (k - 64);
  }
  return c - 1;
}

/** Where a sheet named in an edit is now: by name, or by the id the last read knew it under. */
function sheetIdOf(name: string, layout: Layout, knownIds: ReadonlyMap<string, string>): string | null {
  const s = layout.sheets.get(lower(name));
  if (s) return s.id;
  const id = knownIds.get(lower(name));
  return id && layout.order.some((x) => x.id === id) ? id : null;
}

/**
 * One sync before writing, only when needed: the layout when no fresh read supplies it, and the
 * fills of target cells whose fills the last read did not see (a column outside the ones the
 * header rows named), so a user's own fill there is still never overwritten.
 */
async function look(context: Excel.RequestContext, req: WriteRequest, n: { syncs: number }): Promise<{ layout: Layout; fills: FillEdit[]; kept: number }> {
  const wb = context.workbook;
  let layout = req.layout;
  let load: (() => Layout) | null = null;
  if (!layout) {
    const all = wb.worksheets;
    all.load('items/name,items/id,items/protection/protected,items/protection/options');
    const names = wb.names;
    names.load('items/name,items/formula');
    const protection = wb.protection;
    protection.load('protected');
    load = () => layoutFrom(all.items.map(sheetState), names.items.map((n) => ({ name: n.name, formula: n.formula })), protection.protected === true, req.now);
  }
  const unknown = req.edits.fills.filter((f) => {
    const id = req.knownIds.get(lower(f.sheet));
    return !id || !req.fillKnown.get(id)?.has(columnOf(f.cell));
  });
  const checks: { run: { sheet: string; address: string }; result: { value: unknown } }[] = [];
  if (unknown.length) {
    // Runs of adjacent target cells, whatever their colour: one properties call each.
    const runs = groupFillRuns(unknown.map((f) => ({ sheet: f.sheet, cell: f.cell, fill: 'x' })));
    let pending = 0;
    for (const run of runs) {
      const [a, b] = run.address.split(':');
      const cells = b ? Number(b.replace(/^[A-Z]+/i, '')) - Number(a.replace(/^[A-Z]+/i, '')) + 1 : 1;
      if (pending > 0 && pending + cells * PROPS_CELL_BYTES > req.budget) {
        n.syncs++;
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per ~4 MB of properties, not per cell
        await context.sync();
        pending = 0;
      }
      pending += cells * PROPS_CELL_BYTES + 100;
      const ws = wb.worksheets.getItemOrNullObject(req.knownIds.get(lower(run.sheet)) ?? run.sheet);
      const result = ws.getRange(run.address).getCellProperties({ format: { fill: { color: true, tintAndShade: true } } }) as unknown as { value: unknown };
      checks.push({ run, result });
    }
  }
  if (!load && checks.length === 0) return { layout: layout!, fills: req.edits.fills, kept: 0 };
  n.syncs++;
  await context.sync();
  throwIfAborted(req.signal);
  if (load) layout = load();
  const foreign = new Set<string>();
  for (const { run, result } of checks) {
    const grid = result.value as { format?: { fill?: { color?: string; tintAndShade?: number | null } } }[][] | undefined;
    if (!grid) continue;
    const [start] = run.address.split(':');
    const r0 = Number(start.replace(/^[A-Z]+/i, ''));
    const col = start.replace(/\d+$/, '');
    grid.forEach((row, i) => {
      const f = row[0]?.format?.fill;
      const argb = readFill(f?.color, f?.tintAndShade);
      if (argb && !PALETTE_FILLS.has(argb)) foreign.add(`${lower(run.sheet)}\u0000${col}${r0 + i}`);
    });
  }
  const fills = req.edits.fills.filter((f) => !foreign.has(`${lower(f.sheet)}\u0000${f.cell.toUpperCase()}`));
  return { layout: layout!, fills, kept: req.edits.fills.length - fills.length };
}

export async function writeEdits(context: Excel.RequestContext, req: WriteRequest): Promise<WriteOutcome> {
  const n = { syncs: 0 };
  const { layout, fills, kept } = await look(context, req, n);
  const { lang } = req;

  // Which sheets the fills go to, by id; a sheet removed meanwhile is reported, not written.
  const gone = new Set<string>();
  const targets: FillEdit[] = [];
  for (const f of fills) {
    const id = sheetIdOf(f.sheet, layout, req.knownIds);
    if (!id) gone.add(f.sheet);
    else targets.push({ ...f, sheet: id });
  }
  const byId = new Map(layout.order.map((s) => [s.id, s]));
  for (const id of new Set(targets.map((f) => f.sheet))) {
    const s = byId.get(id)!;
    // Colouring needs only "Format cells"; a protection that allows it is no obstacle.
    if (s.protected && !s.allowFormatCells) throw new HostError(HOST_MESSAGES.protectedNoFormat[lang](s.name), 'protected');
  }
  for (const g of req.edits.sheets) {
    const s = layout.sheets.get(lower(g.name));
    if (s && !layout.owned.has(lower(g.name))) throw new HostError(HOST_MESSAGES.notOwned[lang](s.name), 'other');
    if (s?.protected) throw new HostError(HOST_MESSAGES.protected[lang](s.name), 'protected');
    if (!s && layout.structureProtected) throw new HostError(HOST_MESSAGES.structureProtected[lang](g.name), 'protected');
  }

  const runs = groupFillRuns(targets);
  const writes = req.useAreas ? groupFillAreas(runs) : runs.map((r) => ({ ...r, runs: 1 }));
  const values = req.edits.values ?? [];
  const total = runs.length + req.edits.sheets.length + values.length;
  let done = 0;
  req.onProgress?.(0, total);
  const batch = new Batcher(context, req.budget, req.signal, () => req.onProgress?.(done, total));
  if (req.quiet) {
    context.runtime.enableEvents = false;
    req.state.eventsOff = true;
  }

  const wss = context.workbook.worksheets;
  for (const w of writes) {
    const props = 1 + (w.font !== undefined ? 1 : 0);
    await batch.add((w.address.length + 80) * props + 80, () => {
      const ws = wss.getItem(w.sheet);
      const target = w.address.includes(',') ? ws.getRanges(w.address) : ws.getRange(w.address);
      if (w.fill === null) target.format.fill.clear();
      else target.format.fill.color = argbToOffice(w.fill);
      // Office has no "automatic" font colour setter; black is what automatic renders as.
      if (w.font !== undefined) target.format.font.color = w.font === null ? '#000000' : argbToOffice(w.font);
    });
    done += w.runs;
  }
  for (const g of req.edits.sheets) {
    await writeSheet(context, layout, g, batch, req.budget);
    done++;
  }
  // Values last (Edits.values is applied after fills and sheets).
  for (const g of await writeValues(context, layout, req.knownIds, values, batch, lang, () => done++)) gone.add(g);
  // Events back on in the same request, after the writes it carries.
  if (req.quiet) context.runtime.enableEvents = true;
  await batch.flush();
  req.onProgress?.(total, total);
  return { syncs: n.syncs + batch.syncs, layout, gone: [...gone], kept };
}

/** Turns events back on after a failed write (best effort: the write may have left them off). */
export async function eventsOn(context: Excel.RequestContext): Promise<void> {
  context.runtime.enableEvents = true;
  await context.sync();
}
