/** A WorkbookHost over plain WorkbookInput that records what the pane asks of it. */
import type { ApplyProgress, HostInfo, WorkbookHost } from '../../src/adapters/host';
import type { Edits, MappingOverride, WorkbookInput } from '../../src/engine/types';

export class FakeHost implements WorkbookHost {
  applied: Edits[] = [];
  selected: { sheet: string; cell: string }[] = [];
  savedMappings: MappingOverride[][] = [];
  reads = 0;
  listeners: ((e: { sheet: string; address: string }) => void)[] = [];
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
}
