/**
 * Edits a worksheet part as one linear pass over its text. Only the `<c>` elements of edited cells
 * change (their `s` attribute for a colour, their content for a value); cells and rows that do not
 * exist yet are inserted in order. Every other character — other cells, shared formulas, `extLst`,
 * sparklines, data validation, conditional formats — is copied as it was. Values inside `<v>`,
 * `<f>` and `<is>` cannot hold a raw `<`, so scanning for tags is safe; comments and CDATA are
 * stepped over.
 */
import { attr, escapeText, findElement, decodeEntities, setAttr, tagEnd } from './xml';
import { colName, shiftFormula } from './formula';
import { PackageError } from './errors';

export type CellValueEdit = { kind: 'number'; n: number } | { kind: 'text'; s: string } | { kind: 'bool'; b: boolean } | { kind: 'clear' };

export interface CellPatch {
  /** New style index from the cell's current one (0 when it has none). */
  style?: (current: number) => number;
  value?: CellValueEdit;
}

/** Row (1-based) → column (1-based) → patch. */
export type SheetPatches = Map<number, Map<number, CellPatch>>;

export interface SheetPatchResult {
  xml: string;
  /** Cells (A1) that held a formula before and hold none now: their calcChain entries must go. */
  formulasRemoved: string[];
}

export function parseRef(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}

function refOf(row: number, col: number): string {
  return `${colName(col)}${row}`;
}

export function addPatch(patches: SheetPatches, ref: string, p: CellPatch): void {
  const at = parseRef(ref);
  // Off the sheet (beyond XFD1048576): no such cell to write.
  if (!at || at.row < 1 || at.row > 1_048_576 || at.col < 1 || at.col > 16_384) return;
  let row = patches.get(at.row);
  if (!row) patches.set(at.row, (row = new Map()));
  const prev = row.get(at.col);
  row.set(at.col, { ...prev, ...p });
}

/** Column styles from `<cols>` (a cell inserted into an empty column takes the column's style). */
function columnStyles(xml: string, limit: number): { min: number; max: number; style: number }[] {
  const cols = findElement(xml, 'cols', 0, limit);
  if (!cols) return [];
  const out: { min: number; max: number; style: number }[] = [];
  const re = /<(?:[\w.-]+:)?col(?=[\s/>])[^>]*>/g;
  re.lastIndex = cols.openEnd;
  for (let m = re.exec(xml); m && m.index < cols.closeStart; m = re.exec(xml)) {
    const style = Number(attr(m[0], 'style') ?? 0);
    if (style) out.push({ min: Number(attr(m[0], 'min') ?? 0), max: Number(attr(m[0], 'max') ?? 0), style });
  }
  return out;
}

interface SharedMaster {
  formula: string;
  row: number;
  col: number;
}

class Patcher {
  private readonly out: string[] = [];
  readonly formulasRemoved: string[] = [];
  /** Shared formulas whose master cell got a value: their other cells get their own formula. */
  private readonly unshare = new Map<string, SharedMaster>();
  /** Patch rows in order, and how many of them have been written (an index: shift() is O(n)). */
  private readonly rowsPending: number[];
  private nextRow = 0;
  private readonly colStyles: { min: number; max: number; style: number }[];
  private cellOpen = /<c(?=[\s>/])/g;

  constructor(
    private readonly xml: string,
    private readonly patches: SheetPatches,
    private readonly p: string,
    sheetDataStart: number,
  ) {
    this.rowsPending = [...patches.keys()].sort((a, b) => a - b);
    this.colStyles = columnStyles(xml, sheetDataStart);
  }

  private colStyle(col: number): number {
    for (const c of this.colStyles) if (col >= c.min && col <= c.max) return c.style;
    return 0;
  }

