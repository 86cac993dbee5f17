/**
 * Budget follow-up (SPEC §4): per ansvar row the overspend of the full-year forecast against the
 * budget, in kronor and as a share of |budget|, with a traffic light; the sign convention of a
 * stated Avvikelse column; utfall against the budget periodised to the chosen month.
 */
import type { PlanModel, RecognizedTable, ColumnMap, ColumnRole, TableRow } from '../model';
import type { CellValue, ResolvedOptions, SheetInput, WorkbookInput } from '../types';
import { fold, getCell, isBlank, ref, valueText } from '../cells';
import { decimalsOf, readNumericCell } from '../numbers';
import type { BudgetAnalysis, BudgetLine } from './types';
import { nearlyEqual, readNumber } from './numbers';
import { budgetStatus, DEFAULT_BUDGET_THRESHOLDS, parseBudgetThresholds, type BudgetThresholds } from './thresholds';

type Convention = NonNullable<BudgetAnalysis['convention']>;

/** Kronor per unit the header states. */
function unitFactorOf(col: ColumnMap): number {
  if (col.unit === 'tkr') return 1000;
  if (col.unit === 'mnkr') return 1_000_000;
  return 1;
}

/**
 * Reads the line type written in a Kostnad/Intäkt column: also compounds (Hyresintäkter,
 * Personalkostnader) and the abbreviation Int, but not a word that merely contains it (Internhyra).
 */
function typeFromText(s: string): 'cost' | 'revenue' | null {
  const t = fold(s);
  if (/intakt|\bint\b|revenue|income/.test(t)) return 'revenue';
  if (/kost|cost|expense|utgift/.test(t)) return 'cost';
  return null;
}

const MONTH_KEYS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The columns a budget table is read through. */
interface Columns {
  key?: ColumnMap;
  name?: ColumnMap;
  type?: ColumnMap;
  budget: ColumnMap;
  actual?: ColumnMap;
  /** Prognos; without one, Utfall at year end (the full year's utfall is then the forecast). */
  forecast: ColumnMap;
  deviation?: ColumnMap;
  comment?: ColumnMap;
  action?: ColumnMap;
  /** The key column holds accounts (Konto): class 3 is revenue. An ansvar code may start with 3 too. */
  keyIsAccount: boolean;
}

function columnsOf(t: RecognizedTable, month: number): Columns | null {
  const first = (role: ColumnRole) => t.columns.find((c) => c.role === role);
  const budget = first('budget');
  const actual = first('actual');
  const forecast = first('forecast') ?? (month === 12 ? actual : undefined);
  // Before year end a table without Prognos says nothing about the full year.
  if (!budget || !forecast) return null;
  const key = first('key');
  const name = first('name');
  return {
    key,
    name,
    type: first('lineType'),
    budget,
    actual,
    forecast,
    deviation: first('deviation'),
    comment: first('comment'),
    action: first('action'),
    keyIsAccount: !!key && /\b(konto|account|kontoklass)\b/.test(fold(key.header)),
  };
}

const cellValue = (sheet: SheetInput, r: number, c: ColumnMap): CellValue => getCell(sheet, r, c.col)?.v ?? null;
const cellText = (sheet: SheetInput, r: number, c: ColumnMap | undefined): string => (c ? valueText(cellValue(sheet, r, c)).trim() : '');

/**
 * A `Periodisering`/`Profil` row, named in its key or name column (or its label): the label begins
 * with the word (`Lokalhyror, ingen periodisering` is a line).
 */
function isProfileRow(sheet: SheetInput, row: TableRow, cols: Columns): boolean {
  const labels = [cellText(sheet, row.r, cols.key), cellText(sheet, row.r, cols.name), row.label];
  // The pattern is written here rather than as a module constant so that mutation testing can switch it per test.
  return labels.some((x) => x !== undefined && /^(periodisering|periodiserad|profil|profile|periodisation|periodization|fordelning)\b/.test(fold(x)));
}

/**
 * Cumulative share of the year's budget reached by each month 1..12, from a `Periodisering`/
 * `Profil` row: month columns hold shares (as percent, as fractions, or as amounts), normalised by
 * their sum so any of the three works. Null without such a row (then the budget is spread evenly).
 */
