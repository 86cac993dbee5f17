/// <reference types="office-js" />
/**
 * WorkbookHost over Excel through Office.js. This file wires the concerns together — reading
 * (read.ts), writing (write.ts), change events (events.ts), settings (settings.ts) and errors
 * (errors.ts) — and holds what one read teaches the next: the sheet layout, the cells, and which
 * columns' fills were seen.
 *
 * Round trips: a check-and-colour is three syncs while the data fits one request (sheets, used
 * ranges and header rows; the data; the writes); past that, reads and writes are split by their
 * measured bytes, so the count grows with bytes, never with rows as such.
 */
import type { ApplyProgress, HostChange, HostInfo, HostSelection, ReadOptions, WorkbookHost } from '../host';
import { HostError } from '../host';
import type { CellInput, Edits, GeneratedSheet, Lang, MappingOverride, SheetInput, WorkbookInput } from '../../engine/types';
import { getCell } from '../../engine/cells';
import { isDarkColour } from './convert';
import { DEFAULT_BUDGET, MIN_BUDGET, defaultEnv, lower, throwIfAborted, type OfficeEnv, type OfficeLike } from './env';
import { isAbort, isPayloadError, isStaleError, officeCode, toHostError, type ErrorHint } from './errors';
import { ChangeWatch, watchChanges, watchSelection } from './events';
import { insertSheets } from './insert-sheets';
import type { Layout } from './layout';
import { HOST_MESSAGES, langOf } from './messages';
import { readSheets, type FormulasBy, type SheetData } from './read';
import { INSERT_SET, REQUIRED_SET, supportsExcelApi } from './requirements';
import { saveMappings, storedMappings } from './settings';
import { eventsOn, writeEdits } from './write';
import { saveInBrowser } from '../browser-download';

export type { OfficeEnv, OfficeLike } from './env';
export { REQUIRED_SET } from './requirements';

/** A recheck may reuse sheets read this long ago at most (events can be missed). */
const MAX_REUSE_MS = 10 * 60_000;
/** Errors that say the sheet walk of the first batch was refused, not that Excel is unwell. */
const WALK_REFUSED = new Set(['InvalidArgument', 'InvalidOperation', 'ApiNotFound', 'NotImplemented', 'GeneralException']);

interface Cache {
  /** When the read that made it started. */
  at: number;
  layout: Layout;
  /** When `layout` was read; reset after Planark adds sheets. */
  layoutAt: number;
  sheets: Map<string, SheetData>;
}

