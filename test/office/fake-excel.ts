/// <reference types="office-js" />
/**
 * A hand-written fake of the Excel API surface the Office adapter uses, behaving as Microsoft's
 * documentation says where it matters:
 *
 * - Proxies queue commands on their own request context; nothing happens until that context's
 *   `sync()`, where the commands run in order (a failing command stops the batch; earlier ones
 *   stay applied). Reading a property that was not loaded yields undefined.
 * - Every sync counts its request bytes (JSON of the queued commands) and response bytes (JSON of
 *   what comes back). Past `limits` (5 MB each way, Excel on the web) a sync fails with
 *   `RequestPayloadSizeLimitExceeded` / `ResponsePayloadSizeLimitExceeded`.
 * - `*OrNullObject` methods return null objects, and calls on a null object give null objects.
 * - Writes to a protected sheet fail with `AccessDenied`, except formatting where the protection
 *   allows formatting cells; adding a sheet to a workbook with protected structure fails too.
 * - Event handlers are added on a context and removed only when `remove()` is synced on that same
 *   context (the documented rule). Writes raise `onChanged`/`onFormatChanged` with `source`
 *   `Local` unless `runtime.enableEvents` is false when the write runs.
 * - "No fill" reads back as `#FFFFFF` with `tintAndShade` null and pattern null; a white fill as
 *   `#FFFFFF` with `tintAndShade` 0 (office-js #4900).
 * - A string starting with `=` written to a non-text cell becomes a formula.
 */
import type { OfficeEnv } from '../../src/adapters/office/env';
import { a1, colLetters, parseA1, parseRange } from '../../src/engine/cells';

export interface FakeCell {
  value: string | number | boolean;
  formula?: string;
  numberFormat?: string;
  fill?: string; // #RRGGBB
  tint?: number;
  font?: string;
  bold?: boolean;
  italic?: boolean;
  wrap?: boolean;
  indent?: number;
  /** Rules above and below: line style and weight as set through `format.borders`. */
  borders?: Partial<Record<'EdgeTop' | 'EdgeBottom', { style?: string; weight?: string }>>;
  hyperlink?: { documentReference?: string; textToDisplay?: string };
}

type Box = { r1: number; c1: number; r2: number; c2: number };
/** Excel on the web's limit on one request and on one response (see FakeExcel.limits). */
export const FIVE_MB = 5_000_000;
const MAX_ROW = 1048575;
const MAX_COL = 16383;

export class FakeSheet {
  cells = new Map<string, FakeCell>();
  protected = false;
  allowFormatCells = false;
  visibility: 'Visible' | 'Hidden' = 'Visible';
  frozenRows = 0;
  cleared = 0;
  activated = 0;
  colWidths = new Map<number, number>();
  selected: string | null = null;
  /** Merged ranges (A1:J1) and the print setup (ExcelApi 1.9's pageLayout and page breaks). */
  merges: string[] = [];
  printArea: string | null = null;
  orientation: 'Portrait' | 'Landscape' = 'Portrait';
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number } | null = null;
  /** 0-based rows with a manual page break above them. */
  pageBreaks: number[] = [];
  constructor(
    public name: string,
    public id: string,
  ) {}
  get(r: number, c: number): FakeCell | undefined {
    return this.cells.get(`${r},${c}`);
  }
  cell(r: number, c: number): FakeCell {
    let x = this.cells.get(`${r},${c}`);
    if (!x) this.cells.set(`${r},${c}`, (x = { value: '' }));
    return x;
  }
  at(addr: string): FakeCell | undefined {
    const { r, c } = parseA1(addr);
    return this.get(r, c);
  }
  /** Used range: cells with values or formulas, and (unless valuesOnly) formatted cells; null when none. */
  bounds(valuesOnly = false): Box | null {
    let r1 = Infinity, c1 = Infinity, r2 = -1, c2 = -1;
    for (const [k, v] of this.cells) {
      const hasValue = v.value !== '' || !!v.formula;
      if (!hasValue && (valuesOnly || (!v.fill && !v.font && !v.bold && !v.numberFormat))) continue;
      const i = k.indexOf(',');
      const r = Number(k.slice(0, i));
      const c = Number(k.slice(i + 1));
      if (r < r1) r1 = r;
      if (c < c1) c1 = c;
      if (r > r2) r2 = r;
      if (c > c2) c2 = c;
    }
    return r2 < 0 ? null : { r1, c1, r2, c2 };
  }
}

export interface FakeName {
  name: string;
  formula: string;
}

export interface RaisedEvent {
  kind: 'changed' | 'format' | 'selection' | 'added' | 'deleted';
  worksheetId: string;
  address: string;
  source: 'Local' | 'Remote';
}

type Handler = (e: Record<string, unknown>) => Promise<unknown> | unknown;
type EventKind = 'onChanged' | 'onFormatChanged' | 'onSelectionChanged' | 'onAdded' | 'onDeleted' | 'onRowSorted' | 'onColumnSorted';

/** One queued command: its JSON for request bytes and what it does at sync. */
interface Op {
  json: unknown;
  run: () => unknown;
}