function readProfile(sheet: SheetInput, t: RecognizedTable, cols: Columns): number[] | null {
  const row = t.rows.find((x) => isProfileRow(sheet, x, cols));
  if (!row) return null;
  // Only month columns carry a month as their period.
  const shares = MONTH_KEYS.map((k) => t.columns.filter((c) => c.period === k).reduce((s, c) => s + (readNumber(cellValue(sheet, row.r, c)) ?? 0), 0));
  const sum = shares.reduce((a, b) => a + b, 0);
  if (!(sum > 0)) return null;
  let acc = 0;
  return shares.map((s) => (acc += s / sum));
}

/** How finely a value is written, in kronor: 1 tkr for `93` in a tkr column, 0,1 mnkr for `15,4` in mnkr. */
function precisionOf(n: number, col: ColumnMap): number {
  return 10 ** -decimalsOf(n) * unitFactorOf(col);
}

/**
 * The stated Avvikelse in kronor, or in percent points in a `%` column (a percent-formatted
 * fraction, or a plain number of points), with how finely it is written.
 */
function readStated(cell: { v: CellValue; fmt?: string } | undefined, col: ColumnMap): { value: number; precision: number } | null {
  if (col.unit === '%') {
    const p = readNumericCell(cell?.v ?? null, cell?.fmt);
    return p && { value: p.value, precision: 10 ** -decimalsOf(p.value) };
  }
  const n = readNumber(cell?.v);
  return n === null ? null : { value: n * unitFactorOf(col), precision: precisionOf(n, col) };
}

/** Does `stated` match the computed line under a convention? */
function matches(line: BudgetLine, stated: number, tol: number, conv: Convention, pct: boolean): boolean {
  if (pct) {
    // deviationShare is not null here: a percent is not checked against a budget of 0.
    const share = line.deviationShare! * 100;
    return nearlyEqual(stated, conv === 'forecast-minus-budget' ? share : -share, tol);
  }
  // Literal formulas, and the overspend-signed reading for revenue lines written positive.
  const literal = conv === 'budget-minus-forecast' ? line.budget - line.forecast : line.forecast - line.budget;
  const signed = conv === 'budget-minus-forecast' ? -line.deviation : line.deviation;
  return nearlyEqual(stated, literal, tol) || nearlyEqual(stated, signed, tol);
}

function readLine(sheet: SheetInput, t: RecognizedTable, row: TableRow, cols: Columns, th: BudgetThresholds, periodShare: number): BudgetLine | null {
  // An amount in kronor; null for a blank or text cell (a blank budget or prognos is no 0).
  const kronor = (c: ColumnMap | undefined) => {
    const n = c ? readNumber(cellValue(sheet, row.r, c)) : null;
    return n === null ? null : n * unitFactorOf(c!);
  };
  const budget = kronor(cols.budget);
  const forecast = kronor(cols.forecast);
  if (budget === null || forecast === null) return null;
  const actual = kronor(cols.actual);
  const keyText = cellText(sheet, row.r, cols.key);
  const nameText = cellText(sheet, row.r, cols.name);

  let lineType: 'cost' | 'revenue' = budget < 0 ? 'revenue' : 'cost';
  let lineTypeSource: BudgetLine['lineTypeSource'] = 'sign';
  const typed = typeFromText(cellText(sheet, row.r, cols.type));
  if (typed) {
    lineType = typed;
    lineTypeSource = 'column';
  } else if (cols.keyIsAccount && /^\d{3,}/.test(keyText)) {
    // An account number, maybe with its name after it (`3510 Taxor och avgifter`).
    lineType = keyText.startsWith('3') ? 'revenue' : 'cost';
    lineTypeSource = 'account';
  }
  // Revenue written with a minus sign is already cost-signed: more forecast = worse, as for costs.
  const revenuePositive = lineType === 'revenue' && budget >= 0;
  const deviation = revenuePositive ? budget - forecast : forecast - budget;
  const deviationShare = budget === 0 ? null : deviation / Math.abs(budget);

  const text = (c: ColumnMap | undefined) => {
    const v = c ? cellValue(sheet, row.r, c) : null;
    return isBlank(v) ? null : valueText(v).trim();
  };
  const periodisedBudget = budget * periodShare;
  const at = (c: ColumnMap) => ref(t.sheet, row.r, c.col);
  return {
    tableId: t.id,
    sheet: t.sheet,
    row: row.r,
    key: keyText || nameText || row.label || `${row.r + 1}`,
    keyRef: at(cols.key ?? cols.name ?? cols.budget),
    name: nameText || (cols.key ? null : (row.label ?? null)),
    lineType,
    lineTypeSource,
    budget,
    budgetRef: at(cols.budget),
    actual,
    actualRef: cols.actual ? at(cols.actual) : undefined,
    forecast,
    forecastRef: at(cols.forecast),
    deviation,
    deviationShare,
    status: budgetStatus(deviation, deviationShare, th),
    stated: null,
    statedRef: cols.deviation ? at(cols.deviation) : undefined,
    statedMismatch: false,
    comment: text(cols.comment),
    commentRef: cols.comment ? at(cols.comment) : undefined,
    action: text(cols.action),
    actionRef: cols.action ? at(cols.action) : undefined,
    periodisedBudget,
    // Same sign as the overspend: positive = utfall ahead of the periodised budget (costs).
    actualVsPeriodised: actual === null ? null : revenuePositive ? periodisedBudget - actual : actual - periodisedBudget,
    isTotal: row.kind === 'total',
  };
}

