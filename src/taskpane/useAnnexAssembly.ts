/**
 * The coordinator's job in the pane (issue 12, point 7): pick several unit workbooks, see their
 * annex tables, and write the assembled Bilagor sheet into the open workbook. The files are read
 * with ExcelJS, imported only here and only when files are picked, so the pane's first load does
 * not carry it; the engine analyses and assembles them where it runs (its worker). Excel inserts
 * the sheet as a workbook where it can (insertWorksheetsFromBase64); otherwise, and in the
 * preview, it is written through `apply` like every generated sheet.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { WorkbookHost } from '../adapters/host';
import { pickSheetName, SHEET_TITLES } from '../engine/sheets/naming';
import type { AnalyzeOptions, GeneratedSheet, WorkbookInput } from '../engine/types';
import type { AnnexUnitView, PaneEngine } from './engine';
import type { Strings } from './i18n';

export interface AnnexUnit {
  file: string;
  /** Why the file could not be read, in the user's language. */
  error?: string;
  input?: WorkbookInput;
  /** Its annex tables and findings, as the engine read them. */
  analysis?: AnnexUnitView;
}

export type TaskRunner = <T>(label: string, work: (signal: AbortSignal) => Promise<T>) => Promise<T | undefined>;

export interface AnnexAssembly {
  units: AnnexUnit[];
  add(files: File[]): Promise<void>;
  remove(file: string): void;
  write(): Promise<void>;
}

const loadReader = () => import('./annex-files');

/** A picked file's bytes; FileReader where Blob.arrayBuffer is missing (older Office webviews). */
function fileBytes(f: File): Promise<ArrayBuffer> {
  if (typeof f.arrayBuffer === 'function') return f.arrayBuffer();
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(r.result as ArrayBuffer);
    r.onerror = () => reject(r.error);
    r.readAsArrayBuffer(f);
  });
}

function aborted(signal: AbortSignal): void {
  if (signal.aborted) throw new DOMException('Aborted', 'AbortError');
}

export function useAnnexAssembly(p: {
  host: WorkbookHost;
  engine: PaneEngine;
  options: AnalyzeOptions;
  s: Strings;
  task: TaskRunner;
  onNotice: (text: string) => void;
  onProgress?: (done: number, total: number) => void;
}): AnnexAssembly {
  const { host, engine, options, s, task, onNotice, onProgress } = p;
  const [units, setUnits] = useState<AnnexUnit[]>([]);
  const unitsRef = useRef(units);
  unitsRef.current = units;

  // Options (language, period, rounding) changed: the files' analyses follow, as the workbook's do.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    let live = true;
    void Promise.all(unitsRef.current.map(async (u) => (u.input ? { ...u, analysis: await engine.annexUnit(u.input, options) } : u))).then(
      (next) => live && setUnits(next),
      () => undefined, // a failed re-read leaves the earlier readings; the next pick or write says why
    );
    return () => {
      live = false;
    };
  }, [engine, options]);

  const add = useCallback(
    async (files: File[]) => {
      if (!files.length) return;
      await task(s.annex.reading, async (signal) => {
        const reader = await loadReader();
        const read: AnnexUnit[] = [];
        for (const f of files) {
          aborted(signal);
          try {
            const input = await reader.readAnnexFile(await fileBytes(f), f.name, options.lang ?? 'sv');
            aborted(signal);
            read.push({ file: f.name, input, analysis: await engine.annexUnit(input, options, { signal }) });
          } catch (e) {
            if ((e as { name?: string })?.name === 'AbortError') throw e;
            read.push({ file: f.name, error: e instanceof Error ? e.message : String(e) });
          }
        }
        // The same file picked again replaces its earlier reading.
        setUnits((u) => [...u.filter((x) => !read.some((r) => r.file === x.file)), ...read]);
      });
    },
    [task, s, engine, options],
  );

  const remove = useCallback((file: string) => setUnits((u) => u.filter((x) => x.file !== file)), []);

  const write = useCallback(async () => {
    await task(s.annex.writing, async (signal) => {
      const ok = unitsRef.current.filter((u): u is Required<Pick<AnnexUnit, 'file' | 'input' | 'analysis'>> & AnnexUnit => !!u.input && !!u.analysis);
      const lang = options.lang ?? 'sv';
      const built = await engine.assembleAnnexes(
        ok.map((u) => ({ file: u.file, input: u.input })),
        options,
        { signal },
      );
      if (!built) {
        onNotice(s.annex.noAnnexes);
        return;
      }
      // The open workbook's sheets decide the name: a user's own "Bilagor" is never touched.
      const open = await host.read(signal);
      aborted(signal);
      const name = pickSheetName(SHEET_TITLES.annexes[lang], new Set(open.sheets.map((x) => x.name)), new Set(open.ownedSheets));
      const sheet: GeneratedSheet = { ...built, name };
      const inserted = host.insertSheets ? await host.insertSheets([sheet], async () => (await loadReader()).sheetsAsBase64([sheet]), signal) : false;
      if (!inserted) await host.apply({ fills: [], sheets: [sheet] }, (x) => onProgress?.(x.done, x.total), signal);
      const annexes = ok.reduce((n, u) => n + u.analysis.annexes.length, 0);
      onNotice(s.annex.written(name, annexes, ok.filter((u) => u.analysis.annexes.length > 0).length));
      await host.select(name, 'A1').catch(() => undefined);
    });
  }, [task, s, options, host, engine, onNotice, onProgress]);

  return { units, add, remove, write };
}
