/// <reference types="office-js" />
/**
 * A hand-written fake of exactly the Excel API surface the adapter uses. It counts `sync()` calls,
 * measures each sync's request payload (JSON of the writes queued since the last sync), applies
 * loads only at sync time (reading before a sync yields undefined, as in Office), and behaves like
 * Excel where it matters: a string starting with `=` written to a non-text cell becomes a formula.
 */
import type { OfficeEnv, OfficeLike } from '../../src/adapters/office/excel-host';
import { a1, parseA1, parseRange } from '../../src/engine/cells';

export interface FakeCell {
  value: string | number | boolean;
  formula?: string;
  numberFormat?: string;
  valueType?: string;
  fill?: string; // #RRGGBB
  pattern?: string;
  font?: string;
  bold?: boolean;
  italic?: boolean;
  wrap?: boolean;
  hyperlink?: { documentReference?: string; textToDisplay?: string };
}

export class FakeSheet {
  cells = new Map<string, FakeCell>();
  protected = false;
  frozenRows = 0;
  cleared = 0;
  activated = 0;
  colWidths = new Map<number, number>();
  selected: string | null = null;
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
  /** Used range: bounding box of non-empty cells; A1 when blank. */
  bounds() {
    let r1 = Infinity, c1 = Infinity, r2 = -1, c2 = -1;
    for (const [k, v] of this.cells) {
      if (v.value === '' && !v.formula && !v.fill && !v.font) continue;
      const [r, c] = k.split(',').map(Number);
      r1 = Math.min(r1, r); c1 = Math.min(c1, c); r2 = Math.max(r2, r); c2 = Math.max(c2, c);
    }
    return r2 < 0 ? { r1: 0, c1: 0, r2: 0, c2: 0 } : { r1, c1, r2, c2 };
  }
}

export interface FakeName {
  name: string;
  formula: string;
}

export class FakeExcel {
  sheets: FakeSheet[] = [];
  names: FakeName[] = [];
  tables: { name: string; sheet: string; range: string }[] = [];
  syncs = 0;
  /** Request bytes per sync. */
  payloads: number[] = [];
  runs = 0;
  suspendCalls = 0;
  deleted: string[] = [];
  /** Error thrown from the next sync (e.g. cell-edit mode). */
  failNextSync: { code: string; message: string } | null = null;
  handlers: ((e: { worksheetId: string; address: string }) => Promise<void>)[] = [];
  private pending: unknown[] = [];
  private loaders: (() => void)[] = [];
  private nextId = 1;

  addSheet(name: string, grid: (string | number | boolean | null | Partial<FakeCell>)[][] = []): FakeSheet {
    const s = new FakeSheet(name, `{${this.nextId++}}`);
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
    const s = this.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (!s) throw Object.assign(new Error(`ItemNotFound: ${name}`), { code: 'ItemNotFound' });
    return s;
  }

  record(op: unknown): void {
    this.pending.push(op);
  }
  onSync(load: () => void): void {
    this.loaders.push(load);
  }

  async sync(): Promise<void> {
    this.syncs++;
    this.payloads.push(this.pending.reduce<number>((n, op) => n + JSON.stringify(op).length, 0));
    this.pending = [];
    if (this.failNextSync) {
      const e = this.failNextSync;
      this.failNextSync = null;
      throw Object.assign(new Error(e.message), { code: e.code });
    }
    const loaders = this.loaders;
    this.loaders = [];
    for (const l of loaders) l();
  }

  context(): unknown {
    return new FakeContext(this);
  }

  env(office: Partial<FakeOfficeOptions> = {}, extra: Partial<OfficeEnv> = {}): OfficeEnv & { office: FakeOffice } {
    return {
      run: async <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) => {
        this.runs++;
        return batch(this.context() as Excel.RequestContext);
      },
      ...extra,
      office: new FakeOffice(office),
    };
  }
}

class FakeContext {
  workbook: unknown;
  application: unknown;
  constructor(private x: FakeExcel) {
    this.workbook = { worksheets: new FakeWorksheets(x), names: new FakeNames(x), tables: new FakeTables(x) };
    this.application = { suspendApiCalculationUntilNextSync: () => { x.suspendCalls++; x.record({ suspend: 1 }); } };
  }
  sync() {
    return this.x.sync();
  }
}

