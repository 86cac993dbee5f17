/**
 * Test helper: builds the RecognizedTable that recognition would hand over, from a sheet made
 * with sheetFromTsv and the column roles stated by the test. Row kinds follow SPEC §2 literally: a
 * row whose first text starts with Summa/Total is a total; a row with text in an amount column is
 * a (repeated) header; a row without numbers is a group heading. Not recognition: tests state roles.
 */
import type { ColumnMap, ColumnRole, PlanModel, RecognizedTable, TableKind, TableRow } from '../../model';
import type { Finding, ResolvedOptions, SheetInput } from '../../types';
import type { Rule, RuleContext } from '../../rules/rule';
import { analyzeBudgets } from '../../budget/analyze-budget';
import { analyzeAnnexes } from '../analyze-annex';
import { a1, getCell, valueText } from '../../cells';

export interface TableSpec {
  kind?: TableKind;
  /** Column (0-based) → role. */
  roles: Record<number, ColumnRole>;
  /** Extra column fields (unit, period) by column. */
  extra?: Record<number, Partial<ColumnMap>>;
  /** 0-based row of the first header; default: the first non-blank row after a `Bilaga` title. */
  headerRow?: number;
  /** 0-based last row; default: the last row of the sheet. */
  lastRow?: number;
}

const NUMERIC: ColumnRole[] = ['amount', 'budget', 'actual', 'forecast', 'deviation', 'month'];

function text(sheet: SheetInput, r: number, c: number): string {
  return valueText(getCell(sheet, r, c)?.v ?? null).trim();
}

export function tableOver(sheet: SheetInput, spec: TableSpec): RecognizedTable {
  const present = sheet.rows.map((row, r) => (row && row.some((c) => c && text(sheet, r, row.indexOf(c)) !== '') ? r : -1)).filter((r) => r >= 0);
  let title: string | undefined;
  let titleCell: string | undefined;
  let headerRow = spec.headerRow;
  if (headerRow === undefined) {
    const t0 = present[0];
    if (/^(bilaga|annex)/i.test(text(sheet, t0, 0))) {
      title = text(sheet, t0, 0);
      titleCell = a1(t0, 0);
      headerRow = present[1];
    } else headerRow = t0;
  }
  const lastRow = spec.lastRow ?? present[present.length - 1];
  const columns: ColumnMap[] = Object.entries(spec.roles).map(([c, role]) => {
    const col = Number(c);
    const header = text(sheet, headerRow!, col);
    const unit = /\btkr\b/i.test(header) ? 'tkr' : undefined;
    return { col, role, header, ...(unit ? { unit } : {}), ...(spec.extra?.[col] ?? {}) } as ColumnMap;
  });
  const numCols = columns.filter((c) => NUMERIC.includes(c.role)).map((c) => c.col);
  const rows: TableRow[] = [];
  const headerRows: number[] = [];
  for (const r of present) {
    if (r < headerRow! || r > lastRow) continue;
    const cells = (sheet.rows[r] ?? []).map((_, c) => text(sheet, r, c));
    const firstText = cells.find((x) => x !== '' && !/^[-−]?[\d\s,.]+$/.test(x)) ?? '';
    const isHeader = r === headerRow || numCols.some((c) => typeof getCell(sheet, r, c)?.v === 'string' && text(sheet, r, c) !== '');
    if (isHeader) {
      headerRows.push(r);
      rows.push({ r, kind: 'header' });
    } else if (/^(summa|total|totalt)\b/i.test(firstText)) rows.push({ r, kind: 'total', label: firstText });
    else if (!numCols.some((c) => typeof getCell(sheet, r, c)?.v === 'number')) rows.push({ r, kind: 'group', label: firstText });
    else rows.push({ r, kind: 'data' });
  }
  return {
    id: `${sheet.name}!${a1(headerRow!, 0)}`,
    sheet: sheet.name,
    kind: spec.kind ?? 'annex',
    headerRows,
    columns,
    firstRow: headerRow!,
    lastRow,
    rows,
    title,
    titleCell,
  };
}

/** A PlanModel holding only the given tables. */
export function modelOf(...tables: RecognizedTable[]): PlanModel {
  return { tables, goals: [], indicators: [], activities: [], risks: [], tablesWithoutGoal: [] };
}

/** A RuleContext over the given tables, with budgets and annexes analysed as the engine would. */
export function contextOf(sheets: SheetInput[], tables: RecognizedTable[], opts: Partial<ResolvedOptions> = {}): RuleContext {
  const options: ResolvedOptions = { lang: 'sv', period: 'year', budgetThresholds: 'Grön 0% Gul 0,5%', roundingPerRow: 0.5, month: 12, ...opts };
  const model = modelOf(...tables);
  const input = { fileName: 'test.xlsx', sheets, ownedSheets: [] };
  return {
    model,
    indicators: [],
    graph: { nodes: [], roots: [], implicit: false, indicatorGoal: [], activityGoal: [], issues: [] },
    budgets: analyzeBudgets(model, input, options),
    annexes: analyzeAnnexes(model, input, options),
    options,
    unreadable: [],
  };
}

/** Findings of one rule, as the runner makes them (without importing every other rule). */
export function findingsOf(rule: Rule, ctx: RuleContext): Finding[] {
  return rule.check(ctx).map((h) => ({ code: rule.code, severity: rule.severity, sheet: h.sheet, cell: h.cell, message: rule.message[ctx.options.lang](h.params) }));
}
