/**
 * `planark assemble` (SPEC §5, §8): annexes and budget lines from many workbooks in one standard
 * layout, with a source column naming each row's file and sheet, and a summary across units: the
 * deviation per unit with its colour, units with unexplained red deviations first, and ansvar
 * codes that appear in more than one unit.
 */
import type { GenCell, GeneratedSheet, ResolvedOptions, WorkbookInput } from '../types';
import type { PlanModel } from '../model';
import type { BudgetAnalysis, BudgetLine } from '../budget/types';
import type { AnnexAnalysis } from './types';
import { a1, cellOf } from '../cells';
import { analyzeBudgets } from '../budget/analyze-budget';
import { analyzeAnnexes, normalizeKey } from './analyze-annex';
import { annexBlock, annexWidths, HEADER_STYLE, L, NUM_FMT, text, TITLE_STYLE } from './layout';
import { markDifferences, NOTE_WIDTH } from './source-marks';
import { budgetBlock, BUDGET_WIDTHS, isUnexplained, PCT_FMT, statusCell, type BudgetItem } from '../budget/layout';
import { budgetStatus, DEFAULT_BUDGET_THRESHOLDS, parseBudgetThresholds } from '../budget/thresholds';
import { SHEET_TITLES } from '../sheets/naming';

export interface AssembleUnit {
  /** File name shown in the source column and the summary. */
  file: string;
  input: WorkbookInput;
  /** Recognition's output for the file. */
  model: PlanModel;
  /** Already computed analyses; computed from `model` when absent. */
  budgets?: BudgetAnalysis[];
  annexes?: AnnexAnalysis[];
}

const T = {
  unit: { sv: 'Enhet (fil)', en: 'Unit (file)' },
  budget: { sv: 'Budget helår', en: 'Budget (full year)' },
  forecast: { sv: 'Prognos helår', en: 'Forecast (full year)' },
  dev: { sv: 'Avvikelse kr (+ = överskridande)', en: 'Deviation kr (+ = overspend)' },
  share: { sv: 'Avvikelse %', en: 'Deviation %' },
  status: { sv: 'Status', en: 'Status' },
  unexplained: { sv: 'Röda utan analys', en: 'Red without analysis' },
  lines: { sv: 'Antal ansvar', en: 'Cost centres' },
  summaryTitle: { sv: 'Sammanställning per enhet', en: 'Summary by unit' },
  unexplainedTitle: { sv: 'Röda avvikelser utan analys och åtgärd', en: 'Red deviations without analysis and action' },
  repeatedTitle: { sv: 'Ansvarskoder i flera enheter', en: 'Cost centre codes in more than one unit' },
  units: { sv: 'Enheter', en: 'Units' },
  alsoIn: { sv: 'Finns även i', en: 'Also in' },
  budgetTitle: { sv: 'Budgetavvikelser från alla enheter, belopp i kronor', en: 'Budget deviations from all units, amounts in kronor' },
} as const;

