/** Budget follow-up (SPEC §4). */
import type { Ref } from '../model';
import type { BudgetStatus } from './thresholds';

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
  status: BudgetStatus;
  /** Stated Avvikelse, when the sheet has the column. */
  stated: number | null;
  statedRef?: Ref;
  /** Stated value matches neither sign convention. */
  statedMismatch: boolean;
  comment: string | null;
  commentRef?: Ref;
  /** Åtgärd / åtgärdsplan, when the table has its own column for it. */
  action: string | null;
  actionRef?: Ref;
  /** Budget periodised to the chosen month and utfall against it. */
  periodisedBudget: number | null;
  actualVsPeriodised: number | null;
  isTotal: boolean;
  /** Actual (utfall) cell, when the table has the column. */
  actualRef?: Ref;
  /** How the line type was decided. */
  lineTypeSource: 'column' | 'account' | 'sign';
}

export interface BudgetAnalysis {
  tableId: string;
  sheet: string;
  /** Which sign convention the stated Avvikelse column uses (null without stated values); the report names it. */
  convention: 'budget-minus-forecast' | 'forecast-minus-budget' | null;
  lines: BudgetLine[];
  /** The table has its own åtgärd/åtgärdsplan column: a red deviation needs it filled too. */
  hasActionColumn: boolean;
  /** Month (1–12) the periodised budget is computed for. */
  month: number;
  /** How the budget was periodised: a `Periodisering`/`Profil` row, or evenly (× month/12). */
  periodisation: 'profile' | 'even';
  /** The thresholds used (shares, 0.005 = 0,5 %); the default when the option text is unreadable. */
  thresholds: { green: number; yellow: number };
  /** Unit of the stated Avvikelse: kronor (converted from tkr) or percent points; null without the column. */
  statedUnit: 'kr' | '%' | null;
}

export type BudgetIssueKind = 'deviation-unexplained' | 'deviation-mismatch';
