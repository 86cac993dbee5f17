/**
 * The coordinator's annex assembly on the engine's side (the worker, or the pane's thread where
 * there is none): each unit workbook analysed for what the pane lists, and the Bilagor sheet
 * assembled from all of them. Stateless: unit workbooks are small and are sent whole.
 */
import { analyze, resolveOptions } from '../../engine/analyze';
import { assemble } from '../../engine/annex/assemble';
import type { AnnexAnalysis } from '../../engine/annex/types';
import type { AnalyzeOptions, Finding, GeneratedSheet, WorkbookInput } from '../../engine/types';

/** What the pane shows of one unit workbook: its annex tables and its findings. */
export interface AnnexUnitView {
  annexes: AnnexAnalysis[];
  findings: Finding[];
}

export function annexUnitView(input: WorkbookInput, options: AnalyzeOptions): AnnexUnitView {
  const a = analyze(input, options);
  return { annexes: a.annexes, findings: a.findings };
}

/** The assembled Bilagor sheet of the units (named by the pane, beside the open workbook's sheets), or null without annexes. */
export function assembleUnits(units: { file: string; input: WorkbookInput }[], options: AnalyzeOptions): GeneratedSheet | null {
  const resolved = resolveOptions(options);
  const analysed = units.map((u) => {
    const a = analyze(u.input, options);
    return { file: u.file, input: u.input, model: a.model, budgets: a.budgets, annexes: a.annexes };
  });
  return assemble(analysed, resolved).find((g) => g.kind === 'annexes') ?? null;
}
