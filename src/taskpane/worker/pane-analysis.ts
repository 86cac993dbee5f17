/**
 * What the task pane shows of an analysis. The whole `Analysis` of a 20 000-row plan is tens of
 * megabytes of objects; copying it out of the engine's worker would freeze the pane for seconds
 * (structured clone). The worker keeps the analysis and hands the pane this: findings, counts,
 * tables with their first rows only (and those rows' cells: Översikt shows a column's first
 * values), the goal tree and the budget lines.
 */
import type { Analysis } from '../../engine/analyze';
import type { BudgetAnalysis } from '../../engine/budget/types';
import type { RecognizedTable } from '../../engine/model';
import type { GoalGraph } from '../../engine/redthread/types';
import type { Finding, MappingOverride, SheetInput } from '../../engine/types';
import { countStatuses, type GoalCounts } from '../../engine/rollup';

/** A recognised table as the pane has it: columns and place, and only its first rows. */
export type PaneTable = RecognizedTable;

/** Rows of each table the pane gets (header rows and the first data rows): enough for samples. */
export const SAMPLE_ROWS = 20;

export interface PaneAnalysis {
  findings: Finding[];
  /** Every indicator's status at the chosen period, counted (the Trafikljus totals). */
  lights: GoalCounts;
  /** Recognised tables with their column mappings and first SAMPLE_ROWS rows; the rest stays with the engine. */
  model: { tables: PaneTable[] };
  /**
   * The stored mapping corrections the analysis used, and the workbook's sheets by name (a new
   * sheet's name is picked beside them) holding only the rows the tables above keep.
   */
  input: { mappings?: MappingOverride[]; sheets: SheetInput[]; ownedSheets: string[] };
  /** The goal tree (nodes hold indicator and activity indices, not the items). */
  graph: Pick<GoalGraph, 'nodes' | 'roots' | 'implicit'>;
  budgets: BudgetAnalysis[];
}

export function paneAnalysis(a: Analysis): PaneAnalysis {
  const tables = a.model.tables.map((t) => ({ ...t, rows: firstRows(t.rows) }));
  const kept = new Map<string, Set<number>>();
  for (const t of tables) for (const row of t.rows) (kept.get(t.sheet) ?? kept.set(t.sheet, new Set()).get(t.sheet)!).add(row.r);
  return {
    findings: a.findings,
    lights: countStatuses(a.indicators),
    model: { tables },
    input: {
      ...(a.input.mappings ? { mappings: a.input.mappings } : {}),
      sheets: (Array.isArray(a.input.sheets) ? a.input.sheets : []).map((x) => sampleSheet(x, kept.get(x?.name))),
      ownedSheets: Array.isArray(a.input.ownedSheets) ? a.input.ownedSheets : [],
    },
    graph: { nodes: a.graph.nodes, roots: a.graph.roots, implicit: a.graph.implicit },
    budgets: a.budgets,
  };
}

/** Header rows and the first SAMPLE_ROWS data rows of a table. */
function firstRows(rows: RecognizedTable['rows']): RecognizedTable['rows'] {
  const out: RecognizedTable['rows'] = [];
  let data = 0;
  for (const row of rows) {
    if (row.kind === 'data' && data++ >= SAMPLE_ROWS) break;
    out.push(row);
  }
  return out;
}

/** A sheet with only the rows `keep` names (a sparse array: a row far down costs nothing). */
function sampleSheet(sheet: SheetInput, keep: Set<number> | undefined): SheetInput {
  const rows: SheetInput['rows'] = [];
  if (keep && Array.isArray(sheet?.rows)) for (const r of keep) if (sheet.rows[r]) rows[r] = sheet.rows[r];
  return { name: sheet?.name, rows };
}