export function assemble(units: AssembleUnit[], options: ResolvedOptions): GeneratedSheet[] {
  const lang = options.lang;
  const th = parseBudgetThresholds(options.budgetThresholds) ?? DEFAULT_BUDGET_THRESHOLDS;
  const done = units.map((u) => ({
    ...u,
    budgets: u.budgets ?? analyzeBudgets(u.model, u.input, options),
    annexes: u.annexes ?? analyzeAnnexes(u.model, u.input, options),
  }));

  // Ansvar codes per unit (budget lines and annex rows), to report codes used by several units.
  const filesByKey = new Map<string, { shown: string; files: string[] }>();
  const note = (key: string, file: string) => {
    const k = normalizeKey(key);
    const e = filesByKey.get(k) ?? { shown: key, files: [] };
    if (!e.files.includes(file)) e.files.push(file);
    filesByKey.set(k, e);
  };
  for (const u of done) {
    // A budget line without an ansvar code goes by its name (BudgetLine.key).
    for (const b of u.budgets) for (const l of b.lines) if (!l.isTotal) note(l.key, u.file);
    for (const a of u.annexes) {
      const kc = a.columns.find((c) => c.role === 'key');
      if (kc) for (const r of a.rows) if (r.kind === 'data' && r.texts[kc.col]) note(r.texts[kc.col], u.file);
    }
  }
  const repeated = [...filesByKey.values()].filter((e) => e.files.length > 1);
  const othersFor = (key: string, file: string) => filesByKey.get(normalizeKey(key))!.files.filter((f) => f !== file);

  const sheets: GeneratedSheet[] = [];

  // Summary across units.
  const perUnit = done.map((u) => {
    const lines = u.budgets.flatMap((b) => b.lines.filter((l) => !l.isTotal));
    const budget = lines.reduce((s, l) => s + l.budget, 0);
    const forecast = lines.reduce((s, l) => s + l.forecast, 0);
    const dev = lines.reduce((s, l) => s + l.deviation, 0);
    const abs = lines.reduce((s, l) => s + Math.abs(l.budget), 0);
    const share = abs === 0 ? null : dev / abs;
    const unexplained = lines.filter(isUnexplained);
    return { u, lines, budget, forecast, dev, share, status: lines.length ? budgetStatus(dev, share, th) : ('none' as const), unexplained };
  });
  const anyBudget = perUnit.some((p) => p.lines.length > 0);
  if (anyBudget || repeated.length > 0) {
    const rows: GenCell[][] = [[text(T.summaryTitle[lang], TITLE_STYLE)]];
    if (anyBudget) {
      rows.push([T.unit, T.budget, T.forecast, T.dev, T.share, T.status, T.unexplained, T.lines].map((h) => text(h[lang], { ...HEADER_STYLE, wrap: true })));
      // Most unexplained first; sorting is stable, so otherwise in the order given.
      const ordered = [...perUnit].sort((a, b) => b.unexplained.length - a.unexplained.length);
      for (const p of ordered) {
        rows.push([
          text(p.u.file),
          { v: Math.round(p.budget), numFmt: NUM_FMT },
          { v: Math.round(p.forecast), numFmt: NUM_FMT },
          { v: Math.round(p.dev), numFmt: NUM_FMT },
          { v: p.share, numFmt: PCT_FMT },
          statusCell(p.status, lang),
          { v: p.unexplained.length, ...(p.unexplained.length ? { bold: true, font: 'FF9C0006' } : {}) },
          { v: p.lines.length },
        ]);
      }
      const all = perUnit.flatMap((p) => p.unexplained.map((l) => ({ file: p.u.file, l })));
      if (all.length > 0) {
        rows.push([], [text(T.unexplainedTitle[lang], TITLE_STYLE)]);
        rows.push([T.unit, { sv: 'Källa', en: 'Source' }, L.key, L.name, T.dev, T.share].map((h) => text(h[lang], HEADER_STYLE)));
        for (const { file, l } of all)
          rows.push([
            text(file),
            text(`${l.sheet}!${cellOf(l.commentRef ?? l.keyRef)}`),
            text(l.key),
            text(l.name),
            { v: Math.round(l.deviation), numFmt: NUM_FMT },
            { v: l.deviationShare, numFmt: PCT_FMT },
          ]);
      }
    }
    if (repeated.length > 0) {
      rows.push([], [text(T.repeatedTitle[lang], TITLE_STYLE)]);
      rows.push([text(L.key[lang], HEADER_STYLE), text(T.units[lang], HEADER_STYLE)]);
      for (const e of repeated) rows.push([text(e.shown), text(e.files.join(', '))]);
    }
    sheets.push({ kind: 'summary', name: SHEET_TITLES.summary[lang], rows, colWidths: [30, 16, 16, 18, 12, 9, 14, 12], freezeRows: 0 });
  }

  // Budget lines from all units.
  if (anyBudget) {
    const items: BudgetItem[] = perUnit.flatMap((p) =>
      p.lines.map((line: BudgetLine) => {
        const others = othersFor(line.key, p.u.file);
        return {
          line,
          extra: [text(`${p.u.file} – ${line.sheet}!${cellOf(line.keyRef)}`), text(others.length ? `${T.alsoIn[lang]} ${others.join(', ')}` : null)],
        };
      }),
    );
    const rows: GenCell[][] = [[text(T.budgetTitle[lang], TITLE_STYLE)]];
    rows.push(...budgetBlock(items, lang, th, rows.length, [L.source[lang], L.note[lang]]));
    sheets.push({ kind: 'budget', name: SHEET_TITLES.budget[lang], rows, colWidths: [...BUDGET_WIDTHS, 36, 30], freezeRows: 2 });
  }

  // Annexes from all units.
  const annexRows: GenCell[][] = [];
  let width = 0;
  let notes = false;
  for (const u of done)
    for (const a of u.annexes) {
      const rowOfSource = new Map<GenCell, number>();
      const block = annexBlock(a, lang, annexRows.length, (row) => {
        const cell = text(`${u.file} – ${a.sheet}!${a1(row.r, 0)}`);
        rowOfSource.set(cell, row.r);
        return cell;
      }, `${u.file}: `);
      width = Math.max(width, ...block.map((r) => r.length));
      // A unit's wrong total stays visible in the assembled sheet, as in its own Bilagor sheet.
      if (markDifferences(block, a, rowOfSource, lang)) notes = true;
      annexRows.push(...block, []);
    }
  if (annexRows.length > 0) {
    annexRows.pop();
    const colWidths = annexWidths(width);
    if (notes) colWidths.push(NOTE_WIDTH);
    sheets.push({ kind: 'annexes', name: SHEET_TITLES.annexes[lang], rows: annexRows, colWidths });
  }
  return sheets;
}
