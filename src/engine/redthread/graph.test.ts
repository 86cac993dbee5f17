import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildGoalGraph, byDocument, documentOrder, linkKey, type Item } from './graph';
import type { Goal, PlanModel } from '../model';
import { AREA1, G002, KF, UP, activity, goal, indicator, model, seed002Model, seed003Model, withGoal } from '../../../test/fixtures/plan-model';
import { cellOf } from '../cells';

const ids = (m: PlanModel, xs: number[]) => xs.map((i) => `${m.goals[i].level}:${m.goals[i].id}`);

describe('buildGoalGraph', () => {
  it('seed 003: nämndmål link to KF-mål by text with footnote marks; several parents per cell', () => {
    const m = seed003Model();
    const g = buildGoalGraph(m);
    expect(g.implicit).toBe(false);
    expect(g.issues).toEqual([]);
    expect(ids(m, g.roots)).toEqual(['KF-mål:Mål 1', 'KF-mål:Mål 2', 'KF-mål:Mål 3', 'KF-mål:Mål 4', 'KF-mål:Mål 5', 'KF-mål:Mål 6']);
    expect(ids(m, g.nodes[6].parents)).toEqual(['KF-mål:Mål 1', 'KF-mål:Mål 4']);
    expect(ids(m, g.nodes[9].parents)).toEqual(['KF-mål:Mål 2', 'KF-mål:Mål 4', 'KF-mål:Mål 6']);
    expect(ids(m, g.nodes[12].parents)).toEqual(['KF-mål:Mål 4']); // trailing full stop in the link
    expect(g.nodes.map((n) => n.rank)).toEqual([2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3]);
    expect(g.nodes[0].level).toBe('Fullmäktigemål');
    expect(g.nodes[6].level).toBe('Nämndmål');
    expect(g.nodes.map((n) => n.leaf)).toEqual([false, false, false, false, false, false, true, true, true, true, true, true, true]);
  });

  it('seed 003: `Mål 1` from an indicator means the nämndmål, the lowest goal with that id', () => {
    const g = buildGoalGraph(seed003Model());
    expect(g.indicatorGoal).toEqual([6, 7, 8, 9, 10, 11, 12]);
    expect(g.activityGoal).toEqual([6, 7, 8, 9, 10, 11, 12]);
    expect(g.nodes[6].indicators).toEqual([0]);
    expect(g.nodes[0].indicators).toEqual([]);
  });

  it('seed 002 alone: the Mål column names two implicit goals, one level, with their rows', () => {
    const g = buildGoalGraph(seed002Model());
    expect(g.implicit).toBe(true);
    expect(g.nodes.map((n) => [n.goal.text, cellOf(n.goal.textRef), n.implicit, n.leaf, n.rank])).toEqual([
      [G002[0], 'A2', true, true, 0],
      [G002[1], 'A4', true, true, 0],
    ]);
    expect(g.nodes.map((n) => [n.indicators, n.activities])).toEqual([
      [[0, 1], [0, 1]],
      [[2, 3, 4], [2, 3, 4]],
    ]);
    expect(g.roots).toEqual([0, 1]);
    expect(g.issues).toEqual([]);
  });

  it('implicit goals match names case- and space-folded', () => {
    const m = model({
      indicators: [indicator(1, 'HME', 'Hållbar och effektiv organisation'), indicator(2, 'Sjukfrånvaro', 'hållbar  och EFFEKTIV organisation')],
      activities: [activity(3, 'Hållbara scheman', 'Hållbar och effektiv organisation ')],
    });
    const g = buildGoalGraph(m);
    expect(g.nodes).toHaveLength(1);
    expect(g.nodes[0].indicators).toEqual([0, 1]);
    expect(g.nodes[0].activities).toEqual([0]);
  });

  it('without a level column, ranks come from the position in the tree', () => {
    const m = seed003Model();
    const g = buildGoalGraph({ ...m, goals: m.goals.map((x) => ({ ...x, level: null })) });
    expect(g.nodes.map((n) => n.rank)).toEqual([0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1]);
    expect(g.issues).toEqual([]);
  });

  it('a goal with no link falls back on its målområde when that names a goal', () => {
    const m = model({
      goals: [goal(1, 'MO 1', 'Målområde', AREA1, []), goal(2, 'Mål 1', 'Nämndmål', UP[0], [], { area: AREA1 })],
      indicators: [indicator(1, 'Andel uppföljda ärenden', 'Mål 1')],
      activities: [activity(1, 'Kartlägga tiden från ansökan till verkställt beslut', 'Mål 1')],
    });
    const g = buildGoalGraph(m);
    expect(g.nodes[1].parents).toEqual([0]);
    expect(g.issues).toEqual([]);
  });

  it('links by bare number and by `id text`', () => {
    const m = withGoal(withGoal(seed003Model(), 7, { parents: ['4'] }), 8, { parents: [`Mål 4 ${KF[3]}`] });
    const g = buildGoalGraph(m);
    expect(g.nodes[7].parents).toEqual([3]);
    expect(g.nodes[8].parents).toEqual([3]);
  });

  it('linkKey folds case, spaces, footnote marks and separators', () => {
    expect(linkKey('Mål 1 Alla norrköpingsbor som kan arbeta ska arbeta ⁴')).toBe('mål 1 alla norrköpingsbor som kan arbeta ska arbeta');
    expect(linkKey('Mål 2:  Kvaliteten, i verksamheten.')).toBe('mål 2 kvaliteten i verksamheten');
  });

  it('property: any goals and links: never throws, edges mirror, issues point at cells of the model', () => {
    const goalArb = fc.record({
      id: fc.option(fc.constantFrom('Mål 1', 'Mål 2', 'Mål 3', '1', '2', 'A'), { nil: null }),
      level: fc.option(fc.constantFrom('KF-mål', 'Nämndmål', 'Verksamhetsmål', 'Vision', 'okänd'), { nil: null }),
      text: fc.oneof(fc.constantFrom(...KF, ...UP), fc.string({ maxLength: 12 })),
      parents: fc.array(fc.oneof(fc.constantFrom('Mål 1', 'Mål 2', '3', ...KF, ...UP), fc.string({ maxLength: 8 })), { maxLength: 3 }),
      parentCol: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(goalArb, { maxLength: 10 }),
        fc.array(fc.option(fc.oneof(fc.constantFrom('Mål 1', '2', ...KF), fc.string({ maxLength: 8 })), { nil: null }), { maxLength: 6 }),
        (gs, refs) => {
          // Names of punctuation only (`--`, `!`) name no goal, as in the graph.
          const goals: Goal[] = gs.map((x, i) => goal(1 + i, x.id, x.level, x.text, x.parents, { noParentCol: !x.parentCol }));
          const m = model({ goals, indicators: refs.map((r, i) => indicator(1 + i, `Indikator ${i}`, r)) });
          const g = buildGoalGraph(m);
          expect(g.nodes).toHaveLength(goals.length === 0 ? new Set(refs.filter((r) => r && /[\p{L}\p{N}]/u.test(linkKey(r))).map((r) => linkKey(r!))).size : goals.length);
          for (const n of g.nodes) {
            for (const p of n.parents) expect(g.nodes[p].children).toContain(n.index);
            for (const c of n.children) expect(g.nodes[c].parents).toContain(n.index);
            expect(n.rank).toBeGreaterThanOrEqual(0);
          }
          expect(g.roots).toEqual(g.nodes.filter((n) => n.parents.length === 0).map((n) => n.index));
          g.indicatorGoal.forEach((k, i) => {
            if (k >= 0) expect(g.nodes[k].indicators).toContain(i);
          });
          for (const is of g.issues) {
            expect(['Mål', 'Verksamhetsplan']).toContain(is.at.sheet);
            expect(cellOf(is.at)).toMatch(/^[A-Z]+\d+$/);
          }
          // Reading the same model twice gives the same graph.
          expect(buildGoalGraph(m)).toEqual(g);
        },
      ),
    );
  });
});

