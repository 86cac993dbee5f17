import { describe, expect, it } from 'vitest';
import rule from './redthread-activity-without-goal';
import type { PlanModel } from '../model';
import { activity, context, run, seed002Model, seed003Model } from '../../../test/fixtures/plan-model';

/** Seed 002's `Budgetuppdrag · Aktiviteter · …` table: no goal column. */
function budgetuppdrag(m: PlanModel): PlanModel {
  const t = 'Verksamhetsplan!A30';
  const rows = ['Ta fram riktlinjer för arbetsskor', 'Personalplanering Effektiv bemanning', 'Översyn av placeringar, omförhandla avtal'].map((a, i) =>
    activity(30 + i, a, null, { tableId: t, noGoalCol: true, responsible: 'Enhetschef' }),
  );
  return { ...m, activities: [...m.activities, ...rows], tablesWithoutGoal: [{ tableId: t, sheet: 'Verksamhetsplan', cell: 'A30', kind: 'activities' }] };
}

describe('redthread.activity-without-goal', () => {
  it.each<[string, () => PlanModel, [string, string][]]>([
    ['seed 003: every activity names its nämndmål', () => seed003Model(), []],
    ['seed 002: the Mål column names a goal on every row', () => seed002Model(), []],
    [
      'seed 003 activity b) with a blank goal: at the activity text',
      () => {
        const m = seed003Model();
        return { ...m, activities: m.activities.map((x, i) => (i === 1 ? { ...x, goal: null } : x)) };
      },
      [['Verksamhetsplan', 'B3']],
    ],
    ['seed 002 Budgetuppdrag table: one finding at the table', () => budgetuppdrag(seed002Model()), [['Verksamhetsplan', 'A30']]],
  ])('%s', (_name, build, expected) => {
    const found = run(rule, context(build()));
    expect(found.map((f) => [f.sheet, f.cell])).toEqual(expected);
    for (const f of found) expect(f.severity).toBe('error');
  });

  it('table message in English', () => {
    expect(run(rule, context(budgetuppdrag(seed002Model()), { lang: 'en' }))[0].message).toBe(
      "The table's 3 activities belong to no goal: the table has no goal column and no goal heading above it. Add a Goal column or write the goal as a heading above the table.",
    );
  });
});
