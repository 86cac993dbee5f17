/**
 * WorkbookHost over an ExcelJS workbook held in the browser: the task pane runs unchanged while
 * the preview grid stands in for Excel. Reading and writing go through the shared ExcelJS adapter,
 * so the preview behaves exactly like `planark apply`.
 */
import type { ApplyProgress, HostInfo, HostSelection, WorkbookHost } from '../adapters/host';
import { HostError } from '../adapters/host';
import { applyEdits, NotOwnedError, readWorkbook, readWorkbookInSlices } from '../adapters/exceljs';
import type { Edits, Lang, MappingOverride, WorkbookInput } from '../engine/types';
import type { PreviewStore } from './store';
import { saveInBrowser } from '../adapters/browser-download';

export interface BrowserEnv {
  /** `navigator.language`. */
  language?: string;
  /** `location.search`. */
  search?: string;
  /** prefers-color-scheme: dark. */
  dark?: boolean;
}

/** `?lang=en|sv` wins; otherwise the browser's language (sv* → sv, anything else → en). */
export function detectLang(env: BrowserEnv): Lang {
  const q = new URLSearchParams(env.search ?? '').get('lang')?.toLowerCase();
  if (q === 'sv' || q === 'en') return q;
  return (env.language ?? '').toLowerCase().startsWith('sv') ? 'sv' : 'en';
}

export function currentEnv(): BrowserEnv {
  if (typeof window === 'undefined') return {};
  return {
    language: typeof navigator !== 'undefined' ? navigator.language : undefined,
    search: window.location?.search,
    dark: typeof window.matchMedia === 'function' ? window.matchMedia('(prefers-color-scheme: dark)').matches : false,
  };
}

/** Resolves in a later task, after the page has had a chance to paint and handle input. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function aborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new DOMException('Aborted', 'AbortError');
}

export class BrowserWorkbookHost implements WorkbookHost {
  private mappings: MappingOverride[] = [];

  constructor(
    private readonly store: PreviewStore,
    private readonly env: BrowserEnv = currentEnv(),
  ) {}

  info(): HostInfo {
    return { kind: 'preview', lang: detectLang(this.env), dark: this.env.dark === true };
  }

  async read(signal?: AbortSignal): Promise<WorkbookInput> {
    aborted(signal);
    // In slices, letting the page paint (and Avbryt be clicked) between them: a 20 000-row sheet
    // read in one go blocks the page for a tenth of a second.
    const input = await readWorkbookInSlices(this.store.wb, this.store.fileName, async () => {
      await nextTask();
      aborted(signal);
    });
    if (this.mappings.length) input.mappings = this.mappings.map((m) => ({ ...m, columns: { ...m.columns } }));
    return input;
  }

  async apply(edits: Edits, onProgress?: (p: ApplyProgress) => void, signal?: AbortSignal): Promise<void> {
    aborted(signal);
    const total = edits.fills.length + edits.sheets.length;
    onProgress?.({ done: 0, total });
    try {
      // The adapter re-reads ownership from the workbook itself; input is only for its signature.
      applyEdits(this.store.wb, edits, readWorkbook(this.store.wb, this.store.fileName));
    } catch (e) {
      if (e instanceof NotOwnedError) {
        const sv = this.info().lang === 'sv';
        throw new HostError(
          sv
            ? `Bladet ”${e.sheet}” är ditt eget; Planark skriver inte över det. Byt namn på bladet och försök igen.`
            : `The sheet "${e.sheet}" is your own; Planark will not write over it. Rename the sheet and try again.`,
          'protected',
        );
      }
      throw e;
    }
    this.store.recordEdits(edits);
    onProgress?.({ done: total, total });
    this.store.touch();
  }

  async select(sheet: string, cell: string): Promise<void> {
    if (!this.store.select(sheet, cell)) {
      const sv = this.info().lang === 'sv';
      throw new HostError(sv ? `Cellen ${sheet}!${cell} finns inte.` : `The cell ${sheet}!${cell} does not exist.`, 'other');
    }
  }

  async loadMappings(): Promise<MappingOverride[]> {
    return this.mappings.map((m) => ({ ...m, columns: { ...m.columns } }));
  }

  async saveMappings(m: MappingOverride[]): Promise<void> {
    this.mappings = m.map((x) => ({ ...x, columns: { ...x.columns } }));
  }

  async onChanged(cb: (e: { sheet: string; address: string }) => void): Promise<() => void> {
    return this.store.onChanged(cb);
  }

  /** A plain browser page downloads. */
  canDownload(): boolean {
    return typeof document !== 'undefined';
  }

  async saveFile(name: string, bytes: Uint8Array, mime: string): Promise<void> {
    saveInBrowser(name, bytes, mime);
  }

  async onSelectionChanged(cb: (s: HostSelection) => void): Promise<() => void> {
    return this.store.onSelection(cb);
  }
}
