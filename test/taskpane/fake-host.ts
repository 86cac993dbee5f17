/** A WorkbookHost over plain WorkbookInput that records what the pane asks of it. */
import type { ApplyProgress, HostInfo, HostSelection, WorkbookHost } from '../../src/adapters/host';
import type { Edits, GeneratedSheet, MappingOverride, WorkbookInput } from '../../src/engine/types';

export class FakeHost implements WorkbookHost {
  applied: Edits[] = [];
  selected: { sheet: string; cell: string }[] = [];
  savedMappings: MappingOverride[][] = [];
  reads = 0;
  listeners: ((e: { sheet: string; address: string }) => void)[] = [];
  selectionListeners: ((s: HostSelection) => void)[] = [];
  /** Sheets inserted as a workbook (insertSheets), with the base64 it was given. */
  inserted: { sheets: GeneratedSheet[]; base64: string }[] = [];
  /** Whether insertSheets is supported (false: the pane must fall back to apply). */
  canInsert = false;
  /** Make the next read/apply fail with this error. */
  failWith: Error | null = null;
  /** Hold read() until released (for cancel tests). */
  hold: Promise<void> | null = null;
  /** Files handed to the user (saveFile), and whether this host can (false: Excel on Mac/iPad). */
  downloads: { name: string; bytes: Uint8Array; mime: string }[] = [];
  downloadable = true;

  constructor(
    public input: WorkbookInput,
    public hostInfo: HostInfo = { kind: 'preview', lang: 'sv', dark: false },
  ) {}

  info(): HostInfo {
    return this.hostInfo;
  }
  async read(signal?: AbortSignal): Promise<WorkbookInput> {
    this.reads++;
    if (this.hold) await this.hold;
    if (signal?.aborted) throw new DOMException('Aborted', 'AbortError');
    if (this.failWith) throw this.failWith;
    const mappings = this.savedMappings.at(-1);
    return structuredClone(mappings ? { ...this.input, mappings } : this.input);
  }
  async apply(edits: Edits, onProgress?: (p: ApplyProgress) => void): Promise<void> {
    if (this.failWith) throw this.failWith;
    this.applied.push(edits);
    onProgress?.({ done: 1, total: 1 });
  }
  async select(sheet: string, cell: string): Promise<void> {
    this.selected.push({ sheet, cell });
  }
  async loadMappings(): Promise<MappingOverride[]> {
    return this.savedMappings.at(-1) ?? [];
  }
  async saveMappings(m: MappingOverride[]): Promise<void> {
    this.savedMappings.push(m);
  }
  canDownload(): boolean {
    return this.downloadable;
  }
  async saveFile(name: string, bytes: Uint8Array, mime: string): Promise<void> {
    this.downloads.push({ name, bytes, mime });
  }
  async onChanged(cb: (e: { sheet: string; address: string }) => void): Promise<() => void> {
    this.listeners.push(cb);
    return () => {
      this.listeners = this.listeners.filter((x) => x !== cb);
    };
  }
  async onSelectionChanged(cb: (s: HostSelection) => void): Promise<() => void> {
    this.selectionListeners.push(cb);
    return () => {
      this.selectionListeners = this.selectionListeners.filter((x) => x !== cb);
    };
  }
  /** The user selects a cell or range in the workbook. */
  userSelects(sheet: string, address: string): void {
    for (const cb of this.selectionListeners) cb({ sheet, address });
  }
  async insertSheets(sheets: GeneratedSheet[], workbook: () => Promise<string>): Promise<boolean> {
    if (!this.canInsert) return false;
    this.inserted.push({ sheets, base64: await workbook() });
    return true;
  }
}
