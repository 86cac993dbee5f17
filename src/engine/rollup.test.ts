import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assessGoal, countStatuses, goalCounts, indicatorStatus, type GoalCounts } from './rollup';
import type { IndicatorAnalysis } from './results/types';
import type { GoalGraph, GoalNode } from './redthread/types';
import type { Status } from './types';
import { analysis, context, goal, indicator, model, seed003Model } from '../../test/fixtures/plan-model';

/** An indicator analysis whose current result has the status (or none at all: nothing due). */
const ia = (status: Status | null): IndicatorAnalysis => ({ current: status === null ? null : { status } }) as unknown as IndicatorAnalysis;

/** A goal graph from parent lists (node i's parents) and each node's own indicators. */
function graph(parents: number[][], indicators: number[][]): GoalGraph {
  const nodes: GoalNode[] = parents.map((p, i) => ({
    index: i,
    goal: goal(i + 1, `Mål ${i + 1}`, null, `Mål ${i + 1}`),
    rank: 0,
    level: null,
    parents: p,
    children: parents.flatMap((q, j) => (q.includes(i) ? [j] : [])),
    indicators: indicators[i] ?? [],
    activities: [],
    implicit: false,
    leaf: false,
  }));
  return { nodes, roots: nodes.filter((n) => n.parents.length === 0).map((n) => n.index), implicit: false, indicatorGoal: [], activityGoal: [], issues: [] };
}

const counts = (green: number, yellow: number, red: number, missing: number): GoalCounts => ({ green, yellow, red, missing });

describe('indicatorStatus: the status at the chosen period', () => {
  it.each<[Status | null, string]>([
    ['green', 'green'],
    ['yellow', 'yellow'],
    ['red', 'red'],
    // A result that is due but missing or unreadable counts as without result, as does nothing due.
    ['none', 'missing'],
    [null, 'missing'],
  ])('%s → %s', (status, want) => {
    expect(indicatorStatus(ia(status))).toBe(want);
  });
});

describe('countStatuses: the whole workbook’s counts', () => {
  it('counts each indicator once by its status', () => {
    expect(countStatuses([ia('green'), ia('red'), ia('green'), ia('none'), ia(null), ia('yellow')])).toEqual(counts(2, 1, 1, 2));
    expect(countStatuses([])).toEqual(counts(0, 0, 0, 0));
  });
});

