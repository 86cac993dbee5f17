/**
 * The engine as the pane's worker serves it: a workbook arrives in parts (so sending it never
 * blocks the pane for long), is analysed with progress, and the analysis stays here for the edits
 * that follow; the pane gets only what it shows (./pane-analysis.ts). Pure engine underneath.
 */
import { analyze, planEdits, type Analysis, type EditOptions } from '../../engine/analyze';
import type { AnalyzeOptions, Edits, GeneratedSheet, SheetInput, WorkbookInput } from '../../engine/types';
import { indexCells, type CellExplanation, type CellIndex } from '../explain';
import { annexUnitView, assembleUnits, type AnnexUnitView } from './annex-units';
import type { ReportOptions } from '../../engine/document/build';
import type { ReportDocument } from '../../engine/document/types';
import type { RowPart, WorkbookHead } from './parts';
import { paneAnalysis, type PaneAnalysis } from './pane-analysis';

export type { RowPart, WorkbookHead } from './parts';
export { PART_CELLS, splitWorkbook } from './parts';

export class EngineService {
  private readonly receiving = new Map<number, WorkbookInput>();
  private kept: { id: number; analysis: Analysis; cells?: CellIndex } | null = null;

  begin(id: number, head: WorkbookHead): void {
    const sheets = head.sheets.map((s) => ({ ...s, rows: s.rows === 'parts' ? [] : s.rows })) as SheetInput[];
    this.receiving.set(id, { ...head, sheets });
  }

  rows(id: number, sheet: number, part: RowPart): void {
    const rows = this.receiving.get(id)?.sheets[sheet]?.rows;
    if (!rows) return;
    for (const [r, cells] of part) rows[r] = cells;
  }

  /** Analyses the workbook sent under `id`; keeps the analysis (the last one only) for `planEdits`. */
  analyze(id: number, options: AnalyzeOptions, onProgress?: (done: number, total: number) => void): PaneAnalysis {
    const input = this.receiving.get(id);
    if (!input) throw new Error(`Planark: no workbook was sent for run ${id}`);
    this.receiving.delete(id);
    this.kept = null; // the previous analysis can go before this one is built
    const analysis = analyze(input, options, { onStep: (_step, done, total) => void onProgress?.(done, total) });
    this.kept = { id, analysis };
    return paneAnalysis(analysis);
  }

  /** Edits for the kept analysis of run `id`; null when another run has replaced it. */
  planEdits(id: number, eo: EditOptions): Edits | null {
    return this.kept?.id === id ? planEdits(this.kept.analysis, eo) : null;
  }

  /** The report document for the kept analysis of run `id` (builder loaded on first use); null when replaced. */
  async report(id: number, o: ReportOptions): Promise<ReportDocument | null> {
    const kept = this.kept;
    if (kept?.id !== id) return null;
    const { buildReportDocument } = await import(/* webpackChunkName: "report-builder" */ '../../engine/document/build');
    return buildReportDocument(kept.analysis, o);
  }

  /** What the kept analysis of run `id` knows about a cell (indexed on first use); null when replaced. */
  explain(id: number, sheet: string, address: string): { found: CellExplanation | null } | null {
    const kept = this.kept;
    if (kept?.id !== id) return null;
    kept.cells ??= indexCells(kept.analysis);
    return { found: kept.cells.explain(sheet, address) };
  }

  /** A unit workbook of the annex assembly (stateless: the kept analysis stays). */
  annexUnit(input: WorkbookInput, options: AnalyzeOptions): AnnexUnitView {
    return annexUnitView(input, options);
  }

  /** The Bilagor sheet of the units (stateless). */
  assembleAnnexes(units: { file: string; input: WorkbookInput }[], options: AnalyzeOptions): GeneratedSheet | null {
    return assembleUnits(units, options);
  }

  /** Forgets a run that was given up while its rows were being sent. */
  drop(id: number): void {
    this.receiving.delete(id);
  }
}
