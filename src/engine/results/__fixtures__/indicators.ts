/**
 * Test helpers: Indicator objects laid out like seed 002's indicator table (A Mål, B Indikator,
 * C Aktiviteter, D Prestationer = thresholds, E Hur ofta, F/G Ansvarig, H Resultat T1/T2/år), built
 * directly rather than through recognition, and a RuleContext around them.
 */
import type { Indicator, PlanModel, ResultCell } from '../../model';
import type { CellValue, Finding, Period, ResolvedOptions } from '../../types';
import type { Rule, RuleContext } from '../../rules/rule';
import { ref } from '../../cells';
import { analyzeIndicators } from '../analyze-indicators';

export const SHEET = 'Verksamhetsplan';

export interface IndicatorSpec {
  name?: string;
  /** Threshold text in column D; `null` = the table has the column but the cell is empty. */
  threshold?: string | null;
  /** No threshold column at all (thresholdRef absent). */
  noThresholdColumn?: boolean;
  bandColumns?: Indicator['bandColumns'];
  declared?: 'higher' | 'lower' | null;
  baseline?: CellValue;
  baselineFmt?: string;
  /** Earlier years' results in the row: [year, period, value, fmt]. */
  history?: [number, Period, CellValue, string?][];
  frequency?: string | null;
  /** Combined `Resultat T1/T2/år` cell in column H (default empty). */
  combined?: CellValue;
  /** Separate result columns instead, from column I on: period → value (and fmt). */
  results?: [Period, CellValue, string?][];
}

export function indicator(row: number, s: IndicatorSpec = {}): Indicator {
  const r = row - 1;
  const results: ResultCell[] = [];
  if (s.results) {
    s.results.forEach(([period, value, fmt], i) => results.push({ ref: ref(SHEET, r, 8 + i), period, value, ...(fmt ? { fmt } : {}) }));
  } else {
    results.push({ ref: ref(SHEET, r, 7), period: 'combined', value: s.combined ?? null });
  }
  return {
    sheet: SHEET,
    row: r,
    nameRef: ref(SHEET, r, 1),
    name: s.name ?? 'Helhetssyn särskilt boende',
    goal: 'Välfärd och välbefinnande genom livet',
    goalRef: ref(SHEET, r, 0),
    goalSource: 'column',
    thresholdText: s.threshold === undefined ? 'Grön 82 Gul 76' : s.threshold,
    ...(s.noThresholdColumn ? {} : { thresholdRef: ref(SHEET, r, 3) }),
    ...(s.bandColumns ? { bandColumns: s.bandColumns } : {}),
    declaredDirection: s.declared ?? null,
    baseline: s.baseline ?? null,
    ...(s.baselineFmt ? { baselineFmt: s.baselineFmt } : {}),
    ...(s.history
      ? { history: s.history.map(([year, period, value, fmt], i) => ({ ref: ref(SHEET, r, 20 + i), year, period, value, ...(fmt ? { fmt } : {}) })) }
      : {}),
    frequency: s.frequency === undefined ? 'Årligen' : s.frequency,
    frequencyRef: ref(SHEET, r, 4),
    responsible: 'Enhetschefer särskilt boende',
    responsibleRef: ref(SHEET, r, 5),
    results,
    tableId: `${SHEET}!A1`,
  };
}

export function modelOf(indicators: Indicator[]): PlanModel {
  return { tables: [], goals: [], indicators, activities: [], risks: [], tablesWithoutGoal: [] };
}

export function optionsOf(o: Partial<ResolvedOptions> = {}): ResolvedOptions {
  return { lang: 'sv', period: 'year', budgetThresholds: 'Grön 0% Gul 0,5%', roundingPerRow: 0.5, month: 12, ...o };
}

export function contextOf(indicators: Indicator[], o: Partial<ResolvedOptions> = {}): RuleContext {
  const model = modelOf(indicators);
  const options = optionsOf(o);
  return {
    model,
    indicators: analyzeIndicators(model, options),
    graph: { nodes: [], roots: [], implicit: true, indicatorGoal: [], activityGoal: [], issues: [] },
    budgets: [],
    annexes: [],
    options,
    unreadable: [],
  };
}

/** Findings as the runner would make them. */
export function findingsOf(rule: Rule, ctx: RuleContext): Finding[] {
  return rule.check(ctx).map((h) => ({ code: rule.code, severity: rule.severity, sheet: h.sheet, cell: h.cell, message: rule.message[ctx.options.lang](h.params) }));
}

/** Runs one rule over one indicator on row 2; returns the cells it flags. */
export function cellsFor(rule: Rule, spec: IndicatorSpec, o: Partial<ResolvedOptions> = {}): string[] {
  return rule.check(contextOf([indicator(2, spec)], o)).map((h) => h.cell);
}