class FakeWorksheets {
  items: FakeWorksheet[] = [];
  onChanged: { add: (h: (e: { worksheetId: string; address: string }) => Promise<void>) => { remove: () => void } };
  constructor(private x: FakeExcel) {
    this.onChanged = {
      add: (h) => {
        x.handlers.push(h);
        return { remove: () => { x.handlers = x.handlers.filter((y) => y !== h); } };
      },
    };
  }
  load(_props: string) {
    this.x.onSync(() => {
      this.items = this.x.sheets.map((s) => new FakeWorksheet(this.x, s.name, true));
    });
  }
  getItem(nameOrId: string) {
    return new FakeWorksheet(this.x, nameOrId, false);
  }
  add(name: string) {
    this.x.record({ add: name });
    if (this.x.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw new Error(`ItemAlreadyExists ${name}`);
    this.x.addSheet(name);
    return new FakeWorksheet(this.x, name, false);
  }
  delete(name: string) {
    this.x.deleted.push(name);
  }
}

class FakeWorksheet {
  name: string;
  protection: { protected: boolean };
  freezePanes: { freezeRows: (n: number) => void; unfreeze: () => void };
  constructor(private x: FakeExcel, nameOrId: string, loaded: boolean) {
    const s = x.sheets.find((t) => t.id === nameOrId) ?? x.sheet(nameOrId);
    this.name = loaded ? s.name : (undefined as unknown as string);
    this.protection = { protected: loaded ? s.protected : (undefined as unknown as boolean) };
    this.freezePanes = {
      freezeRows: (n) => { x.record({ freeze: n }); s.frozenRows = n; },
      unfreeze: () => { x.record({ unfreeze: 1 }); s.frozenRows = 0; },
    };
    this.sheet = s;
  }
  private sheet: FakeSheet;
  load(_p: string) {
    this.x.onSync(() => { this.name = this.sheet.name; });
  }
  activate() {
    this.x.record({ activate: this.sheet.name });
    this.sheet.activated++;
  }
  delete() {
    this.x.deleted.push(this.sheet.name);
  }
  getUsedRange() {
    const b = this.sheet.bounds();
    return new FakeRange(this.x, this.sheet, b);
  }
  getRange(addr?: string) {
    if (!addr) return new FakeRange(this.x, this.sheet, null);
    if (/^[A-Z]+:[A-Z]+$/.test(addr)) {
      const c = parseA1(addr.split(':')[0] + '1').c;
      return new FakeRange(this.x, this.sheet, { r1: 0, c1: c, r2: 1048575, c2: c }, true);
    }
    return new FakeRange(this.x, this.sheet, parseRange(addr));
  }
}

type Box = { r1: number; c1: number; r2: number; c2: number };

class FakeRange {
  declare values: unknown[][];
  declare formulas: unknown[][];
  declare numberFormat: unknown[][];
  valueTypes: string[][] = undefined as unknown as string[][];
  rowIndex = undefined as unknown as number;
  columnIndex = undefined as unknown as number;
  address = undefined as unknown as string;
  format: unknown;
  constructor(private x: FakeExcel, private s: FakeSheet, private box: Box | null, private column = false) {
    const self = this as unknown as Record<string, unknown>;
    const addr = box ? `${a1(box.r1, box.c1)}:${a1(box.r2, box.c2)}` : '*';
    const each = (f: (c: FakeCell) => void) => {
      if (!box || column) return;
      for (let r = box.r1; r <= box.r2; r++) for (let c = box.c1; c <= box.c2; c++) f(s.cell(r, c));
    };
    const write = (prop: string, value: unknown, f: (c: FakeCell) => void) => {
      x.record({ address: addr, prop, value });
      each(f);
    };
    this.format = {
      fill: {
        set color(v: string) { write('fill.color', v, (c) => { c.fill = v; c.pattern = 'Solid'; }); },
        clear() { write('fill.clear', 1, (c) => { delete c.fill; c.pattern = 'None'; }); },
      },
      font: {
        set color(v: string) { write('font.color', v, (c) => { c.font = v; }); },
        set bold(v: boolean) { write('font.bold', v, (c) => { c.bold = v; }); },
        set italic(v: boolean) { write('font.italic', v, (c) => { c.italic = v; }); },
      },
      set wrapText(v: boolean) { write('wrapText', v, (c) => { c.wrap = v; }); },
      set columnWidth(v: number) { x.record({ address: addr, prop: 'columnWidth', value: v }); if (box) s.colWidths.set(box.c1, v); },
    };
    // Writes go through setters so they are recorded; reads come from load().
    for (const prop of ['values', 'formulas', 'numberFormat'] as const) {
      Object.defineProperty(this, prop, {
        configurable: true,
        get: () => self[`_${prop}`],
        set: (v: unknown[][]) => {
          x.record({ address: addr, prop, value: v });
          if (!box) return;
          v.forEach((row, i) =>
            row.forEach((val, j) => {
              const cell = s.cell(box.r1 + i, box.c1 + j);
              if (prop === 'numberFormat') cell.numberFormat = String(val);
              else if (prop === 'formulas') { cell.formula = String(val); cell.value = 0; }
              else if (typeof val === 'string' && val.startsWith('=') && cell.numberFormat !== '@') { cell.formula = val; cell.value = 0; }
              else { cell.value = val as FakeCell['value']; delete cell.formula; }
            }),
          );
        },
      });
    }
  }
  set hyperlink(v: { documentReference?: string; textToDisplay?: string }) {
    this.x.record({ prop: 'hyperlink', value: v });
    if (this.box) { const c = this.s.cell(this.box.r1, this.box.c1); c.hyperlink = v; c.value = v.textToDisplay ?? c.value; }
  }
  load(_props: string) {
    this.x.onSync(() => {
      const b = this.box!;
      const grid = <T>(f: (c: FakeCell | undefined) => T): T[][] => {
        const out: T[][] = [];
        for (let r = b.r1; r <= b.r2; r++) {
          const row: T[] = [];
          for (let c = b.c1; c <= b.c2; c++) row.push(f(this.s.get(r, c)));
          out.push(row);
        }
        return out;
      };
      const me = this as unknown as Record<string, unknown>;
      me._values = grid((c) => (c ? c.value : ''));
      me._formulas = grid((c) => (c?.formula ?? (c ? c.value : '')));
      me._numberFormat = grid((c) => c?.numberFormat ?? 'General');
      this.valueTypes = grid((c) => c?.valueType ?? (c === undefined || c.value === '' ? 'Empty' : typeof c.value === 'number' ? 'Double' : typeof c.value === 'boolean' ? 'Boolean' : 'String'));
      this.rowIndex = b.r1;
      this.columnIndex = b.c1;
      this.address = `${this.s.name}!${a1(b.r1, b.c1)}:${a1(b.r2, b.c2)}`;
    });
  }
  getCellProperties(_spec: unknown) {
    const result: { value: unknown } = { value: undefined };
    this.x.onSync(() => {
      const b = this.box!;
      const out: unknown[][] = [];
      for (let r = b.r1; r <= b.r2; r++) {
        const row: unknown[] = [];
        for (let c = b.c1; c <= b.c2; c++) {
          const cell = this.s.get(r, c);
          row.push({ format: { fill: { color: cell?.fill ?? '#FFFFFF', pattern: cell?.pattern ?? (cell?.fill ? 'Solid' : 'None') }, font: { color: cell?.font ?? '#000000' } } });
        }
        out.push(row);
      }
      result.value = out;
    });
    return result;
  }
  clear() {
    this.x.record({ clear: this.s.name });
    this.s.cleared++;
    if (!this.box) this.s.cells.clear();
  }
  select() {
    this.x.record({ select: 1 });
    this.s.selected = this.box ? a1(this.box.r1, this.box.c1) : null;
  }
}

class FakeNames {
  items: FakeName[] = [];
  constructor(private x: FakeExcel) {}
  load(_p: string) {
    this.x.onSync(() => { this.items = this.x.names.map((n) => ({ ...n })); });
  }
  add(name: string, reference: string) {
    this.x.record({ name, reference });
    this.x.names.push({ name, formula: reference });
  }
}

class FakeTables {
  items: { name: string; worksheet: { name: string }; getRange: () => { load: (p: string) => void; address: string } }[] = [];
  constructor(private x: FakeExcel) {}
  load(_p: string) {
    this.x.onSync(() => {
      this.items = this.x.tables.map((t) => {
        const r = { address: undefined as unknown as string, load: (_q: string) => this.x.onSync(() => { r.address = `${t.sheet}!${t.range}`; }) };
        return { name: t.name, worksheet: { name: t.sheet }, getRange: () => r };
      });
    });
  }
}

export interface FakeOfficeOptions {
  displayLanguage: string;
  bodyBackgroundColor: string;
  supported: boolean;
  settings: Record<string, unknown>;
}

export class FakeOffice implements OfficeLike {
  saved = 0;
  context: OfficeLike['context'];
  constructor(o: Partial<FakeOfficeOptions>) {
    const store: Record<string, unknown> = { ...(o.settings ?? {}) };
    this.context = {
      displayLanguage: o.displayLanguage ?? 'sv-SE',
      officeTheme: { bodyBackgroundColor: o.bodyBackgroundColor ?? '#FFFFFF' },
      requirements: { isSetSupported: (n, v) => (o.supported ?? true) && n === 'ExcelApi' && Number(v) <= 1.12 },
      document: {
        settings: {
          get: (k) => store[k] ?? null,
          set: (k, v) => { store[k] = v; },
          saveAsync: (cb) => { this.saved++; cb?.({ status: 'succeeded' }); },
        },
      },
    };
  }
}
