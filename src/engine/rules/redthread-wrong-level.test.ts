import { describe, expect, it } from 'vitest';
import rule from './redthread-wrong-level';
import type { PlanModel } from '../model';
import { UP, context, goal, run, seed003Model, withGoal } from '../../../test/fixtures/plan-model';

const verksamhetsmal = (parents: string[], level = 'Verksamhetsmål') =>
  goal(14, 'VM 1', level, 'Fler brukare ska ha en aktuell genomförandeplan', parents);

describe('redthread.wrong-level', () => {
  it.each<[string, () => PlanModel, [string, string][]]>([
    ['seed 003: uppdragsplanens mål → KF-mål', () => seed003Model(), []],
    ['verksamhetsmål → nämndmål', () => ({ ...seed003Model(), goals: [...seed003Model().goals, verksamhetsmal([UP[1]])] }), []],
    ['Enhetsmål → KF-mål skips levels but goes up', () => ({ ...seed003Model(), goals: [...seed003Model().goals, verksamhetsmal(['Mål 4'], 'Enhetsmål')] }), []],
    ['nämndmål 7 → nämndmål 6 (same level)', () => withGoal(seed003Model(), 12, { parents: [UP[5]] }), [['Mål', 'D14']]],
    ['KF-mål 5 → nämndmål 2 (a lower level)', () => withGoal(seed003Model(), 4, { parents: [UP[1]] }), [['Mål', 'D6']]],
    ['Nämndmål → Vision is fine; Vision → Nämndmål is not', () => {
      const m = seed003Model();
      return { ...m, goals: [goal(15, 'V', 'Vision', 'Norrköping – en stad att längta till', [UP[1]]), ...m.goals] };
    }, [['Mål', 'D16']]],
    ['without levels nothing can be on the wrong level', () => {
      const m = seed003Model();
      return { ...m, goals: m.goals.map((g, i) => (i === 12 ? { ...g, level: null, parents: [UP[5]] } : { ...g, level: null })) };
    }, []],
  ])('%s', (_name, build, expected) => {
    const found = run(rule, context(build()));
    expect(found.map((f) => [f.sheet, f.cell])).toEqual(expected);
    for (const f of found) {
      expect(f.code).toBe('redthread.wrong-level');
      expect(f.severity).toBe('warning');
    }
  });

  it('names both levels, Swedish and English', () => {
    const m = withGoal(seed003Model(), 12, { parents: [UP[5]] });
    expect(run(rule, context(m))[0].message).toBe(
      'Målet "Mål 7 Uppnå en ekonomi i balans genom effektivt …" (Nämndmål) länkar till "Mål 6 Vård- och omsorgsnämndens verksamheter ska arbeta med …" (Nämndmål), som inte ligger på en högre nivå. Länka till ett mål på nivån ovanför eller rätta nivån.',
    );
    expect(run(rule, context(m, { lang: 'en' }))[0].message).toContain('(Committee goal) links to');
  });
});