describe('buildGoalGraph: implicit names', () => {
  it('a rule of dashes in the Mål column (seed 002’s table underline) is no goal', () => {
    const m = model({ indicators: [indicator(1, 'HME', G002[1]), indicator(2, '--', '--')], activities: [activity(3, 'x', '------------')] });
    expect(buildGoalGraph(m).nodes.map((n) => n.goal.text)).toEqual([G002[1]]);
  });
});

describe('buildGoalGraph: punctuation-only goal cells', () => {
  it('count as no goal in a goals workbook too', () => {
    const m = seed003Model();
    const g = buildGoalGraph({ ...m, indicators: m.indicators.map((x, i) => (i === 0 ? { ...x, goal: '–' } : x)) });
    expect(g.issues.map((i) => [i.kind, cellOf(i.at)])).toEqual([
      ['indicator-without-goal', 'B2'],
      ['goal-without-indicator', 'C8'],
    ]);
  });
});

describe('document order of indicators and activities', () => {
  // Items as recognition gives them: a table's place, a row, and their index in their own list.
  const item = (kind: 'indicator' | 'activity') =>
    fc.record({ t: fc.integer({ min: 0, max: 3 }), row: fc.integer({ min: 0, max: 40 }) }).map(({ t, row }) => ({ kind, t, row }));
  const listOf = (kind: 'indicator' | 'activity', sorted: boolean) =>
    fc.array(item(kind), { maxLength: 30 }).map((xs) => {
      const list = sorted ? [...xs].sort((a, b) => a.t - b.t || a.row - b.row) : xs;
      return list.map((x, i) => ({ kind: x.kind, i, t: x.t, x: { row: x.row } }) as unknown as Item);
    });

  it('merging the lists gives what sorting both gives, whether recognition kept them in order or not (property)', () => {
    const anyList = (kind: 'indicator' | 'activity') => fc.boolean().chain((sorted) => listOf(kind, sorted));
    fc.assert(
      fc.property(anyList('indicator'), anyList('activity'), (inds, acts) => {
        expect(documentOrder(inds, acts)).toEqual([...inds, ...acts].sort(byDocument));
      }),
    );
  });

  it('an indicator comes before the activity of its own row', () => {
    const ind = { kind: 'indicator', i: 0, t: 0, x: { row: 5 } } as unknown as Item;
    const act = { kind: 'activity', i: 0, t: 0, x: { row: 5 } } as unknown as Item;
    const early = { kind: 'activity', i: 1, t: 0, x: { row: 2 } } as unknown as Item;
    expect(documentOrder([ind], [early, act])).toEqual([early, ind, act]);
  });
});
