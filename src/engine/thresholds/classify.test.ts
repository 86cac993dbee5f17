import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { classifyBand, round } from './validate';
import { parseThreshold } from './parse';
import type { Band, Bound, Classified, NumericThreshold } from './types';

/** classifyBand as first written, interval by interval on every call: the reference. */
function reference(t: NumericThreshold, x: number): Classified {
  const interval = (b: Bound) => {
    const [lo, hi] = b.op === 'range' ? [Math.min(b.value, b.to ?? b.value), Math.max(b.value, b.to ?? b.value)] : [b.value, b.value];
    if (b.op === '>=') return { lo: b.value, hi: Infinity, loOpen: false, hiOpen: true };
    if (b.op === '>') return { lo: b.value, hi: Infinity, loOpen: true, hiOpen: true };
    if (b.op === '<=') return { lo: -Infinity, hi: b.value, loOpen: true, hiOpen: false };
    if (b.op === '<') return { lo: -Infinity, hi: b.value, loOpen: true, hiOpen: true };
    return { lo, hi, loOpen: false, hiOpen: false };
  };
  const xr = round(x, t.bands.reduce((m, b) => Math.max(m, b.bound.decimals), 0));
  const higher = t.direction === 'higher';
  for (const b of t.bands) {
    const iv = interval(b.bound);
    if (b.status === 'green' && higher) iv.hi = Infinity;
    if (b.status === 'green' && !higher) iv.lo = -Infinity;
    if (b.status === 'red' && higher) iv.lo = -Infinity;
    if (b.status === 'red' && !higher) iv.hi = Infinity;
    if ((iv.loOpen ? xr > iv.lo : xr >= iv.lo) && (iv.hiOpen ? xr < iv.hi : xr <= iv.hi)) return { status: b.status, rounded: xr, band: b };
  }
  const edges = t.bands.filter((b) => b.status !== 'red').map((b) => ({ b, iv: interval(b.bound) }));
  if (edges.length === 0) return { status: 'none', rounded: xr };
  if (higher) {
    const lo = Math.min(...edges.map((e) => e.iv.lo));
    const at = edges.filter((e) => e.iv.lo === lo);
    if (at.some((e) => !e.iv.loOpen) ? xr < lo : xr <= lo) return { status: 'red', rounded: xr, beyond: at[at.length - 1].b };
  } else {
    const hi = Math.max(...edges.map((e) => e.iv.hi));
    const at = edges.filter((e) => e.iv.hi === hi);
    if (at.some((e) => !e.iv.hiOpen) ? xr > hi : xr >= hi) return { status: 'red', rounded: xr, beyond: at[at.length - 1].b };
  }
  return { status: 'none', rounded: xr };
}

// Only a range has an upper end `to` (types.ts); it may be written high to low.
const bound: fc.Arbitrary<Bound> = fc
  .record({
    op: fc.constantFrom('>=', '<=', '>', '<', 'range'),
    value: fc.integer({ min: -20, max: 120 }).map((v) => v / 2),
    to: fc.integer({ min: -20, max: 120 }).map((v) => v / 2),
    decimals: fc.integer({ min: 0, max: 2 }),
  })
  .map(({ op, value, to, decimals }) => (op === 'range' ? { op, value, to, decimals } : { op, value, decimals })) as fc.Arbitrary<Bound>;
const band: fc.Arbitrary<Band> = fc.record({ status: fc.constantFrom('green', 'yellow', 'red'), bound });

describe('classifyBand', () => {
  it('Grön 82 Gul 76 (seed 002): 84 green, 80 yellow, 75 an implied red past the Gul edge', () => {
    const t: NumericThreshold = Object.freeze({
      direction: 'higher',
      unit: '',
      bands: Object.freeze([
        { status: 'green', bound: { op: '>=', value: 82, decimals: 0 } },
        { status: 'yellow', bound: { op: '>=', value: 76, decimals: 0 } },
      ]) as Band[],
    }) as NumericThreshold;
    expect(classifyBand(t, 84)).toEqual({ status: 'green', rounded: 84, band: t.bands[0] });
    expect(classifyBand(t, 80)).toEqual({ status: 'yellow', rounded: 80, band: t.bands[1] });
    expect(classifyBand(t, 75)).toEqual({ status: 'red', rounded: 75, beyond: t.bands[1] });
  });

  it('Grön över 82 Gul över 76: 76 is over neither, so red past the Gul edge; 76,4 is 76 at the written precision', () => {
    const p = parseThreshold('Grön över 82 Gul över 76');
    if (!p.ok || p.threshold.direction !== 'higher') throw new Error('not read');
    const t: NumericThreshold = { direction: 'higher', unit: '', bands: p.threshold.bands };
    expect(classifyBand(t, 77)).toEqual({ status: 'yellow', rounded: 77, band: t.bands[1] });
    expect(classifyBand(t, 76)).toEqual({ status: 'red', rounded: 76, beyond: t.bands[1] });
    expect(classifyBand(t, 76.4)).toEqual({ status: 'red', rounded: 76, beyond: t.bands[1] });
  });

  it('Grön under 5 Gul under 7 (lower is better): 7 is under neither, so red past the Gul edge', () => {
    const p = parseThreshold('Grön under 5 Gul under 7');
    if (!p.ok || p.threshold.direction !== 'lower') throw new Error('not read');
    const t: NumericThreshold = { direction: 'lower', unit: '', bands: p.threshold.bands };
    expect(classifyBand(t, 6)).toEqual({ status: 'yellow', rounded: 6, band: t.bands[1] });
    expect(classifyBand(t, 7)).toEqual({ status: 'red', rounded: 7, beyond: t.bands[1] });
  });

  it('a threshold not shared (not frozen) is read afresh: edited between two calls, the edit counts', () => {
    const t: NumericThreshold = { direction: 'higher', unit: '', bands: [{ status: 'green', bound: { op: '>=', value: 82, decimals: 0 } }] };
    expect(classifyBand(t, 80)).toEqual({ status: 'red', rounded: 80, beyond: t.bands[0] });
    t.bands.push({ status: 'yellow', bound: { op: '>=', value: 76, decimals: 0 } });
    expect(classifyBand(t, 80)).toEqual({ status: 'yellow', rounded: 80, band: t.bands[1] });
  });

  it('classifies as the reference does, for shared (frozen) thresholds read again and again and for fresh ones', () => {
    fc.assert(
      fc.property(fc.constantFrom<'higher' | 'lower'>('higher', 'lower'), fc.array(band, { maxLength: 4 }), fc.array(fc.integer({ min: -40, max: 250 }), { minLength: 1, maxLength: 8 }), (direction, bands, xs) => {
        const fresh: NumericThreshold = { direction, unit: '', bands };
        const shared: NumericThreshold = Object.freeze({ direction, unit: '', bands: Object.freeze([...bands]) as Band[] }) as NumericThreshold;
        const other: NumericThreshold = Object.freeze({ ...shared, direction: direction === 'higher' ? 'lower' : 'higher' }) as NumericThreshold;
        for (const x of xs.map((v) => v / 4)) {
          expect(classifyBand(fresh, x)).toEqual(reference(fresh, x));
          expect(classifyBand(shared, x)).toEqual(reference(shared, x));
          expect(classifyBand(other, x)).toEqual(reference(other, x));
        }
      }),
    );
  });
});
