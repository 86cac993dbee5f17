/**
 * What the task pane shows of an analysis. The whole `Analysis` of a 20 000-row plan is tens of
 * megabytes of objects; copying it out of the engine's worker would freeze the pane for seconds
 * (structured clone). The worker keeps the analysis and hands the pane this: findings, counts,
 * tables without their rows, the goal tree and the budget lines.
 */
import type { Analysis } from '../../engine/analyze';
import type { BudgetAnalysis } from '../../engine/budget/types';
import type { RecognizedTable } from '../../engine/model';
import type { GoalGraph } from '../../engine/redthread/types';
import type { Finding, MappingOverride } from '../../engine/types';
import { countStatuses, type GoalCounts } from '../../engine/rollup';

/** A recognised table as the pane has it: columns and place, not rows. */
export type PaneTable = Omit<RecognizedTable, 'rows'>;

export interface PaneAnalysis {
  findings: Finding[];
  /** Every indicator's status at the chosen period, counted (the Trafikljus totals). */
  lights: GoalCounts;
  /** Recognised tables with their column mappings; their rows stay with the engine. */
  model: { tables: PaneTable[] };
  /** The stored mapping corrections the analysis used, and the workbook's sheet names (a new sheet's name is picked beside them). */
  input: { mappings?: MappingOverride[]; sheets: { name: string }[]; ownedSheets: string[] };
  /** The goal tree (nodes hold indicator and activity indices, not the items). */
  graph: Pick<GoalGraph, 'nodes' | 'roots' | 'implicit'>;
  budgets: BudgetAnalysis[];
}

export function paneAnalysis(a: Analysis): PaneAnalysis {
  return {
    findings: a.findings,
    lights: countStatuses(a.indicators),
    model: { tables: a.model.tables.map(({ rows: _rows, ...t }) => t) },
    input: {
      ...(a.input.mappings ? { mappings: a.input.mappings } : {}),
      sheets: (Array.isArray(a.input.sheets) ? a.input.sheets : []).map((x) => ({ name: x?.name })),
      ownedSheets: Array.isArray(a.input.ownedSheets) ? a.input.ownedSheets : [],
    },
    graph: { nodes: a.graph.nodes, roots: a.graph.roots, implicit: a.graph.implicit },
    budgets: a.budgets,
  };
}
