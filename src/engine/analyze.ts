/**
 * The engine's entry point: plain workbook data in, findings, a report and edits out.
 * Each stage is computed once here and shared by the rules and the generated sheets.
 */
import type {
  AnalyzeOptions,
  Edits,
  FileReport,
  Finding,
  GeneratedSheet,
  GeneratedSheetKind,
  ResolvedOptions,
  WorkbookInput,
} from './types';
import type { PlanModel } from './model';
import type { IndicatorAnalysis } from './results/types';
import type { GoalGraph } from './redthread/types';
import type { BudgetAnalysis } from './budget/types';
import type { AnnexAnalysis } from './annex/types';
import type { RuleContext } from './rules/rule';
import { recognizeWorkbook } from './recognize';
import { analyzeIndicators } from './results/analyze-indicators';
import { buildGoalGraph } from './redthread/graph';
import { analyzeBudgets } from './budget/analyze-budget';
import { analyzeAnnexes } from './annex/analyze-annex';
import { runRules } from './rules';
import { buildReport } from './report';
import { computeFills } from './sheets/fills';
import { summarySheet } from './sheets/summary-sheet';
import { redThreadSheet } from './sheets/redthread-sheet';
import { budgetSheet } from './sheets/budget-sheet';
import { annexSheet } from './sheets/annex-sheet';
import { pickSheetName, SHEET_TITLES } from './sheets/naming';
import { periodMonth } from './periods';
import { DEFAULT_BUDGET_THRESHOLDS } from './defaults';

export interface Analysis {
  input: WorkbookInput;
  options: ResolvedOptions;
  model: PlanModel;
  indicators: IndicatorAnalysis[];
  graph: GoalGraph;
  budgets: BudgetAnalysis[];
  annexes: AnnexAnalysis[];
  findings: Finding[];
  report: Omit<FileReport, 'file'>;
  ctx: RuleContext;
}

export { DEFAULT_BUDGET_THRESHOLDS };

export function resolveOptions(o: AnalyzeOptions = {}): ResolvedOptions {
  const period = o.period ?? 'year';
  return {
    lang: o.lang ?? 'sv',
    period,
    budgetThresholds: o.budgetThresholds?.trim() || DEFAULT_BUDGET_THRESHOLDS,
    roundingPerRow: o.roundingPerRow ?? 0.5,
    month: o.month ?? periodMonth(period),
  };
}

/** The steps of `analyze`, in order, for progress reports. */
export const ANALYZE_STEPS = ['recognize', 'indicators', 'redthread', 'budgets', 'annexes', 'rules', 'report'] as const;
export type AnalyzeStep = (typeof ANALYZE_STEPS)[number];

export interface AnalyzeHooks {
  /** Called after each step with how many of the steps are done (a shell's progress bar). */
  onStep?: (step: AnalyzeStep, done: number, total: number) => void;
}

export function analyze(input: WorkbookInput, opts: AnalyzeOptions = {}, hooks: AnalyzeHooks = {}): Analysis {
  const step = (s: AnalyzeStep) => hooks.onStep?.(s, ANALYZE_STEPS.indexOf(s) + 1, ANALYZE_STEPS.length);
  const options = resolveOptions(opts);
  const { model, unreadable } = recognizeWorkbook(input);
  step('recognize');
  const indicators = analyzeIndicators(model, options);
  step('indicators');
  const graph = buildGoalGraph(model);
  step('redthread');
  const budgets = analyzeBudgets(model, input, options);
  step('budgets');
  const annexes = analyzeAnnexes(model, input, options);
  step('annexes');
  const sheets = readSheetNames(input);
  const ctx: RuleContext = { model, indicators, graph, budgets, annexes, options, unreadable, sheets };
  const findings = runRules(ctx);
  step('rules');
  const report = buildReport(input, ctx, findings);
  step('report');
  return { input, options, model, indicators, graph, budgets, annexes, findings, report, ctx };
}

/** The workbook's own sheet names in order, for findings about the whole workbook. */
function readSheetNames(input: WorkbookInput): string[] {
  const owned = new Set(Array.isArray(input?.ownedSheets) ? input.ownedSheets : []);
  const all = Array.isArray(input?.sheets) ? input.sheets : [];
  return all.map((s) => (typeof s?.name === 'string' ? s.name : '')).filter((n) => !owned.has(n));
}

export interface EditOptions {
  /** Colour result cells and mark red-thread gaps. Default true. */
  colours?: boolean;
  /** Which generated sheets to write. Default: all that have content. */
  sheets?: GeneratedSheetKind[];
}

/** Edits that `apply` writes: traffic-light fills, gap highlights and the generated sheets. */
export function planEdits(analysis: Analysis, eo: EditOptions = {}): Edits {
  const { input, options, ctx, findings } = analysis;
  const fills = eo.colours === false ? [] : computeFills(input, ctx);
  const wanted = new Set<GeneratedSheetKind>(eo.sheets ?? ['summary', 'redthread', 'budget', 'annexes']);
  const taken = new Set(input.sheets.map((s) => s.name));
  const owned = new Set(input.ownedSheets);
  const sheets: GeneratedSheet[] = [];
  const builders: [GeneratedSheetKind, () => Omit<GeneratedSheet, 'name' | 'kind'> | null][] = [
    ['summary', () => summarySheet(ctx, findings)],
    ['redthread', () => redThreadSheet(ctx, findings)],
    ['budget', () => budgetSheet(ctx, findings)],
    ['annexes', () => annexSheet(ctx, findings)],
  ];
  for (const [kind, build] of builders) {
    if (!wanted.has(kind)) continue;
    const body = build();
    if (!body) continue;
    const name = pickSheetName(SHEET_TITLES[kind][options.lang], taken, owned);
    taken.add(name);
    sheets.push({ kind, name, ...body });
  }
  return { fills, sheets };
}