export class FakeExcel {
  sheets: FakeSheet[] = [];
  names: FakeName[] = [];
  tables: { name: string; sheet: string; range: string }[] = [];
  workbookProtected = false;
  syncs = 0;
  /** Request and response bytes per sync, in order. */
  requestBytes: number[] = [];
  responseBytes: number[] = [];
  /** Syncs (1-based) that failed, and with which code. */
  failures: { sync: number; code: string }[] = [];
  /**
   * Excel on the web's payload limits, each way: "a payload size limit for requests and responses
   * of 5MB" (Microsoft's resource-limits page), read as 5 000 000 bytes, the smaller of 5 MB and
   * 5 MiB. Infinity turns a check off.
   */
  limits = { request: FIVE_MB, response: FIVE_MB };
  runs = 0;
  suspendCalls = 0;
  /** Cells whose values were loaded, and cells whose properties (fill, font) were returned. */
  cellsRead = 0;
  propsRead = 0;
  /** Cells whose formulas were returned (a value's text comes back twice where both are loaded). */
  formulasRead = 0;
  /** Property writes (fill, font …), each on one range or one multi-area range. */
  formatWrites = 0;
  /** The add-in runtime's event switch (`context.runtime.enableEvents`). */
  enableEvents = true;
  /**
   * How `getSpecialCellsOrNullObject` behaves: as documented (`range`), refused by the host
   * (`refuse`: InvalidArgument), or searching the whole used range whatever the range (`sheet`,
   * what Excel's SpecialCells has done for a one-cell range).
   */
  specialCells: 'range' | 'refuse' | 'sheet' = 'range';
  /** Errors the next syncs fail with, before running anything (e.g. cell-edit mode). */
  failSyncs: { code: string; message?: string }[] = [];
  /** Runs before each sync's commands: lets a test rename or remove a sheet "meanwhile". */
  beforeSync: ((n: number) => void) | null = null;
  /** Handlers currently registered, by event. */
  handlers = new Map<EventKind, Handler[]>();
  /** Handler removals that took effect (a removal synced on another context never does). */
  removals = 0;
  /** Events raised by writes or by the simulated user. */
  raised: RaisedEvent[] = [];
  /**
   * Reads a workbook handed to insertWorksheetsFromBase64 (tests set it: a real .xlsx parsed
   * beforehand). Excel inserts each sheet with its cells; a taken name gets ` (2)`, as Excel does.
   */
  readBase64: ((base64: string) => { name: string; cells: [string, FakeCell][] }[]) | null = null;
  /** Workbooks inserted, with the options given. */
  insertedFromBase64: { bytes: number; sheetNamesToInsert?: string[]; positionType?: string }[] = [];
  private inFlight: Promise<unknown>[] = [];
  private nextId = 1;
  private contexts = 0;

  addSheet(name: string, grid: (string | number | boolean | null | undefined | Partial<FakeCell>)[][] = []): FakeSheet {
    const s = new FakeSheet(name, `{0000000${this.nextId++}-0001-0000-0000-000000000000}`);
    grid.forEach((row, r) =>
      row.forEach((x, c) => {
        if (x === null || x === undefined) return;
        s.cells.set(`${r},${c}`, typeof x === 'object' ? { value: '', ...x } : { value: x });
      }),
    );
    this.sheets.push(s);
    return s;
  }
  sheet(name: string): FakeSheet {
    const s = this.find(name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }
  find(nameOrId: string): FakeSheet | null {
    const k = nameOrId.toLowerCase();
    return this.sheets.find((x) => x.id === nameOrId || x.name.toLowerCase() === k) ?? null;
  }
  removeSheet(name: string): void {
    const s = this.sheet(name);
    this.sheets = this.sheets.filter((x) => x !== s);
  }

  get maxRequest(): number {
    return Math.max(0, ...this.requestBytes);
  }
  /** The largest response of a sync that succeeded. */
  get maxResponse(): number {
    const failed = new Set(this.failures.map((f) => f.sync - 1));
    return Math.max(0, ...this.responseBytes.filter((_, i) => !failed.has(i)));
  }

  context(): FakeContext {
    return new FakeContext(this, ++this.contexts);
  }

  /** An OfficeEnv over this fake: `run` opens a new context per batch, as Excel.run does. */
  env(office: Partial<FakeOfficeOptions> | FakeOffice = {}, extra: Partial<OfficeEnv> = {}): OfficeEnv & { office: FakeOffice } {
    const o = office instanceof FakeOffice ? office : new FakeOffice(office);
    return {
      run: async <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) => {
        this.runs++;
        return batch(this.context() as unknown as Excel.RequestContext);
      },
      runIn: async <T>(ctx: Excel.RequestContext, batch: (c: Excel.RequestContext) => Promise<T>) => {
        this.runs++;
        return batch(ctx);
      },
      ...extra,
      office: o,
    };
  }

  // --- the simulated user and co-authors ---------------------------------------------------------

  /** A user (or, with source Remote, a co-author) types into a cell; raises onChanged unless told not to. */
  async edit(sheet: string, addr: string, value: string | number, opts: { source?: 'Local' | 'Remote'; raise?: boolean } = {}): Promise<void> {
    const s = this.sheet(sheet);
    const { r, c } = parseA1(addr);
    s.cell(r, c).value = value;
    if (opts.raise !== false) this.raise({ kind: 'changed', worksheetId: s.id, address: addr, source: opts.source ?? 'Local' }, true);
    await this.settle();
  }
  /** A user fills a cell by hand; raises onFormatChanged. */
  async paint(sheet: string, addr: string, fill: string, opts: { source?: 'Local' | 'Remote' } = {}): Promise<void> {
    const s = this.sheet(sheet);
    const { r, c } = parseA1(addr);
    Object.assign(s.cell(r, c), { fill, tint: 0 });
    this.raise({ kind: 'format', worksheetId: s.id, address: addr, source: opts.source ?? 'Local' }, true);
    await this.settle();
  }
  /** The user selects a range. */
  async select(sheet: string, addr: string): Promise<void> {
    const s = this.sheet(sheet);
    this.raise({ kind: 'selection', worksheetId: s.id, address: addr, source: 'Local' }, true);
    await this.settle();
  }
  /** Waits for every event handler started so far (and those they start) to finish. */
  async settle(): Promise<void> {
    for (let i = 0; i < 20 && this.inFlight.length; i++) {
      const all = this.inFlight;
      this.inFlight = [];
      await Promise.allSettled(all);
      await new Promise((r) => setTimeout(r, 0));
    }
  }

  /** Raises an event to the registered handlers (asynchronously, as Excel does). */
  raise(e: RaisedEvent, force = false): void {
    if (!force && !this.enableEvents) return;
    this.raised.push(e);
    const kind: EventKind = e.kind === 'changed' ? 'onChanged' : e.kind === 'format' ? 'onFormatChanged' : e.kind === 'selection' ? 'onSelectionChanged' : e.kind === 'added' ? 'onAdded' : 'onDeleted';
    for (const h of this.handlers.get(kind) ?? []) {
      const args = { worksheetId: e.worksheetId, address: e.address, source: e.source, type: `Worksheet${kind.slice(2)}`, changeType: 'RangeEdited' };
      this.inFlight.push(new Promise((res) => setTimeout(res, 0)).then(() => h(args)));
    }
  }

  // --- sync ----------------------------------------------------------------------------------------