  /** Emits whole new rows for pending patch rows below `before`. */
  private flushRows(before: number): void {
    while (this.nextRow < this.rowsPending.length && this.rowsPending[this.nextRow] < before) {
      const r = this.rowsPending[this.nextRow++];
      const cells = this.patches.get(r)!;
      const body = [...cells.keys()].sort((a, b) => a - b).map((c) => this.newCell(r, c, cells.get(c)!, 0)).filter(Boolean).join('');
      if (body) this.out.push(`<${this.p}row r="${r}">${body}</${this.p}row>`);
    }
  }

  private newCell(row: number, col: number, patch: CellPatch, rowStyle: number): string {
    const base = rowStyle || this.colStyle(col);
    const s = patch.style ? patch.style(base) : base;
    return buildCell(this.p, `<${this.p}c r="${refOf(row, col)}"${s ? ` s="${s}"` : ''}/>`, patch.value ?? null, s, '');
  }

  run(sd: { openEnd: number; closeStart: number }): string {
    const { xml, p } = this;
    this.out.push(xml.slice(0, sd.openEnd));
    const rowOpen = new RegExp(`<${p}row(?=[\\s>/])|<!--|<!\\[CDATA\\[`, 'g');
    this.cellOpen = new RegExp(`<${p}c(?=[\\s>/])|<!--|<!\\[CDATA\\[`, 'g');
    const rowClose = `</${p}row>`;
    let pos = sd.openEnd;
    let prevRow = 0;
    for (;;) {
      rowOpen.lastIndex = pos;
      const m = rowOpen.exec(xml);
      if (!m || m.index >= sd.closeStart) break;
      if (m[0] !== `<${p}row`) {
        const close = m[0] === '<!--' ? '-->' : ']]>';
        const e = xml.indexOf(close, m.index);
        const end = e < 0 ? sd.closeStart : e + close.length;
        this.out.push(xml.slice(pos, end));
        pos = end;
        continue;
      }
      const openEnd = tagEnd(xml, m.index);
      const tag = xml.slice(m.index, openEnd);
      const r = Number(attr(tag, 'r') ?? prevRow + 1);
      prevRow = r;
      const selfClosing = tag.endsWith('/>');
      const closeAt = selfClosing ? openEnd : xml.indexOf(rowClose, openEnd);
      if (closeAt < 0) throw new PackageError('corrupt', 'unclosed row');
      const rowEnd = selfClosing ? openEnd : closeAt + rowClose.length;
      this.out.push(xml.slice(pos, m.index));
      this.flushRows(r);
      const cells = this.patches.get(r);
      if (this.rowsPending[this.nextRow] === r) this.nextRow++;
      const content = xml.slice(openEnd, selfClosing ? openEnd : closeAt);
      if (cells || (this.unshare.size && content.includes('shared'))) {
        this.out.push(this.patchRow(tag, content, r, cells ?? new Map()));
      } else {
        this.out.push(xml.slice(m.index, rowEnd));
      }
      pos = rowEnd;
    }
    this.out.push(xml.slice(pos, sd.closeStart));
    this.flushRows(Infinity);
    this.out.push(xml.slice(sd.closeStart));
    return this.out.join('');
  }

