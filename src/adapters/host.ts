/**
 * What the task pane needs from a workbook, whatever holds it: Excel through Office.js
 * (src/adapters/office) or an .xlsx opened in a plain browser (the preview). Components get a
 * `WorkbookHost` as a prop and never call Office.js themselves.
 */
import type { Edits, GeneratedSheet, Lang, MappingOverride, WorkbookInput } from '../engine/types';

export interface HostInfo {
  /** `excel` inside Office, `preview` in a plain browser. */
  kind: 'excel' | 'preview';
  /** Display language from Office (or the browser), reduced to what Planark speaks. */
  lang: Lang;
  /** Office theme is dark. */
  dark: boolean;
}

export interface ApplyProgress {
  done: number;
  total: number;
}

export interface ReadOptions {
  /**
   * Re-read only the sheets that changed since the last read (as the host's change events tell)
   * and reuse the rest; a host that cannot tell reads everything. For rechecks after an edit.
   */
  changedOnly?: boolean;
}

/** A change the pane may want to recheck after. */
export interface HostChange {
  sheet: string;
  address: string;
  /** `settings`: stored column choices changed (a co-author saved theirs). Absent: cells. */
  kind?: 'cells' | 'settings';
}

/** The user's selection: the sheet and the address (a cell or a range, without the sheet). */
export interface HostSelection {
  sheet: string;
  address: string;
}

export interface WorkbookHost {
  info(): HostInfo;
  /** Reads every sheet in one batch. */
  read(signal?: AbortSignal, options?: ReadOptions): Promise<WorkbookInput>;
  /** Writes fills and generated sheets in one batch (chunked under the payload limit). */
  apply(edits: Edits, onProgress?: (p: ApplyProgress) => void, signal?: AbortSignal): Promise<void>;
  /** Selects a cell and shows its sheet. */
  select(sheet: string, cell: string): Promise<void>;
  /** Stored column-mapping corrections (document settings in Excel). */
  loadMappings(): Promise<MappingOverride[]>;
  saveMappings(m: MappingOverride[]): Promise<void>;
  /**
   * Calls back when the user edits cells (debounced by the caller); returns an unsubscribe.
   * Never reports the host's own writes, nor co-authors' edits.
   */
  onChanged(cb: (e: HostChange) => void): Promise<() => void>;
  /**
   * Whether the host can hand the user a file (a download). Excel on Mac and iPad cannot: their
   * web views ignore downloads (office-js #2700, #4681). A host without the method cannot either.
   */
  canDownload?(): boolean;
  /** Offers bytes to the user as a file; only where `canDownload()` is true. */
  saveFile?(name: string, bytes: Uint8Array, mime: string): Promise<void>;
  /**
   * Calls back when the user selects another cell or range (the pane explains the cell);
   * returns an unsubscribe. Optional: a host without it simply gives no explanation on selection.
   */
  onSelectionChanged?(cb: (s: HostSelection) => void): Promise<() => void>;
  /**
   * Writes generated sheets by inserting a whole workbook where the host can (Excel's
   * insertWorksheetsFromBase64, ExcelApi 1.13): one request instead of many for large sheets.
   * `workbook` builds the .xlsx (base64) and is called only when the host will use it. Resolves
   * false when the host cannot; the caller then writes the sheets through `apply`.
   */
  insertSheets?(sheets: GeneratedSheet[], workbook: () => Promise<string>, signal?: AbortSignal): Promise<boolean>;
}

/** A failure the user can act on; `message` is already in the user's language. */
export class HostError extends Error {
  constructor(
    message: string,
    readonly reason:
      | 'protected'
      | 'cell-edit'
      | 'requirement-set'
      | 'unsupported-host'
      | 'payload'
      | 'unreadable'
      | 'access-denied'
      | 'gone'
      | 'exists'
      | 'temporary'
      | 'other',
  ) {
    super(message);
  }
}