  async sync(ctx: FakeContext): Promise<void> {
    const n = ++this.syncs;
    const ops = ctx.pending;
    ctx.pending = [];
    let request = 0;
    for (const op of ops) request += utf8Bytes(JSON.stringify(op.json));
    this.requestBytes.push(request);
    this.beforeSync?.(n);
    const failWith = (code: string, message: string, response = 0): never => {
      this.responseBytes.push(response);
      this.failures.push({ sync: n, code });
      throw officeError(code, message);
    };
    const fail = this.failSyncs.shift();
    if (fail) failWith(fail.code, fail.message ?? fail.code);
    if (request > this.limits.request) failWith('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.');
    const results: unknown[] = [];
    try {
      for (const op of ops) {
        const r = op.run();
        if (r !== undefined) results.push(r);
      }
    } catch (e) {
      failWith((e as { code?: string }).code ?? 'GeneralException', (e as Error).message);
    }
    const response = results.reduce<number>((sum, r) => sum + utf8Bytes(JSON.stringify(r)) + 1, 2);
    if (response > this.limits.response) failWith('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.', response);
    this.responseBytes.push(response);
    for (const apply of ctx.afterSync.splice(0)) apply();
  }

  /** Applies a write, checking protection and raising the event it causes. */
  write(s: FakeSheet, box: Box | null, kind: 'data' | 'format', address: string, f: () => void): void {
    if (s.protected && (kind === 'data' || !s.allowFormatCells)) throw officeError('AccessDenied', 'The current operation is not allowed.');
    f();
    this.raise({ kind: kind === 'data' ? 'changed' : 'format', worksheetId: s.id, address: box ? address : '', source: 'Local' });
  }
}

/** Payload limits are on bytes on the wire: UTF-8, where å, ä and ö take two. */
function utf8Bytes(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

export function officeError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code, name: 'RichApi.Error' });
}

class FakeContext {
  pending: Op[] = [];
  afterSync: (() => void)[] = [];
  workbook: FakeWorkbook;
  application: unknown;
  runtime: unknown;
  constructor(
    readonly x: FakeExcel,
    readonly id: number,
  ) {
    this.workbook = new FakeWorkbook(this);
    this.application = {
      suspendApiCalculationUntilNextSync: () => {
        this.queue({ suspend: 1 }, () => {
          x.suspendCalls++;
        });
      },
    };
    const queue = (json: unknown, run: () => unknown) => this.queue(json, run);
    this.runtime = {
      set enableEvents(v: boolean) {
        queue({ enableEvents: v }, () => {
          x.enableEvents = v;
        });
      },
      get enableEvents(): boolean {
        return x.enableEvents;
      },
    };
  }
  queue(json: unknown, run: () => unknown): void {
    this.pending.push({ json, run });
  }
  sync(): Promise<void> {
    return this.x.sync(this);
  }
}

type SheetRef = () => FakeSheet | null; // null: a null object
type RangeRef = () => { s: FakeSheet; box: Box | null } | null;

class FakeWorkbook {
  worksheets: FakeWorksheets;
  names: FakeNames;
  tables: FakeTables;
  protection: { protected: boolean | undefined; load: (p: string) => void };
  constructor(readonly ctx: FakeContext) {
    this.worksheets = new FakeWorksheets(ctx);
    this.names = new FakeNames(ctx);
    this.tables = new FakeTables(ctx);
    const p = { protected: undefined as boolean | undefined, load: (_p: string) => ctx.queue({ load: 'workbook/protection' }, () => (p.protected = ctx.x.workbookProtected)) };
    this.protection = p;
  }
  insertWorksheetsFromBase64(base64: string, options: { sheetNamesToInsert?: string[]; positionType?: string } = {}) {
    const ctx = this.ctx;
    const x = ctx.x;
    const result = { value: undefined as unknown as string[] };
    ctx.queue({ insertWorksheetsFromBase64: base64, options }, () => {
      if (x.workbookProtected) throw officeError('AccessDenied', 'The workbook structure is protected.');
      if (!x.readBase64) throw officeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
      x.insertedFromBase64.push({ bytes: base64.length, ...options });
      const wanted = options.sheetNamesToInsert?.length ? new Set(options.sheetNamesToInsert.map((n) => n.toLowerCase())) : null;
      const ids: string[] = [];
      for (const src of x.readBase64(base64)) {
        if (wanted && !wanted.has(src.name.toLowerCase())) continue;
        let name = src.name;
        for (let k = 2; x.sheets.some((t) => t.name.toLowerCase() === name.toLowerCase()); k++) name = `${src.name} (${k})`;
        const made = x.addSheet(name);
        for (const [key, cell] of src.cells) made.cells.set(key, { ...cell });
        x.raise({ kind: 'added', worksheetId: made.id, address: '', source: 'Local' });
        ids.push(made.id);
      }
      result.value = ids;
      return ids;
    });
    return result;
  }
}

/** The result of adding an event handler: removing it is a command on the context that added it. */
class FakeRegistration {
  constructor(
    readonly context: FakeContext,
    private readonly kind: EventKind,
    private readonly handler: Handler,
  ) {}
  remove(): void {
    const owner = this.context;
    owner.queue({ removeHandler: this.kind }, () => {
      owner.x.removals++;
      const list = owner.x.handlers.get(this.kind) ?? [];
      owner.x.handlers.set(
        this.kind,
        list.filter((h) => h !== this.handler),
      );
    });
  }
}

function eventSource(ctx: FakeContext, kind: EventKind) {
  return {
    add: (h: Handler) => {
      const reg = new FakeRegistration(ctx, kind, h);
      ctx.queue({ addHandler: kind }, () => {
        const list = ctx.x.handlers.get(kind) ?? [];
        list.push(h);
        ctx.x.handlers.set(kind, list);
      });
      return reg;
    },
  };
}

