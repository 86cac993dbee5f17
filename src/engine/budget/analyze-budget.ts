/**
 * Budget follow-up (SPEC §4): per ansvar row the overspend of the full-year forecast against the
 * budget, in kronor and as a share of |budget|, with a traffic light; the sign convention of a
 * stated Avvikelse column; utfall against the budget periodised to the chosen month.
 */
import type { PlanModel, RecognizedTable, ColumnMap, ColumnRole } from '../model';
import type { ResolvedOptions, SheetInput, WorkbookInput } from '../types';
import { fold, getCell, isBlank, ref, valueText } from '../cells';
import type { BudgetAnalysis, BudgetLine } from './types';
import { nearlyEqual, readNumber } from './numbers';
import { budgetStatus, DEFAULT_BUDGET_THRESHOLDS, parseBudgetThresholds, type BudgetThresholds } from './thresholds';

type Convention = NonNullable<BudgetAnalysis['convention']>;

/** Kronor per unit the header states. */
export function unitFactorOf(col: ColumnMap | undefined): number {
  if (!col) return 1;
  if (col.unit === 'tkr') return 1000;
  if (col.unit === 'mnkr') return 1_000_000;
  return 1;
}

function firstCol(t: RecognizedTable, role: ColumnRole): ColumnMap | undefined {
  return t.columns.find((c) => c.role === role);
}

const PROFILE_LABEL = /^(periodisering|periodiserad|profil|profile|periodisation|periodization|fordelning)\b/;

/** Reads the line type written in a Kostnad/Intäkt column. */
function typeFromText(s: string): 'cost' | 'revenue' | null {
  const t = fold(s);
  if (/^(int|revenue|income)/.test(t)) return 'revenue';
  if (/^(kost|cost|expense|utgift)/.test(t)) return 'cost';
  return null;
}

interface Profile {
  /** Cumulative share of the year's budget reached by each month 1..12 (index 0 = jan). */
  cumulative: number[];
}

/**
 * A `Periodisering`/`Profil` row: month columns hold shares (as percent, as fractions, or as
 * amounts); normalised by their sum so any of the three works.
 */
function readProfile(sheet: SheetInput, t: RecognizedTable, labelCols: ColumnMap[]): Profile | null {
  const months = t.columns.filter((c) => c.role === 'month' && typeof c.period === 'string');
  if (months.length === 0) return null;
  for (const row of t.rows) {
    if (row.kind === 'header') continue;
    const label = labelCols.map((c) => valueText(getCell(sheet, row.r, c.col)?.v ?? null)).find((x) => x.trim() !== '') ?? row.label ?? '';
    if (!PROFILE_LABEL.test(fold(label))) continue;
    const shares = new Array<number>(12).fill(0);
    for (const c of months) {
      const idx = monthIndex(c.period as string);
      const n = readNumber(getCell(sheet, row.r, c.col)?.v);
      if (idx >= 0 && n !== null) shares[idx] += n;
    }
    const sum = shares.reduce((a, b) => a + b, 0);
    if (!(sum > 0)) return null;
    const cumulative: number[] = [];
    let acc = 0;
    for (const s of shares) {
      acc += s / sum;
      cumulative.push(acc);
    }
    return { cumulative };
  }
  return null;
}

const MONTH_KEYS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
function monthIndex(p: string): number {
  return MONTH_KEYS.indexOf(p);
}

function isProfileRow(sheet: SheetInput, r: number, labelCols: ColumnMap[]): boolean {
  return labelCols.some((c) => PROFILE_LABEL.test(fold(valueText(getCell(sheet, r, c.col)?.v ?? null))));
}