  private patchRow(tag: string, content: string, row: number, cells: Map<number, CellPatch>): string {
    const p = this.p;
    const pending = [...cells.keys()].sort((a, b) => a - b);
    const rowStyle = attr(tag, 'customFormat') === '1' || attr(tag, 'customFormat') === 'true' ? Number(attr(tag, 's') ?? 0) : 0;
    const parts: string[] = [];
    const cellOpen = this.cellOpen;
    const cellClose = `</${p}c>`;
    let pos = 0;
    let prevCol = 0;
    let inserted = false;
    for (;;) {
      cellOpen.lastIndex = pos;
      const m = cellOpen.exec(content);
      if (!m) break;
      if (m[0] !== `<${p}c`) {
        const close = m[0] === '<!--' ? '-->' : ']]>';
        const e = content.indexOf(close, m.index);
        const end = e < 0 ? content.length : e + close.length;
        parts.push(content.slice(pos, end));
        pos = end;
        continue;
      }
      const openEnd = tagEnd(content, m.index);
      const ctag = content.slice(m.index, openEnd);
      const ref = attr(ctag, 'r');
      const col = ref ? (parseRef(ref)?.col ?? prevCol + 1) : prevCol + 1;
      prevCol = col;
      const selfClosing = ctag.endsWith('/>');
      const closeAt = selfClosing ? openEnd : content.indexOf(cellClose, openEnd);
      if (closeAt < 0) throw new PackageError('corrupt', `unclosed cell in row ${row}`);
      const cellEnd = selfClosing ? openEnd : closeAt + cellClose.length;
      parts.push(content.slice(pos, m.index));
      while (pending.length && pending[0] < col) {
        const c = pending.shift()!;
        parts.push(this.newCell(row, c, cells.get(c)!, rowStyle));
        inserted = true;
      }
      const inner = content.slice(openEnd, selfClosing ? openEnd : closeAt);
      if (pending[0] === col) {
        pending.shift();
        parts.push(this.patchCell(ctag, inner, row, col, cells.get(col)!));
      } else if (this.unshare.size && inner.includes('shared')) {
        parts.push(this.unshareCell(ctag, inner, row, col));
      } else {
        parts.push(content.slice(m.index, cellEnd));
      }
      pos = cellEnd;
    }
    parts.push(content.slice(pos));
    for (const c of pending) {
      parts.push(this.newCell(row, c, cells.get(c)!, rowStyle));
      inserted = true;
    }
    let open = tag;
    if (inserted) open = widenSpans(open, cells);
    if (open.endsWith('/>')) {
      const body = parts.join('');
      return body ? `${open.slice(0, -2).replace(/\s+$/, '')}>${body}</${p}row>` : open;
    }
    return `${open}${parts.join('')}</${p}row>`;
  }

  private patchCell(ctag: string, inner: string, row: number, col: number, patch: CellPatch): string {
    const current = Number(attr(ctag, 's') ?? 0);
    const s = patch.style ? patch.style(current) : current;
    if (!patch.value) {
      if (s === current) return ctag + (ctag.endsWith('/>') ? '' : `${inner}</${this.p}c>`);
      return setAttr(ctag, 's', String(s)) + (ctag.endsWith('/>') ? '' : `${inner}</${this.p}c>`);
    }
    const f = findElement(inner, 'f');
    if (f) {
      this.formulasRemoved.push(refOf(row, col));
      const si = attr(f.tag, 'si');
      // The master of a shared group carries the formula text and `ref`; its dependents only `si`.
      if (attr(f.tag, 't') === 'shared' && si !== undefined && attr(f.tag, 'ref') !== undefined) {
        this.unshare.set(si, { formula: decodeEntities(inner.slice(f.openEnd, f.closeStart)), row, col });
      }
    }
    return buildCell(this.p, ctag, patch.value, s, inner);
  }

  /** A dependent of a shared formula whose master is gone: it gets the formula moved to it. */
  private unshareCell(ctag: string, inner: string, row: number, col: number): string {
    const f = findElement(inner, 'f');
    const si = f ? attr(f.tag, 'si') : undefined;
    const master = si !== undefined && f && attr(f.tag, 't') === 'shared' ? this.unshare.get(si) : undefined;
    if (!f || !master) return ctag + (ctag.endsWith('/>') ? '' : `${inner}</${this.p}c>`);
    const own = shiftFormula(master.formula, row - master.row, col - master.col);
    const fText = `<${this.p}f>${escapeText(own)}</${this.p}f>`;
    return `${ctag}${inner.slice(0, f.start)}${fText}${inner.slice(f.end)}</${this.p}c>`;
  }
}

/**
 * A cell element with a new value: `r`, `s` and the phonetic flag are kept; the type, formula,
 * old value and cell metadata go. Text is an inline string, never a formula.
 */
