import { describe, expect, it } from 'vitest';
import rule from './redthread-goal-without-activity';
import type { PlanModel } from '../model';
import { G002, UP, context, goal, run, seed002Model, seed003Model } from '../../../test/fixtures/plan-model';

const drop = (m: PlanModel, goalName: string): PlanModel => ({ ...m, activities: m.activities.filter((a) => a.goal !== goalName) });

describe('redthread.goal-without-activity', () => {
  it.each<[string, () => PlanModel, [string, string][]]>([
    ['seed 003: every nämndmål has an activity', () => seed003Model(), []],
    ['seed 002: both implicit goals have activities', () => seed002Model(), []],
    ['nämndmål 2 without activities', () => drop(seed003Model(), 'Mål 2'), [['Mål', 'C9']]],
    ['seed 002 without the welfare goal’s activities: at the first Mål cell naming it', () => drop(seed002Model(), G002[0]), [['Verksamhetsplan', 'A2']]],
    [
      'a verksamhetsmål under nämndmål 2 takes over: it needs activities, nämndmål 2 no longer does',
      () => {
        const m = seed003Model();
        return { ...m, goals: [...m.goals, goal(14, 'VM 2.1', 'Verksamhetsmål', 'Systematiskt kvalitetsarbete i alla enheter', [UP[1]])] };
      },
      [['Mål', 'C15']],
    ],
  ])('%s', (_name, build, expected) => {
    const found = run(rule, context(build()));
    expect(found.map((f) => [f.sheet, f.cell])).toEqual(expected);
    for (const f of found) expect(f.severity).toBe('warning');
  });

  it('says how to fix it, in English too', () => {
    expect(run(rule, context(drop(seed003Model(), 'Mål 2'), { lang: 'en' }))[0].message).toBe(
      'The goal "Mål 2 Kvaliteten i verksamheten ska kontinuerligt utvecklas …" has no activity. Add at least one activity that says how the goal will be reached.',
    );
  });
});
