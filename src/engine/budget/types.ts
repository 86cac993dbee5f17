/** Budget follow-up (SPEC §4). */
import type { Ref } from '../model';
import type { Status } from '../types';

export interface BudgetLine {
  tableId: string;
  sheet: string;
  row: number; // 0-based
  key: string;
  keyRef: Ref;
  name: string | null;
  lineType: 'cost' | 'revenue';
  budget: number;
  budgetRef: Ref;
  actual: number | null;
  forecast: number;
  forecastRef: Ref;
  /** Overspend in kronor: prognos − budget (cost) or budget − prognos (revenue). */
  deviation: number;
  /** Overspend over |budget|; null when the budget is 0. */
  deviationShare: number | null;
  status: Status;
  /** Stated Avvikelse, when the sheet has the column. */
  stated: number | null;
  statedRef?: Ref;
  /** Stated value matches neither sign convention. */
  statedMismatch: boolean;
  comment: string | null;
  commentRef?: Ref;
  /** Budget periodised to the chosen month and utfall against it. */
  periodisedBudget: number | null;
  actualVsPeriodised: number | null;
  isTotal: boolean;
}

export interface BudgetAnalysis {
  tableId: string;
  sheet: string;
  /** Which sign convention the stated Avvikelse column uses, if any. */
  convention: 'budget-minus-forecast' | 'forecast-minus-budget' | null;
  lines: BudgetLine[];
  /** Unit factor: 1000 for tkr columns, else 1. Deviations are reported in kronor. */
  unitFactor: number;
}

export type BudgetIssueKind = 'deviation-unexplained' | 'deviation-mismatch';
