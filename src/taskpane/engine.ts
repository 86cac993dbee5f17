/**
 * The engine entry points the pane uses; a prop so tests and the preview can swap them. They are
 * asynchronous: the real engine runs in a Web Worker (./worker/client.ts) so that the pane keeps
 * painting, shows progress and can cancel while a large workbook is checked.
 */
import type { EditOptions } from '../engine/analyze';
// Types only (erased): the report builder itself runs in the worker, loaded there on first use.
import type { ReportOptions } from '../engine/document/build';
import type { ReportDocument } from '../engine/document/types';
import type { AnalyzeOptions, Edits, GeneratedSheet, WorkbookInput } from '../engine/types';
import type { CellExplanation } from './explain';
import type { PaneAnalysis } from './worker/pane-analysis';
import type { AnnexUnitView } from './worker/annex-units';
import { startWebWorker, workerEngine } from './worker/client';

export type { PaneAnalysis, PaneTable } from './worker/pane-analysis';
export type { AnnexUnitView } from './worker/annex-units';

/** One run's cancel signal and progress (done of total steps). */
export interface EngineRun {
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

export interface PaneEngine {
  analyze(input: WorkbookInput, options: AnalyzeOptions, run?: EngineRun): Promise<PaneAnalysis>;
  planEdits(analysis: PaneAnalysis, eo: EditOptions, run?: EngineRun): Promise<Edits>;
  /** The report for the nämnd as a plain document, built from the analysis the engine holds. */
  report(analysis: PaneAnalysis, o: ReportOptions, run?: EngineRun): Promise<ReportDocument>;
  /** What the analysis knows about one cell ("why is this red?"), or null when nothing. */
  explain(analysis: PaneAnalysis, sheet: string, address: string, run?: EngineRun): Promise<CellExplanation | null>;
  /** One unit workbook of the annex assembly: its annex tables and findings. */
  annexUnit(input: WorkbookInput, options: AnalyzeOptions, run?: EngineRun): Promise<AnnexUnitView>;
  /** The Bilagor sheet assembled from the units (the pane names it), or null when none has an annex. */
  assembleAnnexes(units: { file: string; input: WorkbookInput }[], options: AnalyzeOptions, run?: EngineRun): Promise<GeneratedSheet | null>;
}

let chosen: PaneEngine | undefined;

/** A worker where the page has Web Workers; otherwise the engine on this thread, loaded on first use. */
function pick(): PaneEngine {
  if (chosen) return chosen;
  if (typeof Worker === 'function') return (chosen = workerEngine(startWebWorker));
  // A separate chunk: the pane's bundle does not carry the engine.
  const local = import('./worker/local').then((m) => m.localEngine());
  return (chosen = {
    analyze: async (...a) => (await local).analyze(...a),
    planEdits: async (...a) => (await local).planEdits(...a),
    report: async (...a) => (await local).report(...a),
    explain: async (...a) => (await local).explain(...a),
    annexUnit: async (...a) => (await local).annexUnit(...a),
    assembleAnnexes: async (...a) => (await local).assembleAnnexes(...a),
  });
}

export const defaultEngine: PaneEngine = {
  analyze: (...a) => pick().analyze(...a),
  planEdits: (...a) => pick().planEdits(...a),
  report: (...a) => pick().report(...a),
  explain: (...a) => pick().explain(...a),
  annexUnit: (...a) => pick().annexUnit(...a),
  assembleAnnexes: (...a) => pick().assembleAnnexes(...a),
};