export class ExcelHost implements WorkbookHost {
  private readonly env: OfficeEnv;
  private cache: Cache | null = null;
  private readonly watch = new ChangeWatch();
  private mappingsBase: MappingOverride[] = [];
  /** False once Excel refused the sheet walk: list the sheets first instead. */
  private walk = true;
  /** How blocks read formulas: `range` once Excel refused special cells (read.ts). */
  private formulasBy: FormulasBy = 'areas';

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
    if (!supportsExcelApi(this.env.office, REQUIRED_SET.version)) throw new HostError(HOST_MESSAGES.requirementSet[this.lang](REQUIRED_SET.version), 'requirement-set');
  }

  // --- read ------------------------------------------------------------------------------------

  /** A recheck may re-read only changed sheets when events were heard since the cached read. */
  private reusable(): Cache | null {
    const c = this.cache;
    if (!c || this.watch.live === 0 || c.at < this.watch.since) return null;
    return this.now() - c.at <= MAX_REUSE_MS ? c : null;
  }

  async read(signal?: AbortSignal, options: ReadOptions = {}): Promise<WorkbookInput> {
    throwIfAborted(signal);
    this.requireSupport();
    const mappings = await this.loadMappings();
    const reuse = options.changedOnly ? this.reusable() : null;
    const at = this.now();
    // Taken now: edits made while reading mark their sheets again.
    const dirty = new Set(this.watch.dirty);
    this.watch.dirty.clear();
    try {
      let result = await this.readWith({ only: reuse ? dirty : null, mappings, signal, at });
      if (reuse) {
        // A sheet the cache lacks (added without an event reaching us) is read as well.
        const missing = result.layout.order.filter((s) => !reuse.sheets.has(s.id) && !result.data.has(s.id)).map((s) => s.id);
        if (missing.length) {
          const more = await this.readWith({ only: new Set(missing), mappings, signal, at });
          for (const [id, d] of more.data) result.data.set(id, d);
          result = { ...more, data: result.data, syncs: result.syncs + more.syncs };
        }
      }
      const sheets = new Map<string, SheetData>();
      for (const s of result.layout.order) {
        const d = result.data.get(s.id) ?? reuse?.sheets.get(s.id);
        if (d) sheets.set(s.id, { ...d, name: s.name });
      }
      this.cache = { at, layout: result.layout, layoutAt: at, sheets };
      this.watch.names = new Map(result.layout.order.map((s) => [s.id, s.name]));
    } catch (e) {
      for (const id of dirty) this.watch.dirty.add(id);
      throw e;
    }
    return this.input(mappings);
  }

  private async readWith(q: { only: ReadonlySet<string> | null; mappings: MappingOverride[]; signal?: AbortSignal; at: number }) {
    let budget = this.env.payloadBudget ?? DEFAULT_BUDGET;
    let staleRetried = false;
    for (;;) {
      const walk = this.walk;
      try {
        const result = await this.env.run((context) =>
          readSheets(context, { budget, mappings: q.mappings, only: q.only, signal: q.signal, now: q.at, formulasBy: this.formulasBy }, { walk }),
        );
        this.formulasBy = result.formulasBy;
        return result;
      } catch (e) {
        if (isAbort(e) || e instanceof HostError) throw e;
        if (isPayloadError(e) && budget / 2 >= MIN_BUDGET) {
          budget = Math.floor(budget / 2);
          continue;
        }
        if (isStaleError(e) && !staleRetried) {
          // A sheet renamed or removed between two syncs: look again, once.
          staleRetried = true;
          continue;
        }
        if (walk && q.only === null && WALK_REFUSED.has(officeCode(e) ?? '')) {
          this.walk = false;
          continue;
        }
        throw toHostError(e, this.lang);
      }
    }
  }

  private input(mappings: MappingOverride[]): WorkbookInput {
    const c = this.cache!;
    const sheets: SheetInput[] = [];
    for (const s of c.layout.order) {
      const d = c.sheets.get(s.id);
      if (!d) continue;
      const sheet: SheetInput = { name: s.name, rows: d.rows };
      if (d.listObjects?.length) sheet.listObjects = d.listObjects;
      sheets.push(sheet);
    }
    const owned = c.layout.order.filter((s) => c.layout.owned.has(lower(s.name))).map((s) => s.name);
    const out: WorkbookInput = { sheets, ownedSheets: owned };
    const fileName = fileNameOf(this.env.office.context.document.url);
    if (fileName) out.fileName = fileName;
    if (mappings.length) out.mappings = mappings;
    return out;
  }

  // --- apply -----------------------------------------------------------------------------------

  async apply(edits: Edits, onProgress?: (p: ApplyProgress) => void, signal?: AbortSignal): Promise<void> {
    throwIfAborted(signal);
    this.requireSupport();
    const cacheMs = this.env.cacheMs ?? 60_000;
    const c = this.cache;
    let layout = c && this.now() - c.layoutAt <= cacheMs ? c.layout : null;
    const knownIds = new Map(c ? c.layout.order.map((s) => [lower(s.name), s.id]) : []);
    // Fills seen by the last read, except on sheets changed since (their fills may be new).
    const fillKnown = new Map<string, ReadonlySet<number>>();
    for (const [id, d] of c?.sheets ?? []) if (!this.watch.dirty.has(id)) fillKnown.set(id, d.fillColumns);
    const quiet = supportsExcelApi(this.env.office, '1.8');
    let budget = this.env.payloadBudget ?? DEFAULT_BUDGET;
    let staleRetried = false;
    let useAreas = true;
    for (;;) {
      const state = { eventsOff: false };
      try {
        const out = await this.env.run((context) =>
          writeEdits(context, {
            edits,
            lang: this.lang,
            budget,
            layout,
            knownIds,
            fillKnown,
            useAreas,
            quiet,
            state,
            now: this.now(),
            signal,
            onProgress: (done, total) => onProgress?.({ done, total }),
          }),
        );
        this.afterWrite(edits, out.layout);
        if (out.gone.length) throw new HostError(HOST_MESSAGES.goneAfterApply[this.lang](out.gone[0]), 'gone');
        return;
      } catch (e) {
        // Events were turned off for the writes: never leave them off after a failure.
        if (state.eventsOff) await this.env.run(eventsOn).catch(() => undefined);
        if (isAbort(e) || e instanceof HostError) throw e;
        if (isPayloadError(e) && budget / 2 >= MIN_BUDGET) {
          budget = Math.floor(budget / 2);
          continue;
        }
        if (isStaleError(e) && !staleRetried) {
          // A sheet removed, renamed or created meanwhile: look at the workbook again, once.
          staleRetried = true;
          layout = null;
          continue;
        }
        if (officeCode(e) === 'InvalidArgument' && useAreas) {
          // Some hosts refuse long multi-area addresses (office-js #5198): one range per run.
          useAreas = false;
          continue;
        }
        throw toHostError(e, this.lang, officeCode(e) === 'AccessDenied' ? await this.accessHint(edits) : {});
      }
    }
  }

  /**
   * Inserts generated sheets as a workbook where Excel has insertWorksheetsFromBase64 (ExcelApi
   * 1.13) and the file fits one request; false otherwise, and the pane writes them through apply.
   */
  async insertSheets(sheets: GeneratedSheet[], workbook: () => Promise<string>, signal?: AbortSignal): Promise<boolean> {
    throwIfAborted(signal);
    this.requireSupport();
    if (!supportsExcelApi(this.env.office, INSERT_SET)) return false;
    const base64 = await workbook();
    // A request carries the file as text: past the budget, blocks of cells are the way.
    if (base64.length + 4096 > (this.env.payloadBudget ?? DEFAULT_BUDGET)) return false;
    throwIfAborted(signal);
    const state = { eventsOff: false };
    try {
      await this.env.run((context) => insertSheets(context, { sheets, base64, lang: this.lang, state, signal }));
    } catch (e) {
      if (state.eventsOff) await this.env.run(eventsOn).catch(() => undefined);
      if (isAbort(e) || e instanceof HostError) throw e;
      throw toHostError(e, this.lang, officeCode(e) === 'AccessDenied' ? { addingSheet: sheets[0]?.name ?? null } : {});
    }
    if (this.cache) this.cache.layoutAt = -Infinity;
    return true;
  }

  /** After writing: the written sheets' fills changed, and added sheets change the layout. */
  private afterWrite(edits: Edits, layout: Layout): void {
    if (!this.cache) return;
    for (const f of [...edits.fills, ...(edits.values ?? [])]) {
      const s = layout.sheets.get(lower(f.sheet));
      if (s?.id) this.watch.dirty.add(s.id);
    }
    if (edits.sheets.length) this.cache.layoutAt = -Infinity;
  }

  /** After AccessDenied: is it protection (say so, naming the sheet) or something else? */
  private async accessHint(edits: Edits): Promise<ErrorHint> {
    const fillSheets = new Set(edits.fills.map((f) => lower(f.sheet)));
    const genSheets = new Set(edits.sheets.map((s) => lower(s.name)));
    try {
      return await this.env.run(async (context) => {
        const all = context.workbook.worksheets;
        all.load('items/name,items/protection/protected,items/protection/options');
        const wb = context.workbook.protection;
        wb.load('protected');
        await context.sync();
        const blocked = all.items.find((w) => {
          const n = lower(w.name);
          if (!w.protection.protected) return false;
          return genSheets.has(n) || (fillSheets.has(n) && !w.protection.options?.allowFormatCells);
        });
        const names = new Set(all.items.map((w) => lower(w.name)));
        const adding = wb.protected ? edits.sheets.find((s) => !names.has(lower(s.name)))?.name ?? null : null;
        return { protectedSheet: blocked?.name ?? null, addingSheet: adding };
      });
    } catch {
      return {};
    }
  }

  // --- the rest --------------------------------------------------------------------------------

  async select(sheet: string, cell: string): Promise<void> {
    try {
      await this.env.run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(cell).select();
        await context.sync();
      });
    } catch (e) {
      throw toHostError(e, this.lang);
    }
  }

  async loadMappings(): Promise<MappingOverride[]> {
    const parsed = await storedMappings(this.env.office);
    if (parsed === null) {
      (this.env.warn ?? console.warn)(HOST_MESSAGES.mappingsIgnored[this.lang]());
      this.mappingsBase = [];
      return [];
    }
    this.mappingsBase = parsed;
    return parsed;
  }

  async saveMappings(m: MappingOverride[]): Promise<void> {
    this.mappingsBase = await saveMappings(this.env.office, this.lang, this.mappingsBase, m);
  }

  /**
   * Office on Mac and iPad (and Android) runs the pane in a web view that drops downloads
   * (office-js #2700 "by design", #4681, #3385); Windows (WebView2) and Office on the web download.
   * An unknown platform is taken to be one that can: the pane still says where the file went.
   */
  canDownload(): boolean {
    const p = String(this.env.office.context.platform ?? '');
    return !/^(mac|ios|android)$/i.test(p);
  }

  async saveFile(name: string, bytes: Uint8Array, mime: string): Promise<void> {
    if (!this.canDownload() || typeof document === 'undefined') throw new HostError(HOST_MESSAGES.cannotDownload[this.lang](), 'unsupported-host');
    saveInBrowser(name, bytes, mime);
  }

  async onChanged(cb: (e: HostChange) => void): Promise<() => void> {
    try {
      return await watchChanges(
        {
          env: this.env,
          watch: this.watch,
          now: () => this.now(),
          hasCache: (id) => !!this.cache?.sheets.has(id),
          cachedCell: (id, r, c): CellInput | undefined => {
            const d = this.cache?.sheets.get(id);
            return d ? getCell({ name: d.name, rows: d.rows }, r, c) : undefined;
          },
        },
        cb,
      );
    } catch (e) {
      throw toHostError(e, this.lang);
    }
  }

  async onSelectionChanged(cb: (s: HostSelection) => void): Promise<() => void> {
    try {
      return await watchSelection(this.env, this.watch, cb);
    } catch (e) {
      throw toHostError(e, this.lang);
    }
  }
}

