/// <reference types="office-js" />
/**
 * WorkbookHost over Excel through Office.js — the only module that calls Office.js/Excel.
 *
 * Sync budget: a read is two syncs (sheet list, then every sheet's used range and fills at once);
 * an apply is one sync per ~4 MB of writes (plus one up-front when no fresh read is cached), so
 * the number of round trips never grows with the number of rows, only with payload size.
 */
import type { ApplyProgress, HostInfo, WorkbookHost } from '../host';
import { HostError } from '../host';
import type { Edits, GenCell, GeneratedSheet, Lang, MappingOverride, SheetInput, WorkbookInput } from '../../engine/types';
import { a1, parseRange } from '../../engine/cells';
import { OWNED_PREFIX, quoteSheet, sheetOfReference } from '../exceljs/ownership';
import {
  argbToOffice,
  blockAddress,
  columnAddress,
  genBlock,
  groupFillRuns,
  isDarkColour,
  payloadOf,
  readFill,
  readFont,
  toCellInput,
} from './convert';
import { HOST_MESSAGES, langOf } from './messages';
import { MAPPINGS_KEY, parseMappings } from './mappings';

/** The slice of the `Office` global the host uses (a fake stands in for it in tests). */
export interface OfficeLike {
  context: {
    displayLanguage?: string;
    officeTheme?: { bodyBackgroundColor?: string } | null;
    requirements: { isSetSupported(name: string, minVersion?: string): boolean };
    document: {
      settings: {
        get(name: string): unknown;
        set(name: string, value: unknown): void;
        saveAsync(callback?: (r: { status: unknown; error?: { message: string } }) => void): void;
      };
    };
  };
}

export interface OfficeEnv {
  run<T>(batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T>;
  office: OfficeLike;
  /** Bytes of writes per sync before flushing; Office rejects requests above ~5 MB. */
  payloadBudget?: number;
  /** How long a read's sheet list may stand in for the pre-write sync of an apply. */
  cacheMs?: number;
  now?: () => number;
  warn?: (msg: string) => void;
}

export const REQUIRED_SET = { name: 'ExcelApi', version: '1.12' } as const;
const DEFAULT_BUDGET = 4 * 1024 * 1024;
/** Estimated response bytes per cell read: value, formula, format, type and cell properties as JSON. */
const READ_BYTES_PER_CELL = 160;
const OWNED_NAME = /^PLANARK_OWNED_(\d+)$/i;
/** Excel column width is in points; a character of the default font is about 7 points wide. */
const POINTS_PER_CHAR = 7;

interface SheetState {
  name: string;
  protected: boolean;
}

/** What a sync learned about the workbook's sheets and Planark's ownership names. */
interface Layout {
  at: number;
  sheets: Map<string, SheetState>; // keyed by lower-case name
  owned: Set<string>; // lower-case sheet names
  nameNumbers: Set<number>;
}

const lower = (s: string) => s.toLocaleLowerCase('sv');

function throwIfAborted(signal?: AbortSignal): void {
  if (signal?.aborted) throw new DOMException('Aborted', 'AbortError');
}

function defaultEnv(): OfficeEnv {
  return { run: (b) => Excel.run(b), office: Office as unknown as OfficeLike };
}

function layoutFrom(
  worksheets: { name: string; protection?: { protected: boolean } }[],
  names: { name: string; formula?: string }[],
  at: number,
): Layout {
  const sheets = new Map<string, SheetState>();
  for (const ws of worksheets) sheets.set(lower(ws.name), { name: ws.name, protected: ws.protection?.protected === true });
  const owned = new Set<string>();
  const nameNumbers = new Set<number>();
  for (const n of names) {
    const m = OWNED_NAME.exec(n.name);
    if (!m) continue;
    nameNumbers.add(Number(m[1]));
    const s = n.formula ? sheetOfReference(n.formula) : null;
    if (s && sheets.has(lower(s))) owned.add(lower(s));
  }
  return { at, sheets, owned, nameNumbers };
}

/** Queues writes and syncs whenever the next write would push the request past the budget. */
class Batcher {
  private used = 0;
  syncs = 0;
  constructor(
    private readonly ctx: Excel.RequestContext,
    private readonly budget: number,
    private readonly signal?: AbortSignal,
    private readonly onFlush?: () => void,
  ) {
    ctx.application.suspendApiCalculationUntilNextSync();
  }
  async reserve(bytes: number): Promise<void> {
    if (this.used > 0 && this.used + bytes > this.budget) await this.flush();
    this.used += bytes;
  }
  async flush(): Promise<void> {
    throwIfAborted(this.signal);
    await this.ctx.sync();
    this.syncs++;
    this.used = 0;
    this.onFlush?.();
    // Recalculation stays off for every chunk, not just the first.
    this.ctx.application.suspendApiCalculationUntilNextSync();
  }
  get pending(): boolean {
    return this.used > 0;
  }
}

function styleKey(g: GenCell | undefined): string {
  if (!g) return '';
  if (!g.bold && !g.italic && !g.fill && !g.font && !g.wrap) return '';
  return JSON.stringify([!!g.bold, !!g.italic, g.fill ?? '', g.font ?? '', !!g.wrap]);
}

export class ExcelHost implements WorkbookHost {
  private layout: Layout | null = null;
  private readonly env: OfficeEnv;

