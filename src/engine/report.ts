/** The JSON report of SPEC §8 for one workbook (the CLI adds `file`). */
import type { FileReport, Finding, ReportGoal, WorkbookInput } from './types';
import type { RuleContext } from './rules/rule';
import { sortFindings } from './rules';
import { assessGoal, goalCounts } from './rollup';
import { cellOf } from './cells';

export function sheetKinds(input: WorkbookInput, ctx: RuleContext): { name: string; kind: string }[] {
  const owned = new Set(input.ownedSheets);
  return input.sheets.map((s) => {
    if (owned.has(s.name)) return { name: s.name, kind: 'planark' };
    const kinds = [...new Set(ctx.model.tables.filter((t) => t.sheet === s.name).map((t) => t.kind))];
    return { name: s.name, kind: kinds.length === 0 ? 'none' : kinds.length === 1 ? kinds[0] : 'mixed' };
  });
}

export function buildReport(input: WorkbookInput, ctx: RuleContext, findings: Finding[]): Omit<FileReport, 'file'> {
  const { graph, indicators, budgets } = ctx;
  const counts = goalCounts(graph, indicators);
  const goals: ReportGoal[] = graph.nodes.map((n) => {
    const parent = n.parents.length ? graph.nodes[n.parents[0]].goal : null;
    return {
      id: n.goal.id,
      level: n.level ?? n.goal.level,
      text: n.goal.text,
      parent: parent ? (parent.id ?? parent.text) : null,
      counts: counts[n.index],
      assessment: assessGoal(counts[n.index]),
    };
  });
  return {
    sheets: sheetKinds(input, ctx),
    findings: sortFindings(findings, input.sheets.map((s) => s.name)),
    indicators: indicators.map((ia) => ({
      sheet: ia.indicator.sheet,
      row: ia.indicator.row + 1,
      name: ia.indicator.name,
      goal: ia.indicator.goal,
      direction: ia.direction,
      results: ia.results.map((ev) => ({
        cell: cellOf(ev.result.ref),
        period: ev.period,
        value: ev.value,
        status: ev.status,
        reason: ev.reason,
      })),
    })),
    goals,
    budget: budgets.flatMap((b) =>
      b.lines
        .filter((l) => !l.isTotal)
        .map((l) => ({
          sheet: l.sheet,
          row: l.row + 1,
          key: l.key,
          budget: l.budget,
          forecast: l.forecast,
          deviation: l.deviation,
          deviationShare: l.deviationShare,
          status: l.status,
        })),
    ),
  };
}