describe('goalCounts: a goal counts its own indicators and those of the goals below it', () => {
  it('seed 003: a KF-mål counts the nämndmål that serve it; a nämndmål only its own', () => {
    const m = seed003Model();
    const statuses: Status[] = ['green', 'red', 'yellow', 'green', 'none', 'red', 'green'];
    const ctx = context(m, { indicators: m.indicators.map((x, i) => analysis(x, [['year', statuses[i]]])) });
    const c = goalCounts(ctx.graph, ctx.indicators);
    const byId = (level: string, id: string) => c[ctx.graph.nodes.findIndex((n) => n.goal.level === level && n.goal.id === id)];
    // KF Mål 4 is served by all seven nämndmål.
    expect(byId('KF-mål', 'Mål 4')).toEqual(counts(3, 1, 2, 1));
    // KF Mål 1 only by nämndmål 1.
    expect(byId('KF-mål', 'Mål 1')).toEqual(counts(1, 0, 0, 0));
    // KF Mål 5 by none.
    expect(byId('KF-mål', 'Mål 5')).toEqual(counts(0, 0, 0, 0));
    expect(byId('Uppdragsplanens mål', 'Mål 2')).toEqual(counts(0, 0, 1, 0));
  });

  it('an indicator reached along two paths (a diamond) counts once', () => {
    // 0 ← 1, 0 ← 2, 1 ← 3, 2 ← 3: node 3's indicator reaches node 0 twice.
    const g = graph([[], [0], [0], [1, 2]], [[0], [], [1], [2]]);
    const c = goalCounts(g, [ia('green'), ia('red'), ia('yellow')]);
    expect(c).toEqual([counts(1, 1, 1, 0), counts(0, 1, 0, 0), counts(0, 1, 1, 0), counts(0, 1, 0, 0)]);
  });

  it('a cycle does not loop, and each goal in it counts what it reaches', () => {
    // 0 → 1 → 2 → 0 (parents), each with one indicator; 3 hangs below 2.
    const g = graph([[2], [0], [1], [2]], [[0], [1], [2], [3]]);
    const c = goalCounts(g, [ia('green'), ia('yellow'), ia('red'), ia(null)]);
    // Every goal of the cycle reaches the other two and, through 2, goal 3: the same counts whichever is counted first.
    expect(c).toEqual([counts(1, 1, 1, 1), counts(1, 1, 1, 1), counts(1, 1, 1, 1), counts(0, 0, 0, 1)]);
  });

  it('a goal without indicators below it counts nothing', () => {
    const m = model({ goals: seed003Model().goals.slice(0, 2), indicators: [indicator(1, 'Ensam indikator', null, { noGoalCol: true })] });
    const ctx = context(m);
    expect(goalCounts(ctx.graph, ctx.indicators)).toEqual([counts(0, 0, 0, 0), counts(0, 0, 0, 0)]);
  });

  it('property: a goal counts at least what each of its children counts, and no indicator twice', () => {
    // Random forests and DAGs: node i may have parents among 0..i-1.
    const dag = fc.integer({ min: 1, max: 8 }).chain((n) =>
      fc.tuple(
        fc.tuple(...Array.from({ length: n }, (_, i) => fc.subarray(Array.from({ length: i }, (_, j) => j), { maxLength: Math.min(2, i) }))),
        fc.array(fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.constantFrom<Status | null>('green', 'yellow', 'red', 'none', null)), { maxLength: 10 }),
      ),
    );
    fc.assert(
      fc.property(dag, ([parents, inds]) => {
        const own = parents.map((_, i) => inds.flatMap(([g], k) => (g === i ? [k] : [])));
        const g = graph(parents, own);
        const c = goalCounts(g, inds.map(([, s]) => ia(s)));
        const total = (x: GoalCounts) => x.green + x.yellow + x.red + x.missing;
        for (const n of g.nodes) {
          for (const ch of n.children) for (const k of ['green', 'yellow', 'red', 'missing'] as const) expect(c[n.index][k]).toBeGreaterThanOrEqual(c[ch][k]);
          expect(total(c[n.index])).toBeLessThanOrEqual(inds.length);
          expect(total(c[n.index])).toBeGreaterThanOrEqual(own[n.index].length);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('assessGoal (SPEC §6)', () => {
  it.each<[string, GoalCounts, string]>([
    ['every assessed indicator green', counts(3, 0, 0, 2), 'met'],
    ['one green alone', counts(1, 0, 0, 0), 'met'],
    ['one yellow among greens', counts(3, 1, 0, 0), 'partly'],
    ['exactly half red: not more than half', counts(1, 0, 1, 0), 'partly'],
    ['two red of four', counts(1, 1, 2, 0), 'partly'],
    ['more than half red', counts(1, 0, 2, 0), 'not-met'],
    ['all red', counts(0, 0, 1, 3), 'not-met'],
    ['all yellow', counts(0, 2, 0, 0), 'partly'],
    ['no result yet', counts(0, 0, 0, 4), 'not-assessed'],
    ['no indicators', counts(0, 0, 0, 0), 'not-assessed'],
  ])('%s → %s', (_l, c, want) => {
    expect(assessGoal(c)).toBe(want);
  });

  it('property: indicators without result never change the assessment', () => {
    fc.assert(
      fc.property(fc.nat(6), fc.nat(6), fc.nat(6), fc.nat(6), (g, y, r, m) => {
        expect(assessGoal(counts(g, y, r, m))).toBe(assessGoal(counts(g, y, r, 0)));
      }),
    );
  });
});