  constructor(env: OfficeEnv = defaultEnv()) {
    this.env = env;
  }

  private get lang(): Lang {
    return langOf(this.env.office.context.displayLanguage);
  }
  private now(): number {
    return (this.env.now ?? Date.now)();
  }

  info(): HostInfo {
    return { kind: 'excel', lang: this.lang, dark: isDarkColour(this.env.office.context.officeTheme?.bodyBackgroundColor) };
  }

  private requireSupport(): void {
    const ok = this.env.office.context.requirements.isSetSupported(REQUIRED_SET.name, REQUIRED_SET.version);
    if (!ok) throw new HostError(HOST_MESSAGES.requirementSet[this.lang](), 'requirement-set');
  }

  /** Runs a batch and turns Office errors into HostErrors the pane can show as they are. */
  private async run<T>(batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> {
    try {
      return await this.env.run(batch);
    } catch (e) {
      throw this.toHostError(e);
    }
  }

  private toHostError(e: unknown): unknown {
    if (e instanceof HostError) return e;
    if (e instanceof DOMException && e.name === 'AbortError') return e;
    const code = (e as { code?: string })?.code;
    const msg = (e as { message?: string })?.message ?? String(e);
    if (code === 'InvalidOperationInCellEditMode') return new HostError(HOST_MESSAGES.cellEdit[this.lang](), 'cell-edit');
    if (code === 'AccessDenied') return new HostError(HOST_MESSAGES.protected[this.lang]('?'), 'protected');
    return new HostError(HOST_MESSAGES.other[this.lang](msg), 'other');
  }

  async read(signal?: AbortSignal): Promise<WorkbookInput> {
    throwIfAborted(signal);
    this.requireSupport();
    const mappings = await this.loadMappings();
    const input = await this.run(async (ctx) => {
      const wss = ctx.workbook.worksheets;
      wss.load('items/name,items/protection/protected');
      const names = ctx.workbook.names;
      names.load('items/name,items/formula');
      const tables = ctx.workbook.tables;
      tables.load('items/name,items/worksheet/name');
      await ctx.sync();
      throwIfAborted(signal);

      // Each sheet's used range is read in row blocks whose estimated response stays under the
      // payload budget; blocks are queued together and fetched with as few syncs as the budget
      // allows — one for any ordinary workbook, more only for very large ones, never per row.
      const dims = wss.items.map((ws) => {
        const used = ws.getUsedRange();
        used.load('address');
        return used;
      });
      const tableRanges = tables.items.map((t) => {
        const r = t.getRange();
        r.load('address');
        return { t, r };
      });
      await ctx.sync();
      throwIfAborted(signal);
      const budget = this.env.payloadBudget ?? DEFAULT_BUDGET;
      type Block = { used: Excel.Range; props: { value: unknown } };
      const perSheet: { ws: Excel.Worksheet; blocks: Block[] }[] = [];
      let pending = 0;
      for (let i = 0; i < wss.items.length; i++) {
        const ws = wss.items[i];
        const box = parseRange(dims[i].address.slice(dims[i].address.lastIndexOf('!') + 1).replace(/\$/g, ''));
        const width = box.c2 - box.c1 + 1;
        const rowsPerBlock = Math.max(1, Math.floor(budget / (width * READ_BYTES_PER_CELL)));
        const blocks: Block[] = [];
        for (let r1 = box.r1; r1 <= box.r2; r1 += rowsPerBlock) {
          const r2 = Math.min(box.r2, r1 + rowsPerBlock - 1);
          const bytes = (r2 - r1 + 1) * width * READ_BYTES_PER_CELL;
          if (pending > 0 && pending + bytes > budget) {
            await ctx.sync();
            throwIfAborted(signal);
            pending = 0;
          }
          const used = ws.getRange(blockAddress(r1, box.c1, r2, box.c2));
          used.load('values,formulas,numberFormat,valueTypes,rowIndex,columnIndex,address');
          const props = used.getCellProperties({ format: { fill: { color: true, pattern: true }, font: { color: true } } });
          blocks.push({ used, props });
          pending += bytes;
        }
        perSheet.push({ ws, blocks });
      }
      await ctx.sync();
      throwIfAborted(signal);

      this.layout = layoutFrom(
        wss.items.map((w) => ({ name: w.name, protection: { protected: w.protection.protected } })),
        names.items.map((n) => ({ name: n.name, formula: n.formula })),
        this.now(),
      );
      const sheets: SheetInput[] = perSheet.map(({ ws, blocks }) => {
        const rows: SheetInput['rows'] = [];
        for (const { used, props } of blocks) {
          const r0 = used.rowIndex;
          const c0 = used.columnIndex;
          const cp = props.value as { format?: { fill?: { color?: string; pattern?: string }; font?: { color?: string } } }[][] | undefined;
          used.values.forEach((row, i) => {
            let out: SheetInput['rows'][number];
            row.forEach((value, j) => {
              const p = cp?.[i]?.[j]?.format;
              const cell = toCellInput({
                value,
                formula: used.formulas[i]?.[j],
                numberFormat: used.numberFormat[i]?.[j],
                valueType: used.valueTypes?.[i]?.[j],
                fill: readFill(p?.fill?.color, p?.fill?.pattern),
                font: readFont(p?.font?.color),
              });
              if (!cell) return;
              if (!out) out = [];
              out[c0 + j] = cell;
            });
            if (out) rows[r0 + i] = out;
          });
        }
        const listObjects = tableRanges
          .filter(({ t }) => t.worksheet.name === ws.name)
          .map(({ t, r }) => ({ name: t.name, range: r.address.slice(r.address.lastIndexOf('!') + 1).replace(/\$/g, '') }));
        const s: SheetInput = { name: ws.name, rows };
        if (listObjects.length) s.listObjects = listObjects;
        return s;
      });
      const owned = sheets.filter((s) => this.layout!.owned.has(lower(s.name))).map((s) => s.name);
      const out: WorkbookInput = { sheets, ownedSheets: owned };
      return out;
    });
    if (mappings.length) input.mappings = mappings;
    return input;
  }

  async apply(edits: Edits, onProgress?: (p: ApplyProgress) => void, signal?: AbortSignal): Promise<void> {
    throwIfAborted(signal);
    this.requireSupport();
    const runs = groupFillRuns(edits.fills);
    const total = runs.length + edits.sheets.length;
    let done = 0;
    onProgress?.({ done, total });
    const budget = this.env.payloadBudget ?? DEFAULT_BUDGET;
    const cacheMs = this.env.cacheMs ?? 60_000;

    await this.run(async (ctx) => {
      const wss = ctx.workbook.worksheets;
      const names = ctx.workbook.names;
      let layout = this.layout && this.now() - this.layout.at <= cacheMs ? this.layout : null;
      if (!layout) {
        // No fresh read: learn sheet names, protection and ownership first.
        wss.load('items/name,items/protection/protected');
        names.load('items/name,items/formula');
        await ctx.sync();
        layout = layoutFrom(
          wss.items.map((w) => ({ name: w.name, protection: { protected: w.protection.protected } })),
          names.items.map((n) => ({ name: n.name, formula: n.formula })),
          this.now(),
        );
      }
      const L = layout;
      const touched = new Set(runs.map((r) => lower(r.sheet)));
      for (const g of edits.sheets) if (L.owned.has(lower(g.name))) touched.add(lower(g.name));
      for (const t of touched) {
        const s = L.sheets.get(t);
        if (s?.protected) throw new HostError(HOST_MESSAGES.protected[this.lang](s.name), 'protected');
      }
      for (const g of edits.sheets) {
        const s = L.sheets.get(lower(g.name));
        if (s && !L.owned.has(lower(g.name))) throw new HostError(HOST_MESSAGES.notOwned[this.lang](s.name), 'other');
      }

      const batch = new Batcher(ctx, budget, signal, () => onProgress?.({ done, total }));
      for (const run of runs) {
        const range = wss.getItem(run.sheet).getRange(run.address);
        if (run.fill === null) range.format.fill.clear();
        else range.format.fill.color = argbToOffice(run.fill);
        // Office has no "automatic" font colour setter; black is what automatic renders as.
        if (run.font !== undefined) range.format.font.color = run.font === null ? '#000000' : argbToOffice(run.font);
        await batch.reserve(payloadOf(run));
        done++;
      }
      for (const g of edits.sheets) {
        await this.writeSheet(ctx, L, g, batch);
        done++;
      }
      if (batch.pending || batch.syncs === 0) await batch.flush();
    }).catch(async (e: unknown) => {
      // A sheet protected since the cached read: name it with a fresh look.
      if (e instanceof HostError && e.reason === 'protected' && e.message.includes('?')) {
        this.layout = null;
        const sheet = await this.findProtected(edits).catch(() => null);
        throw new HostError(HOST_MESSAGES.protected[this.lang](sheet ?? '?'), 'protected');
      }
      throw e;
    });
    onProgress?.({ done: total, total });
  }

  private async findProtected(edits: Edits): Promise<string | null> {
    const wanted = new Set([...edits.fills.map((f) => lower(f.sheet)), ...edits.sheets.map((s) => lower(s.name))]);
    return this.env.run(async (ctx) => {
      const wss = ctx.workbook.worksheets;
      wss.load('items/name,items/protection/protected');
      await ctx.sync();
      return wss.items.find((w) => wanted.has(lower(w.name)) && w.protection.protected)?.name ?? null;
    });
  }

  /** Clears and rewrites an owned sheet in place (no delete, no flicker) or adds and marks a new one. */
  private async writeSheet(ctx: Excel.RequestContext, L: Layout, g: GeneratedSheet, batch: Batcher): Promise<void> {
    const wss = ctx.workbook.worksheets;
    let ws: Excel.Worksheet;
    const existing = L.sheets.get(lower(g.name));
    if (existing) {
      ws = wss.getItem(existing.name);
      ws.getRange().clear();
      ws.freezePanes.unfreeze();
    } else {
      ws = wss.add(g.name);
      let n = 1;
      while (L.nameNumbers.has(n)) n++;
      L.nameNumbers.add(n);
      ctx.workbook.names.add(`${OWNED_PREFIX}${n}`, `=${quoteSheet(g.name)}!$A$1`);
      L.sheets.set(lower(g.name), { name: g.name, protected: false });
      L.owned.add(lower(g.name));
    }
    await batch.reserve(payloadOf(g.name));

    const width = Math.max(1, ...g.rows.map((r) => r.length));
    // Row blocks small enough that each fits a request with room to spare.
    const half = Math.max(1, Math.floor((this.env.payloadBudget ?? DEFAULT_BUDGET) / 2));
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
      const { values, formats } = genBlock(g.rows.slice(start, end), width);
      const range = ws.getRange(blockAddress(start, 0, end - 1, width - 1));
      // Format first so text like `=SUM(A1)` lands as text, never as a formula.
      range.numberFormat = formats;
      range.values = values;
      await batch.reserve(bytes);
      start = end;
    }

    for (let r = 0; r < g.rows.length; r++) {
      const row = g.rows[r];
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        if (!cell) continue;
        if (cell.formula) {
          ws.getRange(a1(r, c)).formulas = [[`=${cell.formula}`]];
          await batch.reserve(payloadOf(cell.formula));
        }
        if (cell.link) {
          const text = cell.v === null ? '' : String(cell.v);
          ws.getRange(a1(r, c)).hyperlink = { documentReference: `${quoteSheet(cell.link.sheet)}!${cell.link.cell}`, textToDisplay: text };
          await batch.reserve(payloadOf([cell.link, text]));
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
          const f = ws.getRange(blockAddress(r, c, r, e - 1)).format;
          if (s.bold) f.font.bold = true;
          if (s.italic) f.font.italic = true;
          if (s.fill) f.fill.color = argbToOffice(s.fill);
          if (s.font) f.font.color = argbToOffice(s.font);
          if (s.wrap) f.wrapText = true;
          await batch.reserve(payloadOf(k));
        }
        c = e;
      }
    }
    g.colWidths?.forEach((w, i) => {
      ws.getRange(columnAddress(i)).format.columnWidth = w * POINTS_PER_CHAR;
    });
    if (g.freezeRows) ws.freezePanes.freezeRows(g.freezeRows);
    await batch.reserve(payloadOf(g.colWidths ?? []));
  }

