/**
 * Checks are written the way ESLint writes rules: one file per finding code, holding the code,
 * severity, messages in Swedish and English, and the logic. `check` reads the shared analysis in
 * `RuleContext` (computed once) and returns hits; the runner turns hits into findings.
 */
import type { PlanModel } from '../model';
import type { Lang, ResolvedOptions, Severity } from '../types';
import type { IndicatorAnalysis } from '../results/types';
import type { GoalGraph } from '../redthread/types';
import type { BudgetAnalysis } from '../budget/types';
import type { AnnexAnalysis } from '../annex/types';

export interface RuleContext {
  model: PlanModel;
  indicators: IndicatorAnalysis[];
  graph: GoalGraph;
  budgets: BudgetAnalysis[];
  annexes: AnnexAnalysis[];
  options: ResolvedOptions;
  /** Sheets that could not be read, with the reason. */
  unreadable: { sheet: string; cell: string; reason: string }[];
  /** The workbook's own sheets in order (Planark's generated sheets left out). */
  sheets?: string[];
}

export type MessageParams = Record<string, string | number>;

export interface RuleHit {
  sheet: string;
  cell: string;
  params: MessageParams;
}

export interface Rule {
  code: string;
  severity: Severity;
  /** One line on what the rule checks, for docs and the task pane. */
  description: Record<Lang, string>;
  /** Message: what is wrong and how to fix it. */
  message: Record<Lang, (p: MessageParams) => string>;
  check(ctx: RuleContext): RuleHit[];
}
