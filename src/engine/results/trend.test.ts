import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { baselinePoint, CURRENT_YEAR, periodPoint, previousPoint, trendStatus, type Point } from './trend';

// Seed 004's rows: `Nuläge · T2 · År`, and `Utfall 2023 · Utfall 2024` history columns.
const nulage = baselinePoint(62, 0);
const t2 = periodPoint('t2', 65, 0);
const year = periodPoint('year', 68, 0);
const utfall2023 = periodPoint('year', 81, 0, 2023);
const t2of2023 = periodPoint('t2', 79, 0, 2023);

describe('points in time order', () => {
  it('a period of this year sits at its last month; the baseline before this year\'s first period', () => {
    expect([periodPoint('q1', 1, 0).at, periodPoint('t1', 1, 0).at, t2.at, year.at, periodPoint('mar', 1, 0).at, periodPoint('dec', 1, 2).at]).toEqual([
      { year: CURRENT_YEAR, month: 3 },
      { year: CURRENT_YEAR, month: 4 },
      { year: CURRENT_YEAR, month: 8 },
      { year: CURRENT_YEAR, month: 12 },
      { year: CURRENT_YEAR, month: 3 },
      { year: CURRENT_YEAR, month: 12 },
    ]);
    expect(nulage).toEqual({ at: { year: CURRENT_YEAR, month: 0 }, value: 62, decimals: 0 });
    expect(periodPoint('t2', 7.4, 1, 2024)).toEqual({ at: { year: 2024, month: 8 }, value: 7.4, decimals: 1 });
  });

  it.each<[string, Point, Point[], Point | null]>([
    ['Nuläge · T2 · År: År compares with T2', year, [nulage, t2, year], t2],
    ['Nuläge · T2 · År: T2 compares with Nuläge', t2, [nulage, t2, year], nulage],
    ['Nuläge · T2 · År, in any column order', year, [year, t2, nulage], t2],
    ['Nuläge · År: År compares with Nuläge', year, [year, nulage], nulage],
    ['Utfall 2023 · Utfall 2024: 2024 compares with 2023', year, [utfall2023, year], utfall2023],
    ['the baseline comes after every earlier year', year, [utfall2023, nulage, year], nulage],
    ['the baseline itself compares with last year', nulage, [utfall2023, nulage, year], utfall2023],
    ['of last year\'s points, the latest', t2, [t2of2023, utfall2023, t2], utfall2023],
    ['of last year\'s points, the latest, in any order', t2, [utfall2023, t2of2023, t2], utfall2023],
    ['an earlier year before a later one', utfall2023, [periodPoint('year', 75, 0, 2022), utfall2023, periodPoint('year', 70, 0, 2021)], periodPoint('year', 75, 0, 2022)],
    ['a later month of an earlier year is still earlier', periodPoint('q1', 1, 0, 2024), [periodPoint('dec', 9, 0, 2023), periodPoint('q1', 1, 0, 2024)], periodPoint('dec', 9, 0, 2023)],
    ['the first result has nothing before it', t2, [t2, year], null],
    ['a point is never its own previous value', nulage, [nulage], null],
    ['nothing in the row', year, [], null],
  ])('%s', (_l, at, points, expected) => {
    expect(previousPoint(at.at, points)).toEqual(expected);
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
  it.each<['higher' | 'lower', Point, Point, string]>([
    ['higher', p(62, 0), p(68, 0), 'green'],
    ['higher', p(62, 0), p(62, 0), 'yellow'],
    ['higher', p(62, 0), p(58, 0), 'red'],
    ['lower', p(8.1, 1), p(7.4, 1), 'green'],
    ['lower', p(8.1, 1), p(8.1, 1), 'yellow'],
    ['lower', p(8.1, 1), p(8.4, 1), 'red'],
    // Compared at the coarser of the two precisions written.
    ['higher', p(62, 0), p(62.4, 1), 'yellow'],
    ['higher', p(62, 0), p(62.6, 1), 'green'],
    ['higher', p(62.4, 1), p(62, 0), 'yellow'],
    ['lower', p(8.14, 2), p(8.1, 1), 'yellow'],
    ['lower', p(8.16, 2), p(8.1, 1), 'green'],
    ['higher', p(0.5, 1), p(0.49, 2), 'yellow'],
  ])('%s: %j → %j is %s', (want, from, to, status) => {
    expect(trendStatus(want, from, to)).toBe(status);
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