  async select(sheet: string, cell: string): Promise<void> {
    await this.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      await ctx.sync();
    });
  }

  async loadMappings(): Promise<MappingOverride[]> {
    const raw = this.env.office.context.document.settings.get(MAPPINGS_KEY);
    const parsed = parseMappings(raw);
    if (parsed === null) {
      (this.env.warn ?? console.warn)(HOST_MESSAGES.mappingsIgnored[this.lang]());
      return [];
    }
    return parsed;
  }

  async saveMappings(m: MappingOverride[]): Promise<void> {
    const settings = this.env.office.context.document.settings;
    settings.set(MAPPINGS_KEY, JSON.stringify(m));
    await new Promise<void>((resolve, reject) => {
      settings.saveAsync((r) => {
        if (r.error || String(r.status).toLowerCase() === 'failed') reject(new HostError(HOST_MESSAGES.other[this.lang](r.error?.message ?? ''), 'other'));
        else resolve();
      });
    });
  }

  async onChanged(cb: (e: { sheet: string; address: string }) => void): Promise<() => void> {
    // Worksheet ids are stable; resolve each to its current name when an event arrives.
    const handler = async (ev: Excel.WorksheetChangedEventArgs) => {
      try {
        const name = await this.env.run(async (ctx) => {
          const ws = ctx.workbook.worksheets.getItem(ev.worksheetId);
          ws.load('name');
          await ctx.sync();
          return ws.name;
        });
        cb({ sheet: name, address: ev.address });
      } catch {
        // A sheet deleted between the event and the lookup: nothing to re-check.
      }
    };
    const registration = await this.run(async (ctx) => {
      const r = ctx.workbook.worksheets.onChanged.add(handler);
      await ctx.sync();
      return r;
    });
    return () => {
      void this.env
        .run(async (ctx) => {
          registration.remove();
          await ctx.sync();
        })
        .catch(() => undefined);
    };
  }
}

export function createExcelHost(env?: OfficeEnv): WorkbookHost {
  return new ExcelHost(env);
}

/** Checks the host and requirement set before the pane renders; null when all is well. */
export function supportProblem(hostName: string | null | undefined, office: OfficeLike): HostError | null {
  const lang = langOf(office.context.displayLanguage);
  if (hostName && hostName !== 'Excel') return new HostError(HOST_MESSAGES.unsupportedHost[lang](), 'unsupported-host');
  if (!office.context.requirements.isSetSupported(REQUIRED_SET.name, REQUIRED_SET.version)) {
    return new HostError(HOST_MESSAGES.requirementSet[lang](), 'requirement-set');
  }
  return null;
}
