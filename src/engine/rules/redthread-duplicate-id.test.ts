import { describe, expect, it } from 'vitest';
import rule from './redthread-duplicate-id';
import type { PlanModel } from '../model';
import { context, run, seed003Model, withGoal } from '../../../test/fixtures/plan-model';

describe('redthread.duplicate-id', () => {
  it.each<[string, () => PlanModel, [string, string][]]>([
    ['seed 003: KF `Mål 1` and nämndmål `Mål 1` are on different levels', () => seed003Model(), []],
    ['nämndmål 4 written as `Mål 3`: at the second id cell', () => withGoal(seed003Model(), 9, { id: 'Mål 3' }), [['Mål', 'A11']]],
    ['ids compare case- and space-folded (`mål  3`)', () => withGoal(seed003Model(), 9, { id: 'mål  3' }), [['Mål', 'A11']]],
    ['without an id cell: at the goal text', () => withGoal(seed003Model(), 9, { id: 'Mål 3', idRef: undefined }), [['Mål', 'C11']]],
    ['three goals sharing an id: the second and third', () => withGoal(withGoal(seed003Model(), 9, { id: 'Mål 3' }), 10, { id: 'Mål 3' }), [['Mål', 'A11'], ['Mål', 'A12']]],
  ])('%s', (_name, build, expected) => {
    const found = run(rule, context(build()));
    expect(found.map((f) => [f.sheet, f.cell])).toEqual(expected);
    for (const f of found) expect(f.severity).toBe('error');
  });

  it('points at the first use', () => {
    const [f] = run(rule, context(withGoal(seed003Model(), 9, { id: 'Mål 3' })));
    expect(f.message).toBe(
      'Id "Mål 3" används redan av ett annat mål (Mål!A10). Ge målet "Mål 3 Valfriheten, tryggheten och kvaliteten i vård och …" ett eget id så att länkarna blir entydiga.',
    );
  });
});