/** Does `stated` match the computed line under a convention? (tolerance in kronor) */
function matches(line: BudgetLine, stated: number, conv: Convention, tol: number, pct: boolean): boolean {
  if (pct) {
    // A percent column states the share in percent points; 0,5 pp tolerance.
    if (line.deviationShare === null) return false;
    const share = line.deviationShare * 100;
    return nearlyEqual(stated, conv === 'forecast-minus-budget' ? share : -share, 0.5);
  }
  // Literal formulas, and the overspend-signed reading for revenue lines written positive.
  const literal = conv === 'budget-minus-forecast' ? line.budget - line.forecast : line.forecast - line.budget;
  const signed = conv === 'budget-minus-forecast' ? -line.deviation : line.deviation;
  return nearlyEqual(stated, literal, tol) || nearlyEqual(stated, signed, tol);
}

function analyzeTable(t: RecognizedTable, sheet: SheetInput, options: ResolvedOptions, th: BudgetThresholds, thRead: boolean): BudgetAnalysis | null {
  const keyCol = firstCol(t, 'key');
  const nameCol = firstCol(t, 'name');
  const typeCol = firstCol(t, 'lineType');
  const budgetCol = firstCol(t, 'budget');
  const actualCol = firstCol(t, 'actual');
  const forecastCol = firstCol(t, 'forecast');
  const devCol = firstCol(t, 'deviation');
  const commentCol = firstCol(t, 'comment');
  const actionCol = firstCol(t, 'action');
  if (!budgetCol || (!forecastCol && !actualCol)) return null;

  const labelCols = [keyCol, nameCol].filter((c): c is ColumnMap => !!c);
  // Revenue by account class only when the key column holds accounts (an ansvar code may start with 3).
  const keyIsAccount = !!keyCol && /\b(konto|account|kontoklass)\b/.test(fold(keyCol.header));
  const month = Math.min(12, Math.max(1, Math.round(options.month)));
  const profile = readProfile(sheet, t, labelCols);
  const fBudget = unitFactorOf(budgetCol);
  const fActual = unitFactorOf(actualCol);
  const fForecast = unitFactorOf(forecastCol);
  const fDev = unitFactorOf(devCol);
  const devIsPct = devCol?.unit === '%';

  const lines: BudgetLine[] = [];
  for (const row of t.rows) {
    if (row.kind === 'header' || row.kind === 'group') continue;
    if (isProfileRow(sheet, row.r, labelCols)) continue;
    const num = (c: ColumnMap | undefined) => (c ? readNumber(getCell(sheet, row.r, c.col)?.v) : null);
    const b = num(budgetCol);
    const a = num(actualCol);
    let f = num(forecastCol);
    // Without a forecast column, the full-year utfall is the forecast only at year end.
    if (!forecastCol && month === 12) f = a;
    if (b === null || f === null) continue;
    const budget = b * fBudget;
    const forecast = f * fForecast;
    const actual = a === null ? null : a * fActual;

    const keyText = keyCol ? valueText(getCell(sheet, row.r, keyCol.col)?.v ?? null).trim() : '';
    const nameText = nameCol ? valueText(getCell(sheet, row.r, nameCol.col)?.v ?? null).trim() : '';
    const isTotal = row.kind === 'total';

    let lineType: 'cost' | 'revenue' = budget < 0 ? 'revenue' : 'cost';
    let lineTypeSource: BudgetLine['lineTypeSource'] = 'sign';
    const typed = typeCol ? typeFromText(valueText(getCell(sheet, row.r, typeCol.col)?.v ?? null)) : null;
    if (typed) {
      lineType = typed;
      lineTypeSource = 'column';
    } else if (keyIsAccount && /^\d{3,}$/.test(keyText)) {
      lineType = keyText.startsWith('3') ? 'revenue' : 'cost';
      lineTypeSource = 'account';
    }
    // Revenue written with a minus sign is already cost-signed: more forecast = worse, as for costs.
    const revenuePositive = lineType === 'revenue' && budget >= 0;
    const deviation = revenuePositive ? budget - forecast : forecast - budget;
    const deviationShare = budget === 0 ? null : deviation / Math.abs(budget);
    const status = budgetStatus(deviation, deviationShare, th);

    const s = num(devCol);
    const commentRaw = commentCol ? getCell(sheet, row.r, commentCol.col)?.v ?? null : null;
    const comment = commentCol && !isBlank(commentRaw) ? valueText(commentRaw).trim() : null;
    const actionRaw = actionCol ? getCell(sheet, row.r, actionCol.col)?.v ?? null : null;
    const action = actionCol && !isBlank(actionRaw) ? valueText(actionRaw).trim() : null;

    const periodisedBudget = budget * (profile ? profile.cumulative[month - 1] : month / 12);
    // Same sign as the overspend: positive = utfall ahead of the periodised budget (costs).
    const actualVsPeriodised = actual === null ? null : revenuePositive ? periodisedBudget - actual : actual - periodisedBudget;

    const keyRef = ref(t.sheet, row.r, (keyCol ?? nameCol ?? budgetCol).col);
    lines.push({
      tableId: t.id,
      sheet: t.sheet,
      row: row.r,
      key: keyText || nameText || row.label || `${row.r + 1}`,
      keyRef,
      name: nameText || (keyCol ? null : row.label ?? null),
      lineType,
      lineTypeSource,
      budget,
      budgetRef: ref(t.sheet, row.r, budgetCol.col),
      actual,
      actualRef: actualCol ? ref(t.sheet, row.r, actualCol.col) : undefined,
      forecast,
      forecastRef: ref(t.sheet, row.r, (forecastCol ?? actualCol ?? budgetCol).col),
      deviation,
      deviationShare,
      status,
      stated: s === null ? null : devIsPct ? s : s * fDev,
      statedRef: devCol ? ref(t.sheet, row.r, devCol.col) : undefined,
      statedMismatch: false,
      comment,
      commentRef: commentCol ? ref(t.sheet, row.r, commentCol.col) : undefined,
      action,
      actionRef: actionCol ? ref(t.sheet, row.r, actionCol.col) : undefined,
      periodisedBudget,
      actualVsPeriodised,
      isTotal,
    });
  }

  // Which convention does the stated column follow? The one most rows match (tie: Swedish practice).
  let convention: BudgetAnalysis['convention'] = null;
  if (devCol) {
    const tol = fDev === 1 ? 1 : 0.5 * fDev;
    let bmf = 0;
    let fmb = 0;
    let any = false;
    for (const l of lines) {
      if (l.stated === null) continue;
      any = true;
      if (matches(l, l.stated, 'budget-minus-forecast', tol, devIsPct)) bmf++;
      if (matches(l, l.stated, 'forecast-minus-budget', tol, devIsPct)) fmb++;
    }
    if (any) convention = fmb > bmf ? 'forecast-minus-budget' : 'budget-minus-forecast';
    for (const l of lines) {
      if (l.stated === null) continue;
      l.statedMismatch = !matches(l, l.stated, 'budget-minus-forecast', tol, devIsPct) && !matches(l, l.stated, 'forecast-minus-budget', tol, devIsPct);
    }
  }

  return {
    tableId: t.id,
    sheet: t.sheet,
    convention,
    lines,
    unitFactor: fBudget,
    hasCommentColumn: !!commentCol,
    hasActionColumn: !!actionCol,
    month,
    periodisation: profile ? 'profile' : 'even',
    thresholds: { ...th },
    thresholdsRead: thRead,
    statedUnit: devCol ? (devIsPct ? '%' : 'kr') : null,
  };
}

export function analyzeBudgets(model: PlanModel, input: WorkbookInput, options: ResolvedOptions): BudgetAnalysis[] {
  const parsed = parseBudgetThresholds(options.budgetThresholds);
  const th = parsed ?? DEFAULT_BUDGET_THRESHOLDS;
  const out: BudgetAnalysis[] = [];
  for (const t of model.tables) {
    if (t.kind !== 'budget') continue;
    const sheet = input.sheets.find((s) => s.name === t.sheet);
    if (!sheet) continue;
    const a = analyzeTable(t, sheet, options, th, parsed !== null);
    if (a) out.push(a);
  }
  return out;
}
