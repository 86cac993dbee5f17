/**
 * The budget part of the report (SPEC §4, seed 001: every deviation needs an analysis and an action
 * plan): per ansvar budget, prognos and the deviation with its status in words and colour, then for
 * every red and yellow deviation its analysis and åtgärd as written, or a marked place for them.
 */
import type { Lang } from '../types';
import type { BudgetStatus } from '../budget/thresholds';
import type { BudgetAnalysis, BudgetLine } from '../budget/types';
import { isUnexplained } from '../budget/explanation';
import { kr, pct } from '../budget/format';
import { fmtNum } from '../format';
import { monthName } from '../words';
import type { Block, TableCell } from './types';
import { texts } from './texts';

const STATUS: Record<Lang, Record<BudgetStatus, string>> = {
  sv: { green: 'Grön', yellow: 'Gul', red: 'Röd' },
  en: { green: 'Green', yellow: 'Yellow', red: 'Red' },
};

const signed = (n: number, lang: Lang) => `${n > 0 ? '+' : ''}${kr(n, lang)}`;
const right = (s: string, extra: Partial<TableCell> = {}): TableCell => ({ runs: [{ text: s }], align: 'right', ...extra });
const left = (s: string): TableCell => ({ runs: [{ text: s }] });

function thresholdsText(b: BudgetAnalysis, lang: Lang): string {
  const p = (x: number) => `${fmtNum(Math.round(x * 10000) / 100, lang)}${lang === 'sv' ? ' %' : '%'}`;
  return lang === 'sv' ? `Grön ${p(b.thresholds.green)}, Gul ${p(b.thresholds.yellow)}` : `Green ${p(b.thresholds.green)}, Yellow ${p(b.thresholds.yellow)}`;
}

function statusCell(s: BudgetStatus, lang: Lang): TableCell {
  return { runs: [{ text: STATUS[lang][s], bold: true }], tone: s };
}

/** The lines to explain: red before yellow, the larger overspend first. */
function toExplain(lines: BudgetLine[]): BudgetLine[] {
  const rank = (l: BudgetLine) => (l.status === 'red' ? 0 : 1);
  return lines.filter((l) => l.status === 'red' || l.status === 'yellow').sort((a, b) => rank(a) - rank(b) || b.deviation - a.deviation);
}

function explanation(b: BudgetAnalysis, l: BudgetLine, lang: Lang): Block[] {
  const t = texts(lang);
  const said = (label: string, value: string | null, placeholder: string): Block =>
    value
      ? { kind: 'paragraph', runs: [{ text: `${label}: `, bold: true }, { text: value }] }
      : { kind: 'paragraph', style: 'placeholder', runs: [{ text: `${label}: `, bold: true }, { text: placeholder, tone: 'placeholder', italic: true }] };
  const out: Block[] = [
    { kind: 'heading', level: 3, text: [l.key, l.name].filter(Boolean).join(' ') },
    {
      kind: 'paragraph',
      runs: [
        { text: t.deviationLine(signed(l.deviation, lang), l.deviationShare === null ? '–' : pct(l.deviationShare, lang)) },
        { text: '●', tone: l.status, marker: true },
        { text: ` ${STATUS[lang][l.status]}`, bold: true, tone: l.status },
      ],
    },
  ];
  if (b.hasActionColumn) {
    out.push(said(t.budgetAnalysis, l.comment, t.budgetPlaceholder));
    out.push(said(t.budgetAction, l.action, t.actionPlaceholder));
  } else out.push(said(t.budgetBoth, l.comment, t.budgetPlaceholder));
  return out;
}

export function budgetPart(budgets: BudgetAnalysis[], lang: Lang): Block[] {
  if (budgets.length === 0) return [];
  const t = texts(lang);
  const out: Block[] = [{ kind: 'heading', level: 1, text: t.budget, newPage: true }];
  for (const b of budgets) {
    const lines = b.lines.filter((l) => !l.isTotal);
    if (budgets.length > 1) out.push({ kind: 'heading', level: 2, text: b.sheet });
    const intro = t.budgetIntro(monthName(b.month, lang), thresholdsText(b, lang));
    const convention = b.convention ? ` ${t.budgetConvention[b.convention]}` : '';
    out.push({ kind: 'paragraph', style: 'note', runs: [{ text: intro + convention, italic: true }] });
    const sum = (f: (l: BudgetLine) => number) => lines.reduce((s, l) => s + f(l), 0);
    const budget = sum((l) => l.budget);
    const deviation = sum((l) => l.deviation);
    out.push({
      kind: 'table',
      header: t.budgetHead,
      widths: [10, 26, 14, 14, 14, 8, 8],
      totalRow: true,
      rows: [
        ...lines.map((l) => [
          left(l.key),
          left(l.name ?? ''),
          right(kr(l.budget, lang)),
          right(kr(l.forecast, lang)),
          right(signed(l.deviation, lang)),
          right(l.deviationShare === null ? '–' : pct(l.deviationShare, lang)),
          statusCell(l.status, lang),
        ]),
        [
          left(t.total),
          left(''),
          right(kr(budget, lang)),
          right(kr(sum((l) => l.forecast), lang)),
          right(signed(deviation, lang)),
          right(budget ? pct(deviation / Math.abs(budget), lang) : '–'),
          left(''),
        ],
      ],
    });
    const explain = toExplain(lines);
    if (explain.length) {
      out.push({ kind: 'heading', level: 2, text: budgets.length > 1 ? `${t.deviationsToExplain} – ${b.sheet}` : t.deviationsToExplain });
      for (const l of explain) out.push(...explanation(b, l, lang));
    }
  }
  return out;
}

/** Figures for the overview: red lines, unexplained ones, and the overspend in all. */
export function budgetFigures(budgets: BudgetAnalysis[]): { red: number; unexplained: number; deviation: number } | null {
  const lines = budgets.flatMap((b) => b.lines.filter((l) => !l.isTotal));
  if (lines.length === 0) return null;
  return {
    red: lines.filter((l) => l.status === 'red').length,
    unexplained: lines.filter(isUnexplained).length,
    deviation: lines.reduce((s, l) => s + l.deviation, 0),
  };
}

export { signed as signedKr };
