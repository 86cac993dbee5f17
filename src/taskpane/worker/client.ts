/**
 * The pane's engine in a Web Worker, so the pane never freezes on a large workbook: the workbook
 * goes over in parts (one short task each), the worker analyses it with progress, and the pane
 * gets back only what it shows. Avbryt ends the worker outright (an analysis cannot be
 * interrupted from outside); the next run starts a fresh one.
 */
import * as Comlink from 'comlink';
import type { EditOptions } from '../../engine/analyze';
import type { ReportOptions } from '../../engine/document/build';
import type { ReportDocument } from '../../engine/document/types';
import type { AnalyzeOptions, Edits, GeneratedSheet, WorkbookInput } from '../../engine/types';
import type { CellExplanation } from '../explain';
import type { AnnexUnitView } from './annex-units';
import type { EngineRun, PaneEngine } from '../engine';
import type { PaneAnalysis } from './pane-analysis';
import type { EngineService } from './service';
import { splitWorkbook } from './parts';

/** A started worker: where to post, how to end it, and its failure (an error event). */
export interface EngineThread {
  endpoint: Comlink.Endpoint;
  terminate(): void;
  /** Called once if the thread dies (script error, out of memory). */
  onFailure(cb: (message: string) => void): void;
}

interface Live {
  remote: Comlink.Remote<EngineService>;
  thread: EngineThread;
  /** Rejects when the thread fails or is ended. */
  gone: Promise<never>;
  end: (e: Error) => void;
}

const ANALYZE_STEPS = 7; // ANALYZE_STEPS.length in engine/analyze.ts (not imported: the engine stays in the worker)

export function abortError(): DOMException {
  return new DOMException('Aborted', 'AbortError');
}

/** The engine on worker threads started by `start`. */
export function workerEngine(start: () => EngineThread): PaneEngine {
  let live: Live | null = null;
  let next = 0;
  const views = new WeakMap<PaneAnalysis, { id: number; owner: Live; input: WorkbookInput; options: AnalyzeOptions }>();

  const connect = (): Live => {
    if (live) return live;
    const thread = start();
    let end!: (e: Error) => void;
    const gone = new Promise<never>((_, reject) => (end = reject));
    gone.catch(() => undefined); // observed by the runs that race it
    const l: Live = { remote: Comlink.wrap<EngineService>(thread.endpoint), thread, gone, end };
    thread.onFailure((message) => {
      if (live === l) live = null;
      end(new Error(message));
    });
    return (live = l);
  };

  /** Ends the worker; its runs reject with AbortError. */
  const stop = (l: Live) => {
    if (live === l) live = null;
    l.thread.terminate();
    l.end(abortError());
  };

  /** Awaits a call to the worker, or its end, or the run's abort (which ends the worker). */
  const call = async <T,>(l: Live, p: Promise<T>, signal?: AbortSignal): Promise<T> => {
    if (signal?.aborted) {
      stop(l);
      throw abortError();
    }
    let onAbort: (() => void) | undefined;
    const aborted = new Promise<never>((_, reject) => {
      onAbort = () => {
        stop(l);
        reject(abortError());
      };
      signal?.addEventListener('abort', onAbort, { once: true });
    });
    try {
      return await Promise.race([p, l.gone, aborted]);
    } finally {
      if (onAbort) signal?.removeEventListener('abort', onAbort);
    }
  };

  const analyze = async (input: WorkbookInput, options: AnalyzeOptions, run: EngineRun = {}): Promise<PaneAnalysis> => {
    const { signal, onProgress } = run;
    if (signal?.aborted) throw abortError();
    const l = connect();
    const id = ++next;
    const { head, parts } = splitWorkbook(input);
    const total = parts.length + ANALYZE_STEPS;
    await call(l, l.remote.begin(id, head), signal);
    let done = 0;
    for (const { sheet, part } of parts) {
      await call(l, l.remote.rows(id, sheet, part), signal);
      onProgress?.(++done, total);
    }
    // A proxied callback talks over a port of its own, so its last step may arrive after the
    // result: once the run is over (or given up) late steps are dropped, or they would put a
    // finished run's progress back on the pane.
    let over = false;
    const progress = Comlink.proxy((d: number) => {
      if (!over) onProgress?.(done + d, total);
    });
    try {
      const view = await call(l, l.remote.analyze(id, options, progress), signal);
      views.set(view, { id, owner: l, input, options });
      onProgress?.(total, total); // the end, in order with the result
      return view;
    } finally {
      over = true;
    }
  };

  /** Asks the worker about the analysis it holds for `view`, analysing again first when it no longer does. */
  const withHeld = async <T,>(view: PaneAnalysis, ask: (l: Live, id: number) => Promise<T | null>, run: EngineRun): Promise<T> => {
    const meta = views.get(view);
    if (!meta) throw new Error('Planark: this analysis did not come from the engine');
    if (meta.owner === live) {
      const got = await call(meta.owner, ask(meta.owner, meta.id), run.signal);
      if (got !== null) return got;
    }
    // The worker was ended or has analysed something else since: analyse again, then ask.
    const again = await analyze(meta.input, meta.options, { signal: run.signal });
    const fresh = views.get(again)!;
    const got = await call(fresh.owner, ask(fresh.owner, fresh.id), run.signal);
    if (got === null) throw new Error('Planark: the analysis was replaced while it was in use');
    return got;
  };

  const planEdits = (view: PaneAnalysis, eo: EditOptions, run: EngineRun = {}): Promise<Edits> =>
    withHeld(view, (l, id) => l.remote.planEdits(id, eo), run);
  const report = (view: PaneAnalysis, o: ReportOptions, run: EngineRun = {}): Promise<ReportDocument> =>
    withHeld(view, (l, id) => l.remote.report(id, o), run);
  const explain = async (view: PaneAnalysis, sheet: string, address: string, run: EngineRun = {}): Promise<CellExplanation | null> =>
    (await withHeld(view, (l, id) => l.remote.explain(id, sheet, address), run)).found;
  /** Calls that hold nothing in the worker: the unit workbooks go over whole (they are small). */
  const stateless = async <T,>(ask: (l: Live) => Promise<T>, run: EngineRun = {}): Promise<T> => {
    if (run.signal?.aborted) throw abortError();
    const l = connect();
    return call(l, ask(l), run.signal);
  };
  const annexUnit = (input: WorkbookInput, options: AnalyzeOptions, run?: EngineRun): Promise<AnnexUnitView> =>
    stateless((l) => l.remote.annexUnit(input, options), run);
  const assembleAnnexes = (units: { file: string; input: WorkbookInput }[], options: AnalyzeOptions, run?: EngineRun): Promise<GeneratedSheet | null> =>
    stateless((l) => l.remote.assembleAnnexes(units, options), run);

  return { analyze, planEdits, report, explain, annexUnit, assembleAnnexes };
}

/** A real Web Worker (webpack emits engine.worker.ts as its own file, served from 'self'). */
export function startWebWorker(): EngineThread {
  const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { name: 'planark-engine' });
  return {
    endpoint: worker,
    terminate: () => worker.terminate(),
    onFailure: (cb) => worker.addEventListener('error', (e) => cb(e.message || 'Planark: the engine stopped')),
  };
}
