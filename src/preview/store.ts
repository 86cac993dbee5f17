/**
 * The preview's state: one ExcelJS workbook in memory, the active sheet and the selected cell.
 * The grid renders from it (via useSyncExternalStore) and the BrowserWorkbookHost changes it, so
 * what the task pane writes shows up in the grid at once.
 */
import type ExcelJS from 'exceljs';
import { a1, parseA1 } from '../engine/cells';
import type { Edits, FillEdit, GeneratedSheet, ValueEdit } from '../engine/types';
import { parseInput } from './format';

export type Listener = () => void;
export type ChangeListener = (e: { sheet: string; address: string }) => void;
export type SelectionListener = (e: { sheet: string; address: string }) => void;

/** `$c$5`, `C5:D9`, ` c5 ` → `C5`; null when it is not a cell address. */
export function normaliseCell(cell: string): string | null {
  const first = cell.split(':')[0]?.trim() ?? '';
  try {
    const { r, c } = parseA1(first);
    if (r < 0 || c < 0 || r >= 1_048_576 || c >= 16_384) return null;
    return a1(r, c);
  } catch {
    return null;
  }
}

function sameName(a: string, b: string): boolean {
  return a.toLocaleLowerCase('sv') === b.toLocaleLowerCase('sv');
}

export class PreviewStore {
  wb: ExcelJS.Workbook;
  fileName: string;
  /** Name of the sheet shown in the grid. */
  active: string;
  /** Selected cell (A1) on the active sheet, or null. */
  selected: string | null = null;
  /** Bumped on every change; the grid's snapshot. */
  version = 0;
  /** Bumped when cell contents or sheets change (not on selection), so views are rebuilt only then. */
  dataVersion = 0;
  /** Bumped when a workbook is loaded, so the task pane starts afresh for a new file. */
  generation = 0;
  /** Bumped when the grid must scroll the selection into view. */
  scrollRequest = 0;
  /**
   * The file as it was opened. The download patches these bytes with the edits below (SPEC §9),
   * so nothing ExcelJS cannot hold in memory is lost; null for a workbook made in the page.
   */
  original: Uint8Array | null = null;
  /** The workbook shown is the bundled sample, not the user's file (the page says so). */
  sample = false;
  private listeners = new Set<Listener>();
  private changeListeners = new Set<ChangeListener>();
  private selectionListeners = new Set<SelectionListener>();
  // Edits recorded since the file was opened, and how many of them the last download held.
  private changes = 0;
  private savedChanges = 0;
  // Every edit since the file was opened, the last one per cell or sheet winning.
  private fills = new Map<string, FillEdit>();
  private sheets = new Map<string, GeneratedSheet>();
  private values = new Map<string, ValueEdit>();

  constructor(wb: ExcelJS.Workbook, fileName: string, original: Uint8Array | null = null) {
    this.wb = wb;
    this.fileName = fileName;
    this.original = original;
    this.active = wb.worksheets[0]?.name ?? '';
  }

  /** Planark's edits as written to the workbook in memory, kept for the download. */
  recordEdits(edits: Edits): void {
    if (edits.fills.length || edits.sheets.length || edits.values?.length) this.changes++;
    const key = (sheet: string, cell: string) => `${sheet.toLocaleLowerCase('sv')}\u0000${normaliseCell(cell) ?? cell}`;
    for (const f of edits.fills) this.fills.set(key(f.sheet, f.cell), f);
    for (const g of edits.sheets) {
      const name = g.name.toLocaleLowerCase('sv');
      this.sheets.set(name, g);
      // A regenerated sheet starts afresh: what was typed into its old version is gone, as in memory.
      for (const [k, v] of this.values) if (v.sheet.toLocaleLowerCase('sv') === name) this.values.delete(k);
    }
    for (const v of edits.values ?? []) this.values.set(key(v.sheet, v.cell), v);
  }

  /** Changes live only in this page until downloaded: the page warns before they are lost. */
  get unsaved(): boolean {
    return this.changes > this.savedChanges;
  }

  /** The download holds every change so far. */
  markSaved(): void {
    this.savedChanges = this.changes;
    this.touch(false);
  }

  /** Everything to write into the original package for the download. */
  pendingEdits(): Edits {
    return { fills: [...this.fills.values()], sheets: [...this.sheets.values()], values: [...this.values.values()] };
  }

  subscribe = (fn: Listener): (() => void) => {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  };

  getVersion = (): number => this.version;

  /** Tells the grid to re-render after the workbook changed in place (fills, new sheets). */
  touch(data = true): void {
    this.version++;
    if (data) this.dataVersion++;
    // A sheet may have gone (regenerated under the same name it keeps its place, but be safe).
    if (!this.sheet(this.active)) this.active = this.wb.worksheets[0]?.name ?? '';
    for (const fn of [...this.listeners]) fn();
  }

  load(wb: ExcelJS.Workbook, fileName: string, original: Uint8Array | null = null, opts: { sample?: boolean } = {}): void {
    this.wb = wb;
    this.fileName = fileName;
    this.original = original;
    this.sample = opts.sample === true;
    this.changes = 0;
    this.savedChanges = 0;
    this.fills.clear();
    this.sheets.clear();
    this.values.clear();
    this.active = wb.worksheets[0]?.name ?? '';
    this.selected = null;
    this.generation++;
    this.touch();
  }

  sheet(name: string): ExcelJS.Worksheet | undefined {
    return this.wb.worksheets.find((ws) => sameName(ws.name, name));
  }

  setActive(name: string): void {
    const ws = this.sheet(name);
    if (!ws || ws.name === this.active) return;
    this.active = ws.name;
    this.selected = null;
    this.touch(false);
  }

  /** Shows `sheet` and selects `cell` on it; false when either does not exist. */
  select(sheet: string, cell: string, scroll = true): boolean {
    const ws = this.sheet(sheet);
    const addr = normaliseCell(cell);
    if (!ws || !addr) return false;
    this.active = ws.name;
    this.selected = addr;
    if (scroll) this.scrollRequest++;
    this.touch(false);
    for (const fn of [...this.selectionListeners]) fn({ sheet: ws.name, address: addr });
    return true;
  }

  /** The user's selection, as Excel's selection-changed event gives it to the task pane. */
  onSelection(fn: SelectionListener): () => void {
    this.selectionListeners.add(fn);
    return () => this.selectionListeners.delete(fn);
  }

  onChanged(fn: ChangeListener): () => void {
    this.changeListeners.add(fn);
    return () => this.changeListeners.delete(fn);
  }

  /** A user's edit in the grid: typed text becomes a value (Swedish numbers read as numbers). */
  editCell(sheet: string, cell: string, text: string): void {
    const ws = this.sheet(sheet);
    const addr = normaliseCell(cell);
    if (!ws || !addr) return;
    const value = parseInput(text);
    ws.getCell(addr).value = value;
    this.recordEdits({ fills: [], sheets: [], values: [{ sheet: ws.name, cell: addr, value }] });
    this.touch();
    for (const fn of [...this.changeListeners]) fn({ sheet: ws.name, address: addr });
  }
}
