/** Every check, one file per finding code (SPEC §7). */
import type { Finding } from '../types';
import type { Rule, RuleContext } from './rule';
import thresholdMissing from './threshold-missing';
import thresholdUnparseable from './threshold-unparseable';
import thresholdDirectionConflict from './threshold-direction-conflict';
import thresholdOverlap from './threshold-overlap';
import thresholdGap from './threshold-gap';
import thresholdNoYellowBand from './threshold-no-yellow-band';
import thresholdNeedsBaseline from './threshold-needs-baseline';
import resultMissing from './result-missing';
import resultUnparseable from './result-unparseable';
import resultSegmentMissing from './result-segment-missing';
import resultNoComparison from './result-no-comparison';
import redthreadMissingParent from './redthread-missing-parent';
import redthreadUnknownParent from './redthread-unknown-parent';
import redthreadWrongLevel from './redthread-wrong-level';
import redthreadCycle from './redthread-cycle';
import redthreadDuplicateId from './redthread-duplicate-id';
import redthreadGoalWithoutIndicator from './redthread-goal-without-indicator';
import redthreadGoalWithoutActivity from './redthread-goal-without-activity';
import redthreadIndicatorWithoutGoal from './redthread-indicator-without-goal';
import redthreadActivityWithoutGoal from './redthread-activity-without-goal';
import redthreadUnknownGoal from './redthread-unknown-goal';
import responsibleMissing from './responsible-missing';
import budgetDeviationUnexplained from './budget-deviation-unexplained';
import budgetDeviationMismatch from './budget-deviation-mismatch';
import annexTotalMismatch from './annex-total-mismatch';
import annexTotalRounding from './annex-total-rounding';
import annexSumRangeIncomplete from './annex-sum-range-incomplete';
import annexDuplicateKey from './annex-duplicate-key';
import annexUnitSuspect from './annex-unit-suspect';
import sheetUnreadable from './sheet-unreadable';
import workbookNoTables from './workbook-no-tables';

export const ALL_RULES: Rule[] = [
  thresholdMissing,
  thresholdUnparseable,
  thresholdDirectionConflict,
  thresholdOverlap,
  thresholdGap,
  thresholdNoYellowBand,
  thresholdNeedsBaseline,
  resultMissing,
  resultUnparseable,
  resultSegmentMissing,
  resultNoComparison,
  redthreadMissingParent,
  redthreadUnknownParent,
  redthreadWrongLevel,
  redthreadCycle,
  redthreadDuplicateId,
  redthreadGoalWithoutIndicator,
  redthreadGoalWithoutActivity,
  redthreadIndicatorWithoutGoal,
  redthreadActivityWithoutGoal,
  redthreadUnknownGoal,
  responsibleMissing,
  budgetDeviationUnexplained,
  budgetDeviationMismatch,
  annexTotalMismatch,
  annexTotalRounding,
  annexSumRangeIncomplete,
  annexDuplicateKey,
  annexUnitSuspect,
  sheetUnreadable,
  workbookNoTables,
];

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Runs every rule; a rule that throws becomes a `sheet.unreadable`-style note, never a crash. */
export function runRules(ctx: RuleContext, rules: Rule[] = ALL_RULES): Finding[] {
  const out: Finding[] = [];
  for (const rule of rules) {
    let hits;
    try {
      hits = rule.check(ctx);
    } catch (e) {
      // A bug in one check must not lose the rest of the report.
      out.push({
        code: rule.code,
        severity: 'info',
        sheet: '',
        cell: '',
        message:
          ctx.options.lang === 'sv'
            ? `Kontrollen ${rule.code} kunde inte köras: ${(e as Error).message}`
            : `The check ${rule.code} could not run: ${(e as Error).message}`,
      });
      continue;
    }
    for (const h of hits) {
      out.push({ code: rule.code, severity: rule.severity, sheet: h.sheet, cell: h.cell, message: rule.message[ctx.options.lang](h.params) });
    }
  }
  return out;
}

/** Stable order for reports: by sheet order in the workbook, then row, column, code. */
export function sortFindings(findings: Finding[], sheetOrder: string[]): Finding[] {
  const idx = new Map(sheetOrder.map((s, i) => [s, i]));
  const rc = (cell: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(cell);
    if (!m) return [0, 0];
    let c = 0;
    for (const ch of m[1]) c = c * 26 + ch.charCodeAt(0) - 64;
    return [Number(m[2]), c];
  };
  // Each finding's place read once, not once per comparison (a long plan has thousands).
  const keyed = findings.map((f) => {
    const [r, c] = rc(f.cell);
    return { f, s: idx.get(f.sheet) ?? -1, r, c };
  });
  keyed.sort((a, b) => a.s - b.s || a.r - b.r || a.c - b.c || SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || a.f.code.localeCompare(b.f.code));
  return keyed.map((k) => k.f);
}