function buildCell(p: string, ctag: string, value: CellValueEdit | null, s: number, _inner: string): string {
  let tag = ctag.endsWith('/>') ? ctag.slice(0, -2).replace(/\s+$/, '') + '>' : ctag;
  for (const a of ['t', 'cm', 'vm']) tag = setAttr(tag, a, null);
  tag = setAttr(tag, 's', s ? String(s) : null);
  if (value === null || value.kind === 'clear') return `${tag.slice(0, -1).replace(/\s+$/, '')}/>`;
  if (value.kind === 'number') {
    if (!Number.isFinite(value.n)) return `${tag.slice(0, -1).replace(/\s+$/, '')}/>`;
    return `${tag}<${p}v>${numberText(value.n)}</${p}v></${p}c>`;
  }
  if (value.kind === 'bool') return `${setAttr(tag, 't', 'b')}<${p}v>${value.b ? 1 : 0}</${p}v></${p}c>`;
  return `${setAttr(tag, 't', 'inlineStr')}<${p}is><${p}t xml:space="preserve">${escapeText(value.s)}</${p}t></${p}is></${p}c>`;
}

/** A number as xsd:double text (`-0` → `0`). */
export function numberText(n: number): string {
  return Object.is(n, -0) ? '0' : String(n);
}

function widenSpans(tag: string, cells: Map<number, CellPatch>): string {
  const spans = attr(tag, 'spans');
  if (!spans) return tag;
  const nums = spans.split(/[\s:]+/).map(Number).filter(Number.isFinite);
  if (!nums.length) return tag;
  const cols = [...cells.keys()];
  const lo = Math.min(...nums, ...cols);
  const hi = Math.max(...nums, ...cols);
  if (lo === Math.min(...nums) && hi === Math.max(...nums)) return tag;
  return setAttr(tag, 'spans', `${lo}:${hi}`);
}

/** The `<dimension>` grown to cover every patched cell (only when it does not already). */
function widenDimension(xml: string, patches: SheetPatches, limit: number): string {
  const d = findElement(xml, 'dimension', 0, limit);
  if (!d || !patches.size) return xml;
  const ref = attr(d.tag, 'ref');
  if (!ref) return xml;
  const [a, b] = ref.split(':');
  const tl = parseRef(a);
  const br = parseRef(b ?? a);
  if (!tl || !br) return xml;
  let { row: r1, col: c1 } = tl;
  let { row: r2, col: c2 } = br;
  for (const [r, cells] of patches) {
    for (const c of cells.keys()) {
      r1 = Math.min(r1, r);
      r2 = Math.max(r2, r);
      c1 = Math.min(c1, c);
      c2 = Math.max(c2, c);
    }
  }
  const next = `${refOf(r1, c1)}:${refOf(r2, c2)}`;
  const same = next === `${refOf(tl.row, tl.col)}:${refOf(br.row, br.col)}`;
  return same ? xml : xml.slice(0, d.start) + setAttr(d.tag, 'ref', next) + xml.slice(d.end);
}

/** Applies `patches` to a worksheet part's text. */
export function patchSheet(xml: string, patches: SheetPatches): SheetPatchResult {
  if (!patches.size) return { xml, formulasRemoved: [] };
  let sd = findElement(xml, 'sheetData');
  if (!sd) throw new PackageError('corrupt', 'worksheet without sheetData');
  const widened = widenDimension(xml, patches, sd.start);
  if (widened !== xml) {
    xml = widened;
    sd = findElement(xml, 'sheetData')!;
  }
  const p = /^<([^\s>/]*:)?/.exec(sd.tag)?.[1] ?? '';
  if (sd.tag.endsWith('/>')) {
    // `<sheetData/>`: open it up so rows can go in.
    const open = `${sd.tag.slice(0, -2).replace(/\s+$/, '')}>`;
    xml = `${xml.slice(0, sd.start)}${open}</${p}sheetData>${xml.slice(sd.end)}`;
    sd = findElement(xml, 'sheetData')!;
  }
  const patcher = new Patcher(xml, patches, p, sd.start);
  const out = patcher.run(sd);
  return { xml: out, formulasRemoved: patcher.formulasRemoved };
}
