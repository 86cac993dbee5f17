import { describe, expect, it } from 'vitest';
import type { Ref } from '../model';
import type { BudgetLine } from './types';
import { isUnexplained, missingExplanation } from './explanation';

const at = { r: 1, c: 1 } as unknown as Ref;
/** A budget line with only what the rule reads: total, status, the texts and whether their columns exist. */
function line(o: { status?: BudgetLine['status']; isTotal?: boolean; comment?: string | null; commentCol?: boolean; action?: string | null; actionCol?: boolean }): BudgetLine {
  return {
    status: o.status ?? 'red',
    isTotal: o.isTotal ?? false,
    comment: o.comment ?? null,
    action: o.action ?? null,
    ...(o.commentCol ? { commentRef: at } : {}),
    ...(o.actionCol ? { actionRef: at } : {}),
  } as BudgetLine;
}

describe('missingExplanation: what a red deviation still lacks (SPEC §4)', () => {
  it.each<[string, Parameters<typeof line>[0], ReturnType<typeof missingExplanation>]>([
    // One column for both (Kommentar, Analys och åtgärd).
    ['red, comment column empty', { commentCol: true }, 'comment'],
    ['red, comment written', { commentCol: true, comment: 'Fler placeringar än budgeterat' }, null],
    ['red, only an åtgärd column, empty', { actionCol: true }, 'comment'],
    ['red, only an åtgärd column, written', { actionCol: true, action: 'Översyn av bemanning' }, null],
    ['red, no column for it at all', {}, 'comment'],
    // Analysis and åtgärd columns: both must be filled.
    ['red, both columns empty', { commentCol: true, actionCol: true }, 'both'],
    ['red, action without analysis', { commentCol: true, actionCol: true, action: 'Översyn' }, 'analysis'],
    ['red, analysis without action', { commentCol: true, actionCol: true, comment: 'Fler placeringar' }, 'action'],
    ['red, both written', { commentCol: true, actionCol: true, comment: 'Fler placeringar', action: 'Översyn' }, null],
    // Only red lines that are not totals need one.
    ['yellow, nothing written', { status: 'yellow', commentCol: true, actionCol: true }, null],
    ['green, nothing written', { status: 'green', commentCol: true }, null],
    ['a red total', { isTotal: true, commentCol: true }, null],
  ])('%s', (_, o, expected) => {
    const l = line(o);
    expect(missingExplanation(l)).toBe(expected);
    expect(isUnexplained(l)).toBe(expected !== null);
  });
});
