/**
 * "Why is this cell red?" (issue 12, point 2): what the analysis knows about one cell — the
 * indicator, its threshold, the value and the reason in words for a result cell; the budget line
 * and its deviation for a budget cell; the red-thread finding for an orange gap cell; any other
 * finding at the cell. Pure: the pane's CellInfo renders it.
 */
import type { Analysis } from '../engine/analyze';
import type { BudgetAnalysis, BudgetLine } from '../engine/budget/types';
import type { ResultEvaluation, IndicatorAnalysis } from '../engine/results/types';
import type { Finding } from '../engine/types';
import { a1, parseA1, cellOf } from '../engine/cells';

export interface ResultExplanation {
  indicator: IndicatorAnalysis;
  /** The evaluations of this cell (a combined `Resultat T1/T2/år` cell has one per period). */
  evaluations: ResultEvaluation[];
  /** The cell is elsewhere in the indicator's row: its status at the chosen period instead. */
  row: boolean;
}

export interface BudgetExplanation {
  line: BudgetLine;
  table: BudgetAnalysis;
}

export interface CellExplanation {
  sheet: string;
  cell: string;
  result?: ResultExplanation;
  budget?: BudgetExplanation;
  /** Red-thread findings at the cell: why it is orange. */
  gaps: Finding[];
  /** Other findings at the cell. */
  findings: Finding[];
}

const key = (sheet: string, cell: string) => `${sheet.toLocaleLowerCase('sv')}\u0000${cell}`;
const rowKey = (sheet: string, r: number) => `${sheet.toLocaleLowerCase('sv')}\u0000#${r}`;

/** `Blad!$C$5:D9` or `c5` → `C5` (the top-left cell); null when it names no cell. */
export function topLeft(address: string): string | null {
  const bare = address.slice(address.lastIndexOf('!') + 1).split(':')[0].replace(/\$/g, '').trim().toUpperCase();
  try {
    const { r, c } = parseA1(bare);
    return r >= 0 && c >= 0 ? a1(r, c) : null;
  } catch {
    return null;
  }
}

export interface CellIndex {
  explain(sheet: string, address: string): CellExplanation | null;
}

/** Indexes an analysis once, so each selection is a lookup however large the workbook. */
export function indexCells(a: Analysis): CellIndex {
  const results = new Map<string, { ia: IndicatorAnalysis; evs: ResultEvaluation[] }>();
  const rows = new Map<string, IndicatorAnalysis>();
  for (const ia of a.indicators) {
    rows.set(rowKey(ia.indicator.sheet, ia.indicator.row), ia);
    for (const ev of ia.results) {
      const k = key(ev.result.ref.sheet, cellOf(ev.result.ref));
      const e = results.get(k) ?? { ia, evs: [] };
      e.evs.push(ev);
      results.set(k, e);
    }
  }
  const budgetCells = new Map<string, BudgetExplanation>();
  const budgetRows = new Map<string, BudgetExplanation>();
  for (const table of a.budgets) {
    for (const line of table.lines) {
      if (line.isTotal) continue;
      const e = { line, table };
      budgetRows.set(rowKey(line.sheet, line.row), e);
      for (const ref of [line.statedRef, line.forecastRef, line.budgetRef, line.actualRef, line.commentRef, line.actionRef]) {
        if (ref) budgetCells.set(key(ref.sheet, cellOf(ref)), e);
      }
    }
  }
  const findings = new Map<string, Finding[]>();
  for (const f of a.findings) {
    const cell = topLeft(f.cell);
    if (!cell) continue;
    const k = key(f.sheet, cell);
    findings.set(k, [...(findings.get(k) ?? []), f]);
  }

  return {
    explain(sheet, address) {
      const cell = topLeft(address);
      if (!cell) return null;
      const k = key(sheet, cell);
      const r = parseA1(cell).r;
      const at = findings.get(k) ?? [];
      const out: CellExplanation = {
        sheet,
        cell,
        gaps: at.filter((f) => f.code.startsWith('redthread.')),
        findings: at.filter((f) => !f.code.startsWith('redthread.')),
      };
      const hit = results.get(k);
      if (hit) out.result = { indicator: hit.ia, evaluations: hit.evs, row: false };
      else {
        const ia = rows.get(rowKey(sheet, r));
        if (ia) out.result = { indicator: ia, evaluations: ia.current ? [ia.current] : [], row: true };
      }
      const b = budgetCells.get(k) ?? budgetRows.get(rowKey(sheet, r));
      if (b && !out.result) out.budget = b;
      if (!out.result && !out.budget && !out.gaps.length && !out.findings.length) return null;
      return out;
    },
  };
}