/**
 * The stated Avvikelse of each line against both sign conventions: a line matching neither is a
 * mismatch; the sheet's convention is the one more lines match (a tie: budget − prognos, Swedish
 * practice). The tolerance is half a unit of the coarsest of budget, prognos and Avvikelse as
 * written (whole tkr: ±500 kr; 15,4 mnkr: ±50 000 kr); a percent is compared at half a unit of its
 * own last decimal or what the rounding of budget and prognos can move the share, whichever is
 * more, and not at all against a budget of 0 (there is no share).
 */
function checkStated(sheet: SheetInput, lines: BudgetLine[], cols: Columns, col: ColumnMap): Convention | null {
  const pct = col.unit === '%';
  let bmf = 0;
  let fmb = 0;
  let any = false;
  for (const l of lines) {
    const s = readStated(getCell(sheet, l.row, col.col), col);
    if (!s) continue;
    l.stated = s.value;
    if (pct && l.deviationShare === null) continue;
    any = true;
    // Budget and prognos are numbers here (the line was read from them).
    const written = (c: ColumnMap) => precisionOf(readNumber(cellValue(sheet, l.row, c))!, c);
    const inputs = Math.max(written(cols.budget), written(cols.forecast));
    // A share computed from budget and prognos as written can be off by up to their precision over the budget.
    const tol = pct ? Math.max(0.5 * s.precision, (inputs / Math.abs(l.budget)) * 100) : 0.5 * Math.max(s.precision, inputs);
    const asBmf = matches(l, s.value, tol, 'budget-minus-forecast', pct);
    const asFmb = matches(l, s.value, tol, 'forecast-minus-budget', pct);
    if (asBmf) bmf++;
    if (asFmb) fmb++;
    l.statedMismatch = !asBmf && !asFmb;
  }
  if (!any) return null;
  return fmb > bmf ? 'forecast-minus-budget' : 'budget-minus-forecast';
}

function analyzeTable(t: RecognizedTable, sheet: SheetInput, options: ResolvedOptions, th: BudgetThresholds): BudgetAnalysis | null {
  const month = Math.min(12, Math.max(1, Math.round(options.month)));
  const cols = columnsOf(t, month);
  if (!cols) return null;
  const profile = readProfile(sheet, t, cols);
  const periodShare = profile ? profile[month - 1] : month / 12;
  const lines: BudgetLine[] = [];
  for (const row of t.rows) {
    if (row.kind === 'header' || row.kind === 'group' || isProfileRow(sheet, row, cols)) continue;
    const line = readLine(sheet, t, row, cols, th, periodShare);
    if (line) lines.push(line);
  }
  const devCol = cols.deviation;
  return {
    tableId: t.id,
    sheet: t.sheet,
    convention: devCol ? checkStated(sheet, lines, cols, devCol) : null,
    lines,
    hasActionColumn: !!cols.action,
    month,
    periodisation: profile ? 'profile' : 'even',
    thresholds: { ...th },
    statedUnit: devCol ? (devCol.unit === '%' ? '%' : 'kr') : null,
  };
}

export function analyzeBudgets(model: PlanModel, input: WorkbookInput, options: ResolvedOptions): BudgetAnalysis[] {
  const th = parseBudgetThresholds(options.budgetThresholds) ?? DEFAULT_BUDGET_THRESHOLDS;
  const out: BudgetAnalysis[] = [];
  for (const t of model.tables) {
    if (t.kind !== 'budget') continue;
    const sheet = input.sheets.find((s) => s.name === t.sheet);
    if (!sheet) continue;
    const a = analyzeTable(t, sheet, options, th);
    if (a) out.push(a);
  }
  return out;
}
