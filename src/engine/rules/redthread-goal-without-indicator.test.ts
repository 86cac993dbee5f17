import { describe, expect, it } from 'vitest';
import rule from './redthread-goal-without-indicator';
import type { PlanModel } from '../model';
import { G002, KF, context, goal, model, run, seed002Model, seed003Model } from '../../../test/fixtures/plan-model';

const drop = (m: PlanModel, goalName: string): PlanModel => ({ ...m, indicators: m.indicators.filter((i) => i.goal !== goalName) });

describe('redthread.goal-without-indicator', () => {
  it.each<[string, () => PlanModel, [string, string][]]>([
    ['seed 003: every nämndmål has an indicator; KF-mål have child goals or are top-level', () => seed003Model(), []],
    ['seed 002: both implicit goals have indicators', () => seed002Model(), []],
    ['nämndmål 7 without indicators: at its text cell', () => drop(seed003Model(), 'Mål 7'), [['Mål', 'C14']]],
    ['a goal with child goals needs none of its own (KF-mål 4 has none in seed 003)', () => seed003Model(), []],
    ['seed 002 with the organisation goal named only by activities: at the first cell naming it', () => drop(seed002Model(), G002[1]), [['Verksamhetsplan', 'A4']]],
    [
      'one-level plan: KF-mål without links, indicators or activities are each where work happens',
      () => model({ goals: KF.slice(0, 2).map((t, i) => goal(1 + i, `Mål ${i + 1}`, null, t, [], { noParentCol: true })) }),
      [['Mål', 'C2'], ['Mål', 'C3']],
    ],
  ])('%s', (_name, build, expected) => {
    const found = run(rule, context(build()));
    expect(found.map((f) => [f.sheet, f.cell])).toEqual(expected);
    for (const f of found) {
      expect(f.code).toBe('redthread.goal-without-indicator');
      expect(f.severity).toBe('warning');
    }
  });

  it('says how to fix it', () => {
    expect(run(rule, context(drop(seed003Model(), 'Mål 7')))[0].message).toBe(
      'Målet "Mål 7 Uppnå en ekonomi i balans genom effektivt …" har ingen indikator. Lägg till minst en indikator som mäter målet, så att det kan följas upp.',
    );
  });
});