class FakeWorksheets {
  items: FakeWorksheet[] = [];
  onChanged; onFormatChanged; onSelectionChanged; onAdded; onDeleted; onRowSorted; onColumnSorted;
  constructor(private readonly ctx: FakeContext) {
    this.onChanged = eventSource(ctx, 'onChanged');
    this.onFormatChanged = eventSource(ctx, 'onFormatChanged');
    this.onSelectionChanged = eventSource(ctx, 'onSelectionChanged');
    this.onAdded = eventSource(ctx, 'onAdded');
    this.onDeleted = eventSource(ctx, 'onDeleted');
    this.onRowSorted = eventSource(ctx, 'onRowSorted');
    this.onColumnSorted = eventSource(ctx, 'onColumnSorted');
  }
  load(props: string) {
    this.ctx.queue({ load: 'worksheets', props }, () => {
      this.items = this.ctx.x.sheets.map((s) => {
        const w = new FakeWorksheet(this.ctx, () => s, 'items');
        w.fill(s, props.includes('protection'));
        return w;
      });
      return this.items.map((w) => ({ name: w.name, id: w.id, protection: w.protection.protected, visibility: w.visibility }));
    });
  }
  getFirst() {
    return new FakeWorksheet(this.ctx, () => this.ctx.x.sheets[0] ?? throwNotFound('first'), 'first');
  }
  getItem(key: string) {
    return new FakeWorksheet(this.ctx, () => this.ctx.x.find(key) ?? throwNotFound(key), key);
  }
  getItemOrNullObject(key: string) {
    return new FakeWorksheet(this.ctx, () => this.ctx.x.find(key), key);
  }
  add(name: string) {
    const x = this.ctx.x;
    let made: FakeSheet | null = null;
    this.ctx.queue({ add: name }, () => {
      if (x.workbookProtected) throw officeError('AccessDenied', 'The workbook structure is protected.');
      if (x.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw officeError('ItemAlreadyExists', `A sheet named ${name} already exists.`);
      made = x.addSheet(name);
      x.raise({ kind: 'added', worksheetId: made.id, address: '', source: 'Local' });
    });
    return new FakeWorksheet(this.ctx, () => made ?? throwNotFound(name), name);
  }
}

function throwNotFound(what: string): never {
  throw officeError('ItemNotFound', `The requested resource doesn't exist: ${what}`);
}

class FakeWorksheet {
  private loadedName: string = undefined as unknown as string;
  /** Reads what was loaded; an assignment renames the sheet at sync, as in Excel. */
  get name(): string {
    return this.loadedName;
  }
  set name(v: string) {
    this.rename(v);
  }
  id: string = undefined as unknown as string;
  visibility: string = undefined as unknown as string;
  isNullObject: boolean = undefined as unknown as boolean;
  protection: { protected: boolean; options: { allowFormatCells?: boolean }; load: (p?: string) => void };
  freezePanes: { freezeRows: (n: number) => void; unfreeze: () => void };
  pageLayout: { orientation: string; zoom: FakeSheet['zoom']; setPrintArea: (area: string) => void };
  horizontalPageBreaks: { add: (at: string) => void; removePageBreaks: () => void };
  tables: unknown;
  constructor(
    private readonly ctx: FakeContext,
    readonly ref: SheetRef,
    private readonly label: string,
  ) {
    this.protection = {
      protected: undefined as unknown as boolean,
      options: undefined as unknown as { allowFormatCells?: boolean },
      load: (_p?: string) =>
        ctx.queue({ load: `${label}/protection` }, () => {
          const s = ref();
          this.protection.protected = s ? s.protected : (undefined as unknown as boolean);
          this.protection.options = s ? { allowFormatCells: s.allowFormatCells } : (undefined as unknown as { allowFormatCells?: boolean });
          return s ? { protected: s.protected, options: { allowFormatCells: s.allowFormatCells } } : null;
        }),
    };
    this.freezePanes = {
      freezeRows: (n) => ctx.queue({ freeze: n }, () => { const s = ref() ?? throwNotFound(label); s.frozenRows = n; }),
      unfreeze: () => ctx.queue({ unfreeze: 1 }, () => { const s = ref() ?? throwNotFound(label); s.frozenRows = 0; }),
    };
    const onSheet = (json: unknown, f: (s: FakeSheet) => void) => ctx.queue(json, () => f(ref() ?? throwNotFound(label)));
    this.pageLayout = {
      set orientation(v: string) { onSheet({ orientation: v }, (s) => { s.orientation = v as FakeSheet['orientation']; }); },
      get orientation(): string { return undefined as unknown as string; },
      set zoom(v: FakeSheet['zoom']) { onSheet({ zoom: v }, (s) => { s.zoom = v; }); },
      get zoom(): FakeSheet['zoom'] { return undefined as unknown as FakeSheet['zoom']; },
      setPrintArea: (area: string) => onSheet({ printArea: area }, (s) => { parseRange(area); s.printArea = area; }),
    };
    this.horizontalPageBreaks = {
      // Excel puts the break above the range's top-left cell.
      add: (at: string) => onSheet({ pageBreak: at }, (s) => { s.pageBreaks.push(parseRange(at).r1); }),
      removePageBreaks: () => onSheet({ removePageBreaks: 1 }, (s) => { s.pageBreaks = []; }),
    };
  }
  fill(s: FakeSheet | null, protection = false) {
    this.isNullObject = !s;
    if (!s) return;
    this.loadedName = s.name;
    this.id = s.id;
    this.visibility = s.visibility;
    if (protection) {
      this.protection.protected = s.protected;
      this.protection.options = { allowFormatCells: s.allowFormatCells };
    }
  }
  load(props?: string) {
    this.ctx.queue({ load: this.label, props }, () => {
      const s = this.ref();
      this.fill(s);
      return s ? { name: s.name, id: s.id } : { isNullObject: true };
    });
  }
  getNextOrNullObject() {
    const x = this.ctx.x;
    return new FakeWorksheet(this.ctx, () => {
      const s = this.ref();
      if (!s) return null;
      return x.sheets[x.sheets.indexOf(s) + 1] ?? null;
    }, `${this.label}+1`);
  }
  activate() {
    this.ctx.queue({ activate: this.label }, () => { (this.ref() ?? throwNotFound(this.label)).activated++; });
  }
  delete() {
    const x = this.ctx.x;
    this.ctx.queue({ deleteSheet: this.label }, () => {
      const s = this.ref() ?? throwNotFound(this.label);
      if (x.workbookProtected) throw officeError('AccessDenied', 'The workbook structure is protected.');
      x.sheets = x.sheets.filter((t) => t !== s);
      x.raise({ kind: 'deleted', worksheetId: s.id, address: '', source: 'Local' });
    });
  }
  /** Renames the sheet at sync (`ws.name = …` is a command, as in Excel). */
  rename(name: string) {
    const x = this.ctx.x;
    this.ctx.queue({ rename: this.label, name }, () => {
      const s = this.ref() ?? throwNotFound(this.label);
      if (x.sheets.some((t) => t !== s && t.name.toLowerCase() === name.toLowerCase())) throw officeError('ItemAlreadyExists', `A sheet named ${name} already exists.`);
      s.name = name;
    });
  }
  private range(box: () => Box | null, label: string) {
    return new FakeRange(this.ctx, () => {
      const s = this.ref();
      return s ? { s, box: box() } : null;
    }, label);
  }
  getUsedRange(valuesOnly = false) {
    return new FakeRange(this.ctx, () => {
      const s = this.ref() ?? throwNotFound(this.label);
      return { s, box: s.bounds(valuesOnly) ?? { r1: 0, c1: 0, r2: 0, c2: 0 } };
    }, 'used');
  }
  getUsedRangeOrNullObject(valuesOnly = false) {
    return new FakeRange(this.ctx, () => {
      const s = this.ref();
      const b = s?.bounds(valuesOnly);
      return s && b ? { s, box: b } : null;
    }, 'used?');
  }
  getRange(addr?: string) {
    if (!addr) return this.range(() => null, '*');
    if (/^[A-Z]+:[A-Z]+$/.test(addr)) {
      const [a, b] = addr.split(':').map((p) => parseA1(`${p}1`).c);
      return this.range(() => ({ r1: 0, c1: a, r2: MAX_ROW, c2: b }), addr);
    }
    if (/^\d+:\d+$/.test(addr)) {
      const [a, b] = addr.split(':').map((p) => Number(p) - 1);
      return this.range(() => ({ r1: a, c1: 0, r2: b, c2: MAX_COL }), addr);
    }
    return this.range(() => parseRange(addr), addr);
  }
  getRangeByIndexes(r: number, c: number, rows: number, cols: number) {
    return this.range(() => ({ r1: r, c1: c, r2: r + rows - 1, c2: c + cols - 1 }), `${a1(r, c)}#${rows}x${cols}`);
  }
  getRanges(addresses: string) {
    return new FakeRangeAreas(this.ctx, this.ref, addresses);
  }
}

function boxAddress(b: Box): string {
  const whole = b.r1 === 0 && b.r2 === MAX_ROW;
  if (whole) return `${colLetters(b.c1)}:${colLetters(b.c2)}`;
  return b.r1 === b.r2 && b.c1 === b.c2 ? a1(b.r1, b.c1) : `${a1(b.r1, b.c1)}:${a1(b.r2, b.c2)}`;
}

function quoted(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Writes shared by ranges and range areas: fill, font and the other formats. */
function formatOf(ctx: FakeContext, target: () => { s: FakeSheet; boxes: Box[] }, label: string) {
  const x = ctx.x;
  const each = (f: (c: FakeCell) => void) => () => {
    const { s, boxes } = target();
    x.write(s, boxes[0] ?? null, 'format', boxes.map(boxAddress).join(','), () => {
      for (const b of boxes) {
        if (b.r2 - b.r1 > 100_000) continue; // whole columns: format recorded, cells untouched
        for (let r = b.r1; r <= b.r2; r++) for (let c = b.c1; c <= b.c2; c++) f(s.cell(r, c));
      }
    });
  };
  const q = (prop: string, value: unknown, f: (c: FakeCell) => void) =>
    ctx.queue({ address: label, prop, value }, () => {
      x.formatWrites++;
      each(f)();
    });
  return {
    fill: {
      set color(v: string) { q('fill.color', v, (c) => { c.fill = v.toUpperCase(); c.tint = 0; }); },
      clear() { q('fill.clear', 1, (c) => { delete c.fill; delete c.tint; }); },
    },
    font: {
      set color(v: string) { q('font.color', v, (c) => { c.font = v.toUpperCase(); }); },
      set bold(v: boolean) { q('font.bold', v, (c) => { c.bold = v; }); },
      set italic(v: boolean) { q('font.italic', v, (c) => { c.italic = v; }); },
    },
    set wrapText(v: boolean) { q('wrapText', v, (c) => { c.wrap = v; }); },
    set indentLevel(v: number) { q('indentLevel', v, (c) => { c.indent = v; }); },
    borders: {
      getItem(edge: 'EdgeTop' | 'EdgeBottom') {
        const set = (key: 'style' | 'weight', v: string) =>
          q(`borders.${edge}.${key}`, v, (c) => {
            c.borders = { ...c.borders, [edge]: { ...c.borders?.[edge], [key]: v } };
          });
        return {
          set style(v: string) { set('style', v); },
          set weight(v: string) { set('weight', v); },
        };
      },
    },
    set columnWidth(v: number) {
      ctx.queue({ address: label, prop: 'columnWidth', value: v }, () => {
        const { s, boxes } = target();
        for (const b of boxes) for (let c = b.c1; c <= b.c2; c++) s.colWidths.set(c, v);
      });
    },
  };
}

/** What Excel makes of a string written to a General cell as if typed: a number or a date serial, or null for text. */
function asTyped(s: string): number | null {
  const t = s.trim();
  const d = /^(\d{1,2})\/(\d{1,2})$/.exec(t);
  if (d) return 45292 + Number(d[2]) * 31 + Number(d[1]); // a date (serial; the exact day does not matter here)
  const n = /^([-−]?\d+(?:[.,]\d+)?)(%?)$/.exec(t);
  if (n) return Number(n[1].replace(',', '.').replace('−', '-')) / (n[2] ? 100 : 1);
  return null;
}

class FakeRange {
  declare values: unknown[][];
  declare formulas: unknown[][];
  declare numberFormat: unknown[][];
  valueTypes: string[][] = undefined as unknown as string[][];
  rowIndex = undefined as unknown as number;
  columnIndex = undefined as unknown as number;
  rowCount = undefined as unknown as number;
  columnCount = undefined as unknown as number;
  address = undefined as unknown as string;
  isNullObject = undefined as unknown as boolean;
  format: ReturnType<typeof formatOf>;
  constructor(
    private readonly ctx: FakeContext,
    private readonly ref: RangeRef,
    private readonly label: string,
  ) {
    const x = ctx.x;
    const self = this as unknown as Record<string, unknown>;
    const target = () => {
      const t = ref() ?? throwNotFound(label);
      if (!t.box) return { s: t.s, boxes: [] };
      return { s: t.s, boxes: [t.box] };
    };
    this.format = formatOf(ctx, target, label);
    // Writes go through setters so they are queued; reads come from load().
    for (const prop of ['values', 'formulas', 'numberFormat'] as const) {
      Object.defineProperty(this, prop, {
        configurable: true,
        get: () => self[`_${prop}`],
        set: (v: unknown[][]) => {
          ctx.queue({ address: label, prop, value: v }, () => {
            const t = ref() ?? throwNotFound(label);
            const box = t.box!;
            x.write(t.s, box, prop === 'numberFormat' ? 'format' : 'data', boxAddress(box), () => {
              v.forEach((row, i) =>
                row.forEach((val, j) => {
                  const cell = t.s.cell(box.r1 + i, box.c1 + j);
                  if (prop === 'numberFormat') cell.numberFormat = String(val);
                  else if (prop === 'formulas') { cell.formula = String(val); cell.value = 0; }
                  else if (typeof val === 'string' && val.startsWith('=') && cell.numberFormat !== '@') { cell.formula = val; cell.value = 0; }
                  // Excel reads other strings as typed: `3/12` becomes a date, `1,5` or `40%` a number.
                  else if (typeof val === 'string' && cell.numberFormat !== '@' && asTyped(val) !== null) { cell.value = asTyped(val)!; delete cell.formula; }
                  else { cell.value = val as FakeCell['value']; delete cell.formula; }
                }),
              );
            });
          });
        },
      });
    }
  }
  set hyperlink(v: { documentReference?: string; textToDisplay?: string }) {
    this.ctx.queue({ address: this.label, prop: 'hyperlink', value: v }, () => {
      const t = this.ref() ?? throwNotFound(this.label);
      this.ctx.x.write(t.s, t.box, 'data', this.label, () => {
        const c = t.s.cell(t.box!.r1, t.box!.c1);
        c.hyperlink = v;
        c.value = v.textToDisplay ?? c.value;
      });
    });
  }
  load(props: string) {
    const want = new Set(props.split(',').map((p) => p.trim()));
    this.ctx.queue({ load: this.label, props }, () => this.loadNow(want));
  }
  /** What a load of `want` returns, run at sync (also for the areas of special cells). */
  loadNow(want: ReadonlySet<string>): Record<string, unknown> {
    const t = this.ref();
    this.isNullObject = !t || !t.box;
    if (!t || !t.box) return { isNullObject: true };
    const b = t.box;
    const s = t.s;
    const grid = <T>(f: (c: FakeCell | undefined) => T): T[][] => {
      const out: T[][] = [];
      for (let r = b.r1; r <= b.r2; r++) {
        const row: T[] = [];
        for (let c = b.c1; c <= b.c2; c++) row.push(f(s.get(r, c)));
        out.push(row);
      }
      return out;
    };
    const me = this as unknown as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    if (want.has('values')) {
      out.values = me._values = grid((c) => (c ? c.value : ''));
      this.ctx.x.cellsRead += (b.r2 - b.r1 + 1) * (b.c2 - b.c1 + 1);
    }
    if (want.has('formulas')) {
      out.formulas = me._formulas = grid((c) => c?.formula ?? (c ? c.value : ''));
      this.ctx.x.formulasRead += (b.r2 - b.r1 + 1) * (b.c2 - b.c1 + 1);
    }
    if (want.has('numberFormat')) out.numberFormat = me._numberFormat = grid((c) => c?.numberFormat ?? 'General');
    if (want.has('valueTypes')) out.valueTypes = this.valueTypes = grid((c) => (c === undefined || c.value === '' ? 'Empty' : typeof c.value === 'number' ? 'Double' : typeof c.value === 'boolean' ? 'Boolean' : 'String'));
    if (want.has('rowIndex')) out.rowIndex = this.rowIndex = b.r1;
    if (want.has('columnIndex')) out.columnIndex = this.columnIndex = b.c1;
    if (want.has('rowCount')) out.rowCount = this.rowCount = b.r2 - b.r1 + 1;
    if (want.has('columnCount')) out.columnCount = this.columnCount = b.c2 - b.c1 + 1;
    if (want.has('address')) out.address = this.address = `${quoted(s.name)}!${boxAddress(b)}`;
    return out;
  }
  /**
   * The cells of this range that hold formulas (`Formulas`) or constants (`Constants`, narrowed
   * by `Numbers`, `Text` or `Logical`), as rectangles: runs within a row, joined down while the
   * next row has the same run — the shape Excel returns. A null object when none match.
   */
  getSpecialCellsOrNullObject(cellType: 'Formulas' | 'Constants', cellValueType?: 'Numbers' | 'Text' | 'Logical') {
    return new FakeSpecialCells(this.ctx, () => {
      const mode = this.ctx.x.specialCells;
      if (mode === 'refuse') throw officeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
      const t = this.ref();
      if (!t || !t.box) return null;
      const where = mode === 'sheet' ? t.s.bounds(true) : t.box;
      if (!where) return null;
      const match = (c: FakeCell | undefined) => {
        if (!c) return false;
        if (cellType === 'Formulas') return !!c.formula;
        if (c.formula || c.value === '') return false;
        if (cellValueType === 'Numbers') return typeof c.value === 'number';
        if (cellValueType === 'Logical') return typeof c.value === 'boolean';
        if (cellValueType === 'Text') return typeof c.value === 'string';
        return true;
      };
      const boxes = rectangles(where, (r, c) => match(t.s.get(r, c)));
      return boxes.length ? { s: t.s, boxes } : null;
    }, `${this.label}.special(${cellType}${cellValueType ? `,${cellValueType}` : ''})`);
  }
  getUsedRangeOrNullObject(valuesOnly = false) {
    return new FakeRange(this.ctx, () => {
      const t = this.ref();
      if (!t || !t.box) return null;
      const u = t.s.bounds(valuesOnly);
      if (!u) return null;
      const box = { r1: Math.max(u.r1, t.box.r1), c1: Math.max(u.c1, t.box.c1), r2: Math.min(u.r2, t.box.r2), c2: Math.min(u.c2, t.box.c2) };
      return box.r1 > box.r2 || box.c1 > box.c2 ? null : { s: t.s, box };
    }, `${this.label}.used`);
  }
  getCellProperties(spec: { format?: { fill?: { color?: boolean; tintAndShade?: boolean; pattern?: boolean }; font?: { color?: boolean } } }) {
    const result: { value: unknown } = { value: undefined };
    this.ctx.queue({ getCellProperties: this.label, spec }, () => {
      const t = this.ref() ?? throwNotFound(this.label);
      const b = t.box!;
      const out: unknown[][] = [];
      for (let r = b.r1; r <= b.r2; r++) {
        const row: unknown[] = [];
        for (let c = b.c1; c <= b.c2; c++) {
          const cell = t.s.get(r, c);
          const fill: Record<string, unknown> = {};
          if (spec.format?.fill?.color) fill.color = cell?.fill ?? '#FFFFFF';
          if (spec.format?.fill?.tintAndShade) fill.tintAndShade = cell?.fill ? (cell.tint ?? 0) : null;
          if (spec.format?.fill?.pattern) fill.pattern = null;
          const format: Record<string, unknown> = { fill };
          if (spec.format?.font?.color) format.font = { color: cell?.font ?? '#000000' };
          row.push({ format });
        }
        out.push(row);
      }
      result.value = out;
      this.ctx.x.propsRead += (b.r2 - b.r1 + 1) * (b.c2 - b.c1 + 1);
      return out;
    });
    return result;
  }
  merge(across = false) {
    this.ctx.queue({ merge: this.label, across }, () => {
      const t = this.ref() ?? throwNotFound(this.label);
      const b = t.box!;
      const overlaps = t.s.merges.some((m) => {
        const o = parseRange(m);
        return !(o.r2 < b.r1 || o.r1 > b.r2 || o.c2 < b.c1 || o.c1 > b.c2);
      });
      if (overlaps) throw officeError('InvalidOperation', `Cannot merge ${this.label}: it overlaps a merged range.`);
      t.s.merges.push(boxAddress(b));
    });
  }
  unmerge() {
    this.ctx.queue({ unmerge: this.label }, () => {
      const t = this.ref() ?? throwNotFound(this.label);
      if (!t.box) {
        t.s.merges = [];
        return;
      }
      const b = t.box;
      t.s.merges = t.s.merges.filter((m) => {
        const o = parseRange(m);
        return o.r2 < b.r1 || o.r1 > b.r2 || o.c2 < b.c1 || o.c1 > b.c2;
      });
    });
  }
  clear(applyTo?: string) {
    this.ctx.queue({ clear: this.label, ...(applyTo ? { applyTo } : {}) }, () => {
      const t = this.ref() ?? throwNotFound(this.label);
      this.ctx.x.write(t.s, t.box, 'data', this.label, () => {
        t.s.cleared++;
        if (!t.box) t.s.cells.clear();
        // Clearing contents of a range keeps its formats.
        else if (applyTo === 'Contents') {
          for (let r = t.box.r1; r <= t.box.r2; r++) for (let c = t.box.c1; c <= t.box.c2; c++) {
            const cell = t.s.get(r, c);
            if (cell) { cell.value = ''; delete cell.formula; }
          }
        }
      });
    });
  }
  select() {
    this.ctx.queue({ select: this.label }, () => {
      const t = this.ref() ?? throwNotFound(this.label);
      t.s.selected = t.box ? a1(t.box.r1, t.box.c1) : null;
    });
  }
}

/** Rectangles covering the cells of `box` where `hit` holds: row runs, joined down while equal. */
function rectangles(box: Box, hit: (r: number, c: number) => boolean): Box[] {
  const done: Box[] = [];
  let open = new Map<string, Box>();
  for (let r = box.r1; r <= box.r2; r++) {
    const next = new Map<string, Box>();
    for (let c = box.c1; c <= box.c2; c++) {
      if (!hit(r, c)) continue;
      let c2 = c;
      while (c2 + 1 <= box.c2 && hit(r, c2 + 1)) c2++;
      const k = `${c},${c2}`;
      const above = open.get(k);
      if (above) {
        above.r2 = r;
        open.delete(k);
        next.set(k, above);
      } else next.set(k, { r1: r, c1: c, r2: r, c2 });
      c = c2;
    }
    for (const b of open.values()) done.push(b);
    open = next;
  }
  for (const b of open.values()) done.push(b);
  return done.sort((a, b) => a.r1 - b.r1 || a.c1 - b.c1);
}

/**
 * What `getSpecialCellsOrNullObject` returns: a RangeAreas whose `isNullObject` comes with any
 * sync (as in Excel), with `cellCount`/`areaCount`/`address` and its `areas` to load.
 */
class FakeSpecialCells {
  isNullObject = undefined as unknown as boolean;
  cellCount = undefined as unknown as number;
  areaCount = undefined as unknown as number;
  address = undefined as unknown as string;
  areas: { items: FakeRange[]; load: (props: string) => void };
  private found: { s: FakeSheet; boxes: Box[] } | null | undefined;
  constructor(
    private readonly ctx: FakeContext,
    find: () => { s: FakeSheet; boxes: Box[] } | null,
    private readonly label: string,
  ) {
    // Excel loads isNullObject with the sync whether asked or not: the cells are found then.
    ctx.queue({ getSpecialCells: label }, () => {
      this.found = find();
      this.isNullObject = !this.found;
      return this.found ? undefined : { isNullObject: true };
    });
    const areas = {
      items: undefined as unknown as FakeRange[],
      load: (props: string) => {
        const want = new Set(props.split(',').map((p) => p.trim().replace(/^items\//, '')));
        ctx.queue({ load: `${label}.areas`, props }, () => {
          if (!this.found) return undefined;
          const { s } = this.found;
          areas.items = this.found.boxes.map((b) => new FakeRange(ctx, () => ({ s, box: b }), `${label}#${boxAddress(b)}`));
          return { items: areas.items.map((r) => r.loadNow(want)) };
        });
      },
    };
    this.areas = areas;
  }
  load(props: string) {
    const want = new Set(props.split(',').map((p) => p.trim()));
    this.ctx.queue({ load: this.label, props }, () => {
      if (!this.found) return undefined;
      const out: Record<string, unknown> = {};
      const { s, boxes } = this.found;
      if (want.has('cellCount')) out.cellCount = this.cellCount = boxes.reduce((n, b) => n + (b.r2 - b.r1 + 1) * (b.c2 - b.c1 + 1), 0);
      if (want.has('areaCount')) out.areaCount = this.areaCount = boxes.length;
      if (want.has('address')) out.address = this.address = boxes.map((b) => `${quoted(s.name)}!${boxAddress(b)}`).join(',');
      return out;
    });
  }
}

/** The longest address `getRanges` takes in the fake (Excel's limit is undocumented). */
export const MAX_AREAS_ADDRESS = 8_000;

/** Several ranges of one sheet (`getRanges("H7,H17:H19")`), formatted together. */
class FakeRangeAreas {
  format: ReturnType<typeof formatOf>;
  constructor(ctx: FakeContext, ref: SheetRef, addresses: string) {
    // Excel refuses long multi-area addresses with InvalidArgument (office-js #5198: past about
    // 8 000 characters); the fake does too, so a writer that does not chunk them fails here.
    if (addresses.length > MAX_AREAS_ADDRESS) {
      ctx.queue({ getRanges: addresses.length }, () => {
        throw officeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
      });
    }
    const boxes = addresses.split(',').map((a) => parseRange(a.trim()));
    this.format = formatOf(ctx, () => ({ s: ref() ?? throwNotFound('areas'), boxes }), addresses);
  }
}

class FakeNames {
  items: (FakeName & { delete: () => void })[] = [];
  constructor(private readonly ctx: FakeContext) {}
  load(props: string) {
    this.ctx.queue({ load: 'names', props }, () => {
      this.items = this.ctx.x.names.map((n) => {
        const item = { ...n, delete: () => this.ctx.queue({ deleteName: n.name }, () => void (this.ctx.x.names = this.ctx.x.names.filter((m) => m.name !== n.name))) };
        return item;
      });
      return this.items.map((n) => ({ name: n.name, formula: n.formula }));
    });
  }
  add(name: string, reference: string) {
    this.ctx.queue({ addName: name, reference }, () => {
      if (this.ctx.x.names.some((n) => n.name.toLowerCase() === name.toLowerCase())) throw officeError('ItemAlreadyExists', `The name ${name} already exists.`);
      this.ctx.x.names.push({ name, formula: reference });
    });
  }
}

class FakeTables {
  items: { name: string; worksheet: { name: string; id: string }; getRange: () => FakeRange }[] = [];
  constructor(private readonly ctx: FakeContext) {}
  load(props: string) {
    this.ctx.queue({ load: 'tables', props }, () => {
      const x = this.ctx.x;
      this.items = x.tables.map((t) => {
        const s = x.sheet(t.sheet);
        return { name: t.name, worksheet: { name: s.name, id: s.id }, getRange: () => new FakeRange(this.ctx, () => ({ s, box: parseRange(t.range.replace(/\$/g, '')) }), t.name) };
      });
      return this.items.map((t) => ({ name: t.name, worksheet: t.worksheet }));
    });
  }
}

// --- Office (the common API) -------------------------------------------------------------------------

export interface FakeOfficeOptions {
  displayLanguage: string;
  bodyBackgroundColor: string;
  /** Highest ExcelApi minor version supported (1.9 → 9); 0 supports none. */
  excelApi: number;
  platform: string;
  /** Office.context.document.url: where the workbook is saved. */
  url: string;
  settings: Record<string, unknown>;
  /** A shared document for co-authoring tests: saved settings live here. */
  document: FakeDocument;
}

/** The saved copy of a document's settings, shared by every co-author's Office. */
export class FakeDocument {
  saved: Record<string, unknown> = {};
  offices: FakeOffice[] = [];
}

type SettingsHandler = (e: { type: string }) => void;

export class FakeOffice {
  saved = 0;
  refreshed = 0;
  memory: Record<string, unknown>;
  settingsHandlers: SettingsHandler[] = [];
  context;
  constructor(o: Partial<FakeOfficeOptions> = {}) {
    const doc = o.document ?? new FakeDocument();
    if (o.settings) Object.assign(doc.saved, o.settings);
    doc.offices.push(this);
    this.memory = { ...doc.saved };
    const api = o.excelApi ?? 17;
    this.context = {
      displayLanguage: o.displayLanguage ?? 'sv-SE',
      platform: o.platform ?? 'PC',
      officeTheme: { bodyBackgroundColor: o.bodyBackgroundColor ?? '#FFFFFF' },
      requirements: {
        isSetSupported: (n: string, v?: string) => n === 'ExcelApi' && Number((v ?? '1.1').split('.')[1] ?? 0) <= api && api > 0,
      },
      document: {
        url: o.url ?? null,
        settings: {
          get: (k: string) => this.memory[k] ?? null,
          set: (k: string, v: unknown) => {
            this.memory[k] = v;
          },
          remove: (k: string) => {
            delete this.memory[k];
          },
          // Office persists the whole in-memory copy: what a co-author saved meanwhile is overwritten.
          saveAsync: (cb?: (r: { status: string; error?: { message: string } }) => void) => {
            this.saved++;
            doc.saved = { ...this.memory };
            for (const other of doc.offices) if (other !== this) for (const h of other.settingsHandlers) h({ type: 'settingsChanged' });
            cb?.({ status: 'succeeded' });
          },
          refreshAsync: (cb?: (r: { status: string }) => void) => {
            this.refreshed++;
            this.memory = { ...doc.saved };
            cb?.({ status: 'succeeded' });
          },
          addHandlerAsync: (type: string, h: SettingsHandler, cb?: (r: { status: string }) => void) => {
            if (type === 'settingsChanged') this.settingsHandlers.push(h);
            cb?.({ status: 'succeeded' });
          },
          removeHandlerAsync: (type: string, opts: { handler?: SettingsHandler } | undefined, cb?: (r: { status: string }) => void) => {
            if (type === 'settingsChanged') this.settingsHandlers = this.settingsHandlers.filter((h) => h !== opts?.handler);
            cb?.({ status: 'succeeded' });
          },
        },
      },
    };
  }
}