/**
 * The workbook's file name from where Office says it is saved (`C:\\Plan\\VP 2025.xlsx`,
 * `https://…/Delade%20dokument/VP%202025.xlsx`): the report may read the nämnd and year in it.
 */
export function fileNameOf(url: string | null | undefined): string | null {
  if (!url) return null;
  const last = url.split(/[?#]/)[0].split(/[\\/]/).filter(Boolean).pop() ?? '';
  let name = last;
  try {
    name = decodeURIComponent(last);
  } catch {
    // Not percent-encoded after all: the name as it stands.
  }
  return /\.(xlsx|xlsm|xlsb|xls)$/i.test(name) ? name : null;
}

export function createExcelHost(env?: OfficeEnv): WorkbookHost {
  return new ExcelHost(env);
}

/** Checks the host and requirement set before the pane renders; null when all is well. */
export function supportProblem(hostName: string | null | undefined, office: OfficeLike): HostError | null {
  const lang = langOf(office.context.displayLanguage);
  if (hostName && hostName !== 'Excel') return new HostError(HOST_MESSAGES.unsupportedHost[lang](), 'unsupported-host');
  if (!supportsExcelApi(office, REQUIRED_SET.version)) return new HostError(HOST_MESSAGES.requirementSet[lang](REQUIRED_SET.version), 'requirement-set');
  return null;
}
