import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readRank } from '../thresholds/evaluate';
import { parseThreshold } from '../thresholds/parse';
import { evaluate } from '../thresholds/evaluate';
import { positionText, rankOf } from './rank';

const V = { '0581': 8, '0180': 9, '1280': 8, '1480': 7, '2417': Number.NaN };

describe('rankOf', () => {
  it.each([
    ['0180', 'higher', undefined, { position: 1, of: 4 }],
    ['0581', 'higher', undefined, { position: 2, of: 4 }], // tied with 1280: both second
    ['1280', 'higher', undefined, { position: 2, of: 4 }],
    ['1480', 'higher', undefined, { position: 4, of: 4 }],
    ['1480', 'lower', undefined, { position: 1, of: 4 }],
    ['0180', 'lower', undefined, { position: 4, of: 4 }],
    ['0581', 'lower', undefined, { position: 2, of: 4 }],
    // Within a group, the municipality itself counts whether or not it is listed as a member.
    ['0581', 'higher', ['0180', '1480'], { position: 2, of: 3 }],
    ['0581', 'higher', ['0581', '1480', '9999'], { position: 1, of: 2 }],
    ['2417', 'higher', undefined, null], // no value of its own: no rank
    ['0000', 'higher', undefined, null],
  ] as const)('%s, %s is better, among %j → %j', (id, better, members, want) => {
    expect(rankOf(V, id, better, members)).toEqual(want);
  });
});

const field = fc.dictionary(fc.stringMatching(/^\d{4}$/), fc.oneof(fc.integer({ min: 0, max: 20 }), fc.double({ min: -1e6, max: 1e6, noNaN: true })), { minKeys: 1, maxKeys: 60 });

describe('positionText', () => {
  it('is `plats 3 av 8` in Swedish and `rank 3 of 8` in English', () => {
    expect(positionText({ position: 3, of: 8 }, 'sv')).toBe('plats 3 av 8');
    expect(positionText({ position: 3, of: 8 }, 'en')).toBe('rank 3 of 8');
  });
});

describe('rank properties', () => {
  it('a position lies in 1..field, and counts exactly those strictly better', () => {
    fc.assert(
      fc.property(field, (values) => {
        for (const better of ['higher', 'lower'] as const) {
          for (const id of Object.keys(values)) {
            const r = rankOf(values, id, better)!;
            const own = values[id];
            const ahead = Object.values(values).filter((v) => (better === 'higher' ? v > own : v < own)).length;
            expect(r.of).toBe(Object.keys(values).length);
            expect(r.position).toBe(ahead + 1);
            expect(r.position).toBeGreaterThanOrEqual(1);
            expect(r.position).toBeLessThanOrEqual(r.of);
          }
        }
      }),
    );
  });

  it('turning the direction round mirrors the position (ties share the better place)', () => {
    fc.assert(
      fc.property(field, (values) => {
        for (const id of Object.keys(values)) {
          const ties = Object.values(values).filter((v) => v === values[id]).length;
          const hi = rankOf(values, id, 'higher')!;
          const lo = rankOf(values, id, 'lower')!;
          expect(hi.position + lo.position + ties).toBe(hi.of + 2);
        }
      }),
    );
  });

  it('does not depend on the order Kolada lists municipalities in', () => {
    fc.assert(
      fc.property(field, fc.integer(), (values, seed) => {
        const keys = Object.keys(values);
        const shuffled = Object.fromEntries([...keys].sort((a, b) => ((a.charCodeAt(0) * seed) % 7) - ((b.charCodeAt(0) * seed) % 7)).map((k) => [k, values[k]]));
        for (const id of keys) expect(rankOf(shuffled, id, 'higher')).toEqual(rankOf(values, id, 'higher'));
      }),
    );
  });

  it('the position Planark writes is read back by the rank thresholds as the same share of the field', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), fc.integer({ min: 0, max: 400 }), fc.constantFrom('sv', 'en') as fc.Arbitrary<'sv' | 'en'>, (of, k, lang) => {
        const position = 1 + (k % of);
        expect(readRank(positionText({ position, of }, lang))).toBeCloseTo((position / of) * 100, 9);
      }),
    );
  });

  it('judges a real position against seed 002 `Grön 25% bästa Gul 26-50% bästa`', () => {
    const t = parseThreshold('Kr/invånare Nuläge Grön Grön 25% bästa Gul 26-50% bästa');
    if (!t.ok) throw new Error('seed threshold must parse');
    const status = (position: number, of: number) => {
      const e = evaluate(t.threshold, positionText({ position, of }, 'sv'));
      return 'status' in e ? e.status : e.problem;
    };
    expect(status(40, 290)).toBe('green'); // 13.8 %
    expect(status(72, 290)).toBe('green'); // 24.8 %
    expect(status(100, 290)).toBe('yellow'); // 34.5 %
    expect(status(200, 290)).toBe('red');
    expect(status(3, 8)).toBe('yellow'); // 37.5 %
  });
});
