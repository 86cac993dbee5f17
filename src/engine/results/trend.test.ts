import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Period } from '../types';
import { baselinePoint, CURRENT_YEAR, periodPoint, previousPoint, trendStatus, type Point } from './trend';

// Seed 004's rows: `Nuläge · T2 · År`, and `Utfall 2023 · Utfall 2024` history columns. Points are
// written as specs and made inside each test, so that mutation testing can tell which test runs
// the code (code run while tests are collected counts for every test).
type Spec = 'nulage' | [Period, number, number?];
const NULAGE: Spec = 'nulage';
const T2: Spec = ['t2', 65];
const YEAR: Spec = ['year', 68];
const UTFALL_2023: Spec = ['year', 81, 2023];
const T2_2023: Spec = ['t2', 79, 2023];
const point = (s: Spec): Point => (s === 'nulage' ? baselinePoint(62, 0) : periodPoint(s[0], s[1], 0, s[2]));

describe('points in time order', () => {
  it('a period of this year sits at its last month; the baseline before this year\'s first period', () => {
    expect([periodPoint('q1', 1, 0).at, periodPoint('t1', 1, 0).at, point(T2).at, point(YEAR).at, periodPoint('mar', 1, 0).at, periodPoint('dec', 1, 2).at]).toEqual([
      { year: CURRENT_YEAR, month: 3 },
      { year: CURRENT_YEAR, month: 4 },
      { year: CURRENT_YEAR, month: 8 },
      { year: CURRENT_YEAR, month: 12 },
      { year: CURRENT_YEAR, month: 3 },
      { year: CURRENT_YEAR, month: 12 },
    ]);
    expect(point(NULAGE)).toEqual({ at: { year: CURRENT_YEAR, month: 0 }, value: 62, decimals: 0 });
    expect(periodPoint('t2', 7.4, 1, 2024)).toEqual({ at: { year: 2024, month: 8 }, value: 7.4, decimals: 1 });
  });

  it.each<[string, Spec, Spec[], Spec | null]>([
    ['Nuläge · T2 · År: År compares with T2', YEAR, [NULAGE, T2, YEAR], T2],
    ['Nuläge · T2 · År: T2 compares with Nuläge', T2, [NULAGE, T2, YEAR], NULAGE],
    ['Nuläge · T2 · År, in any column order', YEAR, [YEAR, T2, NULAGE], T2],
    ['Nuläge · År: År compares with Nuläge', YEAR, [YEAR, NULAGE], NULAGE],
    ['Utfall 2023 · Utfall 2024: 2024 compares with 2023', YEAR, [UTFALL_2023, YEAR], UTFALL_2023],
    ['the baseline comes after every earlier year', YEAR, [UTFALL_2023, NULAGE, YEAR], NULAGE],
    ['the baseline itself compares with last year', NULAGE, [UTFALL_2023, NULAGE, YEAR], UTFALL_2023],
    ['of last year\'s points, the latest', T2, [T2_2023, UTFALL_2023, T2], UTFALL_2023],
    ['of last year\'s points, the latest, in any order', T2, [UTFALL_2023, T2_2023, T2], UTFALL_2023],
    ['an earlier year before a later one', UTFALL_2023, [['year', 75, 2022], UTFALL_2023, ['year', 70, 2021]], ['year', 75, 2022]],
    ['a later month of an earlier year is still earlier', ['q1', 1, 2024], [['dec', 9, 2023], ['q1', 1, 2024]], ['dec', 9, 2023]],
    ['the first result has nothing before it', T2, [T2, YEAR], null],
    ['a point is never its own previous value', NULAGE, [NULAGE], null],
    ['nothing in the row', YEAR, [], null],
  ])('%s', (_l, at, points, expected) => {
    expect(previousPoint(point(at).at, points.map(point))).toEqual(expected && point(expected));
  });

  it('the previous point is the latest of those strictly before, whatever the order', () => {
    const at = fc.record({ year: fc.constantFrom(2022, 2023, CURRENT_YEAR), month: fc.integer({ min: 0, max: 12 }) });
    const point = fc.record({ at, value: fc.integer({ min: 0, max: 100 }), decimals: fc.constant(0) });
    // This year is Number.MAX_SAFE_INTEGER: rank the years instead of multiplying them.
    const key = (a: Point['at']) => [2022, 2023, CURRENT_YEAR].indexOf(a.year) * 100 + a.month;
    fc.assert(
      fc.property(fc.uniqueArray(point, { selector: (p) => key(p.at), maxLength: 8 }), at, (points, here) => {
        const got = previousPoint(here, points);
        const earlier = points.filter((p) => key(p.at) < key(here));
        if (earlier.length === 0) expect(got).toBeNull();
        else expect(got && key(got.at)).toBe(Math.max(...earlier.map((p) => key(p.at))));
        expect(previousPoint(here, [...points].reverse())).toEqual(got);
      }),
    );
  });
});

describe('trendStatus: green when it moved the wanted way, yellow when unchanged, red otherwise', () => {
  const p = (value: number, decimals: number) => periodPoint('year', value, decimals);
  // [value, decimals written] from → to.
  it.each<['higher' | 'lower', [number, number], [number, number], string]>([
    ['higher', [62, 0], [68, 0], 'green'],
    ['higher', [62, 0], [62, 0], 'yellow'],
    ['higher', [62, 0], [58, 0], 'red'],
    ['lower', [8.1, 1], [7.4, 1], 'green'],
    ['lower', [8.1, 1], [8.1, 1], 'yellow'],
    ['lower', [8.1, 1], [8.4, 1], 'red'],
    // Compared at the coarser of the two precisions written.
    ['higher', [62, 0], [62.4, 1], 'yellow'],
    ['higher', [62, 0], [62.6, 1], 'green'],
    ['higher', [62.4, 1], [62, 0], 'yellow'],
    ['lower', [8.14, 2], [8.1, 1], 'yellow'],
    ['lower', [8.16, 2], [8.1, 1], 'green'],
    ['higher', [0.5, 1], [0.49, 2], 'yellow'],
  ])('%s: %j → %j is %s', (want, from, to, status) => {
    expect(trendStatus(want, p(...from), p(...to))).toBe(status);
  });

  it('the other direction swaps green and red; unchanged stays yellow', () => {
    const swap = { green: 'red', yellow: 'yellow', red: 'green' } as const;
    fc.assert(
      fc.property(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 0, max: 2 }), (a, b, d) => {
        const from = p(a / 10 ** d, d);
        const to = p(b / 10 ** d, d);
        const up = trendStatus('higher', from, to);
        expect(up).toBe(a === b ? 'yellow' : b > a ? 'green' : 'red');
        expect(trendStatus('lower', from, to)).toBe(swap[up]);
      }),
    );
  });
});
