import { describe, expect, it } from 'vitest';
import rule from './redthread-cycle';
import wrongLevel from './redthread-wrong-level';
import type { PlanModel } from '../model';
import { UP, context, run, seed003Model, withGoal } from '../../../test/fixtures/plan-model';
import { splitLinks } from '../cells';

/** Nämndmål k (1-based) links to the nämndmål texts given (split as recognition splits). */
function links(m: PlanModel, pairs: [number, number][]): PlanModel {
  let out = m;
  for (const [from, to] of pairs) out = withGoal(out, 5 + from, { parents: splitLinks(UP[to - 1]) });
  return out;
}

describe('redthread.cycle', () => {
  it.each<[string, () => PlanModel, [string, string, string][]]>([
    ['seed 003: links go up to KF-mål, no loop', () => seed003Model(), []],
    ['a chain without a loop (mål 5 → mål 6 → KF)', () => links(seed003Model(), [[5, 6]]), []],
    [
      'length 1: nämndmål 2 links to itself',
      () => links(seed003Model(), [[2, 2]]),
      [['Mål', 'D9', 'Mål 2 Kvaliteten i verksamheten ska … → Mål 2 Kvaliteten i verksamheten ska …']],
    ],
    [
      'length 1 with a text holding commas (nämndmål 3)',
      () => links(seed003Model(), [[3, 3]]),
      [['Mål', 'D10', 'Mål 3 Vård- och omsorgsnämndens … → Mål 3 Vård- och omsorgsnämndens …']],
    ],
    [
      'length 2: nämndmål 2 ↔ 6, reported once at the first goal',
      () => links(seed003Model(), [[2, 6], [6, 2]]),
      [['Mål', 'D9', 'Mål 2 Kvaliteten i verksamheten ska … → Mål 6 Vård- och omsorgsnämndens … → Mål 2 Kvaliteten i verksamheten ska …']],
    ],
    [
      'length 3: nämndmål 5 → 6 → 7 → 5',
      () => links(seed003Model(), [[5, 6], [6, 7], [7, 5]]),
      [
        [
          'Mål',
          'D12',
          'Mål 5 Kompetensförsörjningen till vård- … → Mål 6 Vård- och omsorgsnämndens … → Mål 7 Uppnå en ekonomi i balans genom … → Mål 5 Kompetensförsörjningen till vård- …',
        ],
      ],
    ],
    [
      'two separate loops: two findings',
      () => links(seed003Model(), [[1, 1], [6, 7], [7, 6]]),
      [
        ['Mål', 'D8', 'Mål 1 Målet är att stärka den enskildes … → Mål 1 Målet är att stärka den enskildes …'],
        ['Mål', 'D13', 'Mål 6 Vård- och omsorgsnämndens … → Mål 7 Uppnå en ekonomi i balans genom … → Mål 6 Vård- och omsorgsnämndens …'],
      ],
    ],
  ])('%s', (_name, build, expected) => {
    const ctx = context(build());
    const found = run(rule, ctx);
    expect(found.map((f, k) => [f.sheet, f.cell, rule.check(ctx)[k].params.chain])).toEqual(expected);
    for (const f of found) expect(f.severity).toBe('error');
    // The loop is the finding; its same-level links are not also reported as wrong-level.
    if (expected.length) expect(run(wrongLevel, ctx)).toEqual([]);
  });

  it('names the chain and the fix', () => {
    const [f] = run(rule, context(links(seed003Model(), [[2, 6], [6, 2]])));
    expect(f.message).toBe(
      'Målen länkar i en slinga: Mål 2 Kvaliteten i verksamheten ska … → Mål 6 Vård- och omsorgsnämndens … → Mål 2 Kvaliteten i verksamheten ska …. Ta bort en av länkarna så att varje mål pekar uppåt mot ett mål på högre nivå.',
    );
  });
});
