/**
 * The budget deviation table (SPEC §4, §6) shared by the Budgetavvikelser sheet and `planark
 * assemble`: per ansvar key, name, budget, utfall, prognos, deviation in kronor and per cent, status
 * in words and colour, comment; a totals row of SUM formulas. Amounts are in kronor.
 */
import type { GenCell, Lang, Status } from '../types';
import { PALETTE } from '../types';
import type { BudgetLine } from './types';
import { HEADER_STYLE, NUM_FMT, sumFormula, text } from '../annex/layout';
import { colLetters } from '../cells';
import { budgetStatus, type BudgetThresholds } from './thresholds';
import { isUnexplained, missingExplanation } from './explanation';

export const PCT_FMT = '0.0%';

export const STATUS_WORD: Record<Status, Record<Lang, string>> = {
  green: { sv: 'Grön', en: 'Green' },
  yellow: { sv: 'Gul', en: 'Yellow' },
  red: { sv: 'Röd', en: 'Red' },
  none: { sv: '–', en: '–' },
};

export function statusCell(s: Status, lang: Lang, extra: Partial<GenCell> = {}): GenCell {
  const p = s === 'none' ? null : PALETTE[s];
  return { v: STATUS_WORD[s][lang], ...(p ? { fill: p.fill, font: p.font } : {}), ...extra };
}

export { isUnexplained } from './explanation';

/** Unexplained red deviations first (they need action), then the rest in sheet order. */
export function orderLines<T extends { line: BudgetLine }>(items: T[]): T[] {
  return items
    .map((x, i) => ({ x, i }))
    .sort((a, b) => Number(isUnexplained(b.x.line)) - Number(isUnexplained(a.x.line)) || a.i - b.i)
    .map((y) => y.x);
}

export const BUDGET_HEADERS: Record<Lang, string[]> = {
  sv: ['Ansvar', 'Benämning', 'Budget helår', 'Utfall', 'Prognos helår', 'Avvikelse kr (+ = överskridande)', 'Avvikelse %', 'Status', 'Kommentar / åtgärd', 'Periodiserad budget', 'Utfall mot periodiserad budget'],
  en: ['Cost centre', 'Name', 'Budget (full year)', 'Actual', 'Forecast (full year)', 'Deviation kr (+ = overspend)', 'Deviation %', 'Status', 'Comment / action', 'Periodised budget', 'Actual vs periodised budget'],
};

const MISSING_COMMENT: Record<Lang, string> = { sv: 'Analys och åtgärd saknas', en: 'Analysis and action missing' };
const MISSING_ACTION: Record<Lang, string> = { sv: 'Åtgärdsplan saknas', en: 'Action plan missing' };
const MISSING_ANALYSIS: Record<Lang, string> = { sv: 'Analys saknas', en: 'Analysis missing' };

/** The comment column of the sheet: analysis and action joined, or what is missing. */
function explanationCell(l: BudgetLine, lang: Lang): GenCell {
  const missing = missingExplanation(l);
  const said = [l.comment, l.action].filter((x): x is string => x !== null).join(' — ');
  const warn = (t: string) => text(said ? `${said} (${t.toLowerCase()})` : t, { italic: true, font: PALETTE.red.font, wrap: true });
  if (missing === 'action') return warn(MISSING_ACTION[lang]);
  if (missing === 'analysis') return warn(MISSING_ANALYSIS[lang]);
  if (missing) return warn(MISSING_COMMENT[lang]);
  return text(said || null, { wrap: true });
}
const TOTAL: Record<Lang, string> = { sv: 'Summa', en: 'Total' };

export interface BudgetItem {
  line: BudgetLine;
  /** Extra cells after the standard columns (source, note). */
  extra: GenCell[];
}

/**
 * Header row plus one row per line plus the totals row, starting at output row `startRow`.
 * Column order: the 11 standard columns, then `extraHeaders`.
 */
export function budgetBlock(items: BudgetItem[], lang: Lang, th: BudgetThresholds, startRow: number, extraHeaders: string[]): GenCell[][] {
  const out: GenCell[][] = [];
  out.push([...BUDGET_HEADERS[lang], ...extraHeaders].map((h) => text(h, { ...HEADER_STYLE, wrap: true })));
  const first = startRow + 1;
  const money = (v: number | null): GenCell => ({ v: v === null ? null : Math.round(v), numFmt: NUM_FMT });
  for (const { line: l, extra } of orderLines(items)) {
    out.push([
      text(l.key),
      text(l.name),
      money(l.budget),
      money(l.actual),
      money(l.forecast),
      money(l.deviation),
      { v: l.deviationShare, numFmt: PCT_FMT },
      statusCell(l.status, lang),
      explanationCell(l, lang),
      money(l.periodisedBudget),
      money(l.actualVsPeriodised),
      ...extra,
    ]);
  }
  const last = startRow + out.length - 1;
  const rows = Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);
  const lines = items.map((i) => i.line);
  const sum = (f: (l: BudgetLine) => number | null) => lines.reduce((s, l) => s + (f(l) ?? 0), 0);
  const budgetAbs = lines.reduce((s, l) => s + Math.abs(l.budget), 0);
  const dev = sum((l) => l.deviation);
  const share = budgetAbs === 0 ? null : dev / budgetAbs;
  const totalRow = startRow + out.length;
  const f = (c: number, v: number): GenCell => ({ v: Math.round(v), formula: rows.length ? sumFormula(c, rows) : undefined, numFmt: NUM_FMT, bold: true });
  out.push([
    text(TOTAL[lang], { bold: true }),
    text(null),
    f(2, sum((l) => l.budget)),
    f(3, sum((l) => l.actual)),
    f(4, sum((l) => l.forecast)),
    f(5, dev),
    {
      v: share,
      // The share of the summed overspend over the summed |budget| (revenue lines count as positive).
      formula: rows.length ? `IFERROR(${colLetters(5)}${totalRow + 1}/SUMPRODUCT(ABS(${colLetters(2)}${first + 1}:${colLetters(2)}${last + 1})),"")` : undefined,
      numFmt: PCT_FMT,
      bold: true,
    },
    statusCell(budgetStatus(dev, share, th), lang, { bold: true }),
    text(null),
    f(9, sum((l) => l.periodisedBudget)),
    f(10, sum((l) => l.actualVsPeriodised)),
  ]);
  return out;
}

export const BUDGET_WIDTHS = [10, 30, 14, 14, 14, 16, 11, 9, 40, 14, 16];
