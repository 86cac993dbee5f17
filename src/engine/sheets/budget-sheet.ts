/**
 * The Budgetavvikelser / Budget deviations sheet (SPEC §4, §6): every ansvar line of the
 * workbook's budget tables, red lines without analysis first, each linking back to its row.
 * The users' own total rows are left out: the sheet's totals row sums the lines itself.
 */
import type { Finding, GeneratedSheet } from '../types';
import type { RuleContext } from '../rules/rule';
import { budgetBlock, BUDGET_WIDTHS } from '../budget/layout';
import { L, text, TITLE_STYLE } from '../annex/layout';
import { DEFAULT_BUDGET_THRESHOLDS } from '../budget/thresholds';
import { cellOf } from '../cells';

const TITLE = { sv: 'Budgetavvikelser – prognos mot budget, belopp i kronor', en: 'Budget deviations – forecast against budget, amounts in kronor' };
const MONTH_NOTE = { sv: 'Periodiserad budget t.o.m. månad', en: 'Budget periodised through month' };

export function budgetSheet(ctx: RuleContext, _findings: Finding[]): Omit<GeneratedSheet, 'name' | 'kind'> | null {
  if (ctx.budgets.length === 0) return null;
  const lang = ctx.options.lang;
  const th = ctx.budgets[0]?.thresholds ?? DEFAULT_BUDGET_THRESHOLDS;
  const items = ctx.budgets.flatMap((b) =>
    b.lines
      .filter((l) => !l.isTotal)
      .map((line) => ({ line, extra: [{ v: `${line.sheet}!${cellOf(line.keyRef)}`, link: { sheet: line.sheet, cell: cellOf(line.keyRef) } }] })),
  );
  const month = ctx.budgets[0]?.month ?? ctx.options.month;
  const rows: GeneratedSheet['rows'] = [
    [text(TITLE[lang], TITLE_STYLE)],
    [text(`${MONTH_NOTE[lang]} ${month} (${ctx.budgets.some((b) => b.periodisation === 'profile') ? (lang === 'sv' ? 'enligt profil' : 'by profile') : lang === 'sv' ? 'jämnt fördelad' : 'evenly'})`, { italic: true })],
  ];
  rows.push(...budgetBlock(items, lang, th, rows.length, [L.source[lang]]));
  return { rows, colWidths: [...BUDGET_WIDTHS, 24], freezeRows: 3 };
}
