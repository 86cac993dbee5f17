import { describe, expect, it } from 'vitest';
import rule from './redthread-missing-parent';
import type { PlanModel } from '../model';
import { KF, UP, UP_PARENTS, context, goal, run, seed002Model, seed003Model, withGoal } from '../../../test/fixtures/plan-model';

/** Seed 003 without a level column: KF-mål on sheet Mål, nämndmål on sheet Uppdragsplan. */
function noLevels(blankParentOf: number): PlanModel {
  const m = seed003Model();
  return {
    ...m,
    goals: [
      ...KF.map((t, i) => goal(1 + i, `Mål ${i + 1}`, null, t, [], { noParentCol: true })),
      ...UP.map((t, i) => goal(1 + i, `Mål ${i + 1}`, null, t, i === blankParentOf ? [] : UP_PARENTS[i], { sheet: 'Uppdragsplan' })),
    ],
  };
}

describe('redthread.missing-parent', () => {
  it.each<[string, () => PlanModel, [string, string][]]>([
    ['seed 003 as written: every nämndmål links to a KF-mål; KF-mål are the top', () => seed003Model(), []],
    ['seed 002: no goals table, goals from the Mål column are one level', () => seed002Model(), []],
    ['nämndmål 3 with a blank Övergripande mål cell: at the link cell', () => withGoal(seed003Model(), 8, { parents: [] }), [['Mål', 'D10']]],
    [
      'nämndmål 3 without a link column at all: at the goal text',
      () => withGoal(seed003Model(), 8, { parents: [], parentRef: undefined }),
      [['Mål', 'C10']],
    ],
    ['no level column: blank link among linked nämndmål', () => noLevels(1), [['Uppdragsplan', 'D3']]],
    ['no level column, every link present', () => noLevels(-1), []],
  ])('%s', (_name, build, expected) => {
    const found = run(rule, context(build()));
    expect(found.map((f) => [f.sheet, f.cell])).toEqual(expected);
    for (const f of found) {
      expect(f.code).toBe('redthread.missing-parent');
      expect(f.severity).toBe('error');
    }
  });

  it('says which goal and how to fix it, in Swedish and English', () => {
    const m = withGoal(seed003Model(), 8, { parents: [] });
    expect(run(rule, context(m))[0].message).toBe(
      'Målet "Mål 3 Vård- och omsorgsnämndens verksamheter ska fortsätta …" saknar länk till ett överordnat mål. Skriv in id eller text för det mål på nivån ovanför som det bidrar till.',
    );
    expect(run(rule, context(m, { lang: 'en' }))[0].message).toMatch(/^The goal "Mål 3 .*" has no link to a parent goal\. Enter/);
  });
});
