import { describe, expect, it } from 'vitest';
import rule from './redthread-unknown-goal';
import type { PlanModel } from '../model';
import { ref } from '../cells';
import { UP, context, indicator, run, seed002Model, seed003Model } from '../../../test/fixtures/plan-model';

const setIndicatorGoal = (m: PlanModel, i: number, g: string): PlanModel => ({ ...m, indicators: m.indicators.map((x, k) => (k === i ? { ...x, goal: g } : x)) });

/** Seed 004: indicators under a heading that names a goal which is not in the goals table. */
function underHeading(heading = 'Mål 8: Kvaliteten i verksamheten ska utvecklas'): PlanModel {
  const m = seed003Model();
  const rows = ['1. Personalkontinuitet inom hemtjänsten', '8. Andel avvikelser som är avslutade och uppföljda inom 12 veckor'].map((n, i) => ({
    ...indicator(21 + i, n, heading, { sheet: 'Uppdragsplan', tableId: 'Uppdragsplan!A20', noGoalCol: true }),
    goalRef: ref('Uppdragsplan', 18, 0),
    goalSource: 'title' as const,
  }));
  return { ...m, indicators: [...m.indicators, ...rows] };
}

describe('redthread.unknown-goal', () => {
  it.each<[string, () => PlanModel, [string, string, string][]]>([
    ['seed 003: `Mål 1`…`Mål 7` resolve to the nämndmål', () => seed003Model(), []],
    ['a goal named by its full text, commas and all', () => setIndicatorGoal(seed003Model(), 0, UP[0]), []],
    ['a goal named by number', () => setIndicatorGoal(seed003Model(), 0, '7'), []],
    ['seed 002 without a goals table: every name is a goal', () => seed002Model(), []],
    ['`Mål 9` does not exist', () => setIndicatorGoal(seed003Model(), 2, 'Mål 9'), [['Indikatorer', 'A4', 'Mål 1 Alla norrköpingsbor som …']]],
    [
      'a near-miss of nämndmål 2’s text',
      () => setIndicatorGoal(seed003Model(), 1, 'Kvaliteten i verksamheten ska utvecklas och förbättras'),
      [['Indikatorer', 'A3', 'Mål 2 Kvaliteten i verksamheten …']],
    ],
    ['a heading naming nämndmål 2 as `Mål 2: text.` resolves', () => underHeading('Mål 2: Kvaliteten i verksamheten ska kontinuerligt utvecklas och förbättras.'), []],
    ['a heading shared by two rows is one finding at the heading', () => underHeading(), [['Uppdragsplan', 'A19', 'Mål 2 Kvaliteten i verksamheten …']]],
  ])('%s', (_name, build, expected) => {
    const ctx = context(build());
    const found = run(rule, ctx);
    const hits = rule.check(ctx);
    expect(found.map((f, k) => [f.sheet, f.cell, hits[k].params.suggestion])).toEqual(expected);
    for (const f of found) expect(f.severity).toBe('error');
  });

  it('says what is wrong, suggests, and how to fix', () => {
    const ctx = context(setIndicatorGoal(seed003Model(), 1, 'Kvaliteten i verksamheten ska utvecklas och förbättras'));
    expect(run(rule, ctx)[0].message).toBe(
      'Indikatorn "1. Personalkontinuitet inom hemtjänsten" hänvisar till målet "Kvaliteten i verksamheten ska utvecklas och förbättras", som inte finns. Menade du "Mål 2 Kvaliteten i verksamheten …"? Rätta målhänvisningen så att den pekar på ett befintligt mål.',
    );
  });

  it('an activity naming a missing goal', () => {
    const m = seed003Model();
    const ctx = context({ ...m, activities: m.activities.map((x, k) => (k === 0 ? { ...x, goal: 'Mål 12' } : x)) });
    const found = run(rule, ctx);
    expect(found.map((f) => [f.sheet, f.cell])).toEqual([['Verksamhetsplan', 'A2']]);
    expect(found[0].message).toMatch(/^Aktiviteten "b\) Ställ om verksamheter/);
  });
});
