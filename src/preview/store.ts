/**
 * The preview's state: one ExcelJS workbook in memory, the active sheet and the selected cell.
 * The grid renders from it (via useSyncExternalStore) and the BrowserWorkbookHost changes it, so
 * what the task pane writes shows up in the grid at once.
 */
import type ExcelJS from 'exceljs';
import { a1, parseA1 } from '../engine/cells';
import { parseInput } from './format';

export type Listener = () => void;
export type ChangeListener = (e: { sheet: string; address: string }) => void;

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
  private listeners = new Set<Listener>();
  private changeListeners = new Set<ChangeListener>();

  constructor(wb: ExcelJS.Workbook, fileName: string) {
    this.wb = wb;
    this.fileName = fileName;
    this.active = wb.worksheets[0]?.name ?? '';
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

  load(wb: ExcelJS.Workbook, fileName: string): void {
    this.wb = wb;
    this.fileName = fileName;
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
    return true;
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
    ws.getCell(addr).value = parseInput(text);
    this.touch();
    for (const fn of [...this.changeListeners]) fn({ sheet: ws.name, address: addr });
  }
}
