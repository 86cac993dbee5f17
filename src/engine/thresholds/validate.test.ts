import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseThreshold } from './parse';
import { resolveNumeric, type RawBand } from './validate';
import type { Band, ThresholdIssue } from './types';

/** A numeric threshold as the parser reads it: its direction, bands and issues. */
function read(text: string, declared: 'higher' | 'lower' | null = null) {
  const p = parseThreshold(text, declared);
  if (!p.ok) throw new Error(`${text}: ${p.reason}`);
  const t = p.threshold;
  // A yes/no threshold's bands are those of its share answering yes (`Grön ja 95% Gul ja 90%`).
  const numeric = t.direction === 'yes-no' ? t.share : t;
  if (!numeric || !('bands' in numeric) || (numeric.direction !== 'higher' && numeric.direction !== 'lower')) throw new Error(`${text}: not read as bands`);
  return { direction: numeric.direction, bands: numeric.bands, issues: p.issues };
}
const band = (status: Band['status'], op: Band['bound']['op'], value: number, decimals = 0, to?: number): Band => ({
  status,
  bound: to === undefined ? { op, value, decimals } : { op, value, to, decimals },
});
const overlap = (a: string, b: string, from: number, to: number): ThresholdIssue => ({ kind: 'overlap', params: { a, b, from, to } });
const gap = (a: string, b: string, from: number, to: number): ThresholdIssue => ({ kind: 'gap', params: { a, b, from, to } });
const noYellow = (value: number): ThresholdIssue => ({ kind: 'no-yellow-band', params: { value } });
const conflict = (source: string, found: string, expected: string): ThresholdIssue => ({ kind: 'direction-conflict', params: { source, found, expected } });

describe('resolveNumeric: direction', () => {
  it.each<[string, 'higher' | 'lower' | null, 'higher' | 'lower', ThresholdIssue[]]>([
    // Bands written worst first are read best first.
    ['Röd <80% Gul 80-89% Grön ≥90%', null, 'higher', []],
    // Equal numbers say nothing: the declared Öka/Minska decides, else higher.
    ['Grön 80 Gul 80', 'lower', 'lower', [noYellow(80)]],
    ['Grön 80 Gul 80', 'higher', 'higher', [noYellow(80)]],
    ['Grön 80 Gul 80', null, 'higher', [noYellow(80)]],
    // The first two bands that differ decide the order: green/yellow here, not yellow/red.
    ['Grön 90 Gul 80 Röd 85', null, 'higher', [overlap('yellow', 'red', 80, 85)]],
    ['Grön 80 Gul 80 Röd 70', 'lower', 'higher', [conflict('declared', 'higher', 'lower'), noYellow(80), gap('yellow', 'red', 71, 79)]],
    // Ranges: by their middles, apart or overlapping.
    ['Grön 10-20 Gul 0-5', null, 'higher', [gap('green', 'yellow', 6, 9)]],
    ['Grön 0-5 Gul 10-20', null, 'lower', [gap('green', 'yellow', 6, 9)]],
    ['Grön 10-30 Gul 15-20', null, 'higher', [overlap('green', 'yellow', 15, 20)]],
    ['Grön 10-20 Gul 10-25', null, 'lower', [overlap('green', 'yellow', 10, 20)]],
    // Words that contradict each other: the order decides, else the declared direction, else higher;
    // one conflict is reported, not a second one against the declared direction.
    ['Grön 5 eller färre Gul 6 eller fler', 'higher', 'lower', [conflict('words', 'higher', 'lower')]],
    ['Grön 5 eller färre Gul 5 eller fler', null, 'higher', [conflict('words', 'higher', 'lower'), noYellow(5)]],
    ['Grön 5 eller färre Gul 5 eller fler', 'lower', 'lower', [conflict('words', 'higher', 'lower'), noYellow(5)]],
    // Words win over the order; the order's conflict is the one reported.
    ['Grön 10 eller fler Gul 12 eller fler', 'lower', 'higher', [conflict('order', 'lower', 'higher')]],
  ])('%s (declared %s) → %s', (text, declared, direction, issues) => {
    const r = read(text, declared);
    expect({ direction: r.direction, issues: r.issues }).toStrictEqual({ direction, issues });
  });

  it('bare numbers take the side the direction gives them: Grön 5 Gul 7 Röd 10 is lower is better, red from 10', () => {
    expect(read('Grön 5 Gul 7 Röd 10')).toStrictEqual({
      direction: 'lower',
      bands: [band('green', '<=', 5), band('yellow', '<=', 7), band('red', '>=', 10)],
      issues: [gap('yellow', 'red', 8, 9)],
    });
    expect(read('Röd <80% Gul 80-89% Grön ≥90%').bands).toStrictEqual([band('green', '>=', 90), band('yellow', 'range', 80, 0, 89), band('red', '<', 80)]);
  });
});

describe('resolveNumeric: no yellow band', () => {
  it.each<[string, ThresholdIssue[]]>([
    ['Grön 10-20 Gul 10-20', [noYellow(10)]],
    ['Grön 80-90 Gul 80-90 Röd 85-100', [noYellow(80), overlap('green', 'red', 85, 90), overlap('yellow', 'red', 85, 90)]],
    ['Grön 80 Gul 80 Röd 80', [noYellow(80), overlap('green', 'red', 80, 80), overlap('yellow', 'red', 80, 80)]],
    // Without a green band nothing is compared with yellow.
    ['Gul ja 90% Röd ja 80%', [gap('yellow', 'red', 81, 89)]],
  ])('%s', (text, issues) => {
    expect(read(text).issues).toStrictEqual(issues);
  });
});

describe('resolveNumeric: overlaps', () => {
  it.each<[string, ThresholdIssue[]]>([
    // Open ends meet closed ones: no number is in two bands.
    ['Grön >90% Gul 80-90% Röd <80%', []],
    ['Grön ≥90 Gul 80–90 Röd <80', [overlap('green', 'yellow', 90, 90)]],
    ['Grön över 85 Gul 80-90', [overlap('green', 'yellow', 85, 90)]],
    ['Grön 90 eller fler Gul 80-89 Röd högst 80', [overlap('yellow', 'red', 80, 80)]],
    ['Grön 3 eller färre Gul 4-5 Röd 5 eller fler', [overlap('yellow', 'red', 5, 5)]],
  ])('%s', (text, issues) => {
    expect(read(text).issues).toStrictEqual(issues);
  });
});

describe('resolveNumeric: gaps at the written precision', () => {
  it.each<[string, ThresholdIssue[]]>([
    ['Grön 6,5 Gul 7-8', [gap('green', 'yellow', 6.6, 6.9)]],
    ['Grön över 90 Gul 80-85', [gap('green', 'yellow', 86, 90)]],
    ['Grön 90-100 Gul 80-89 Röd under 70', [gap('yellow', 'red', 70, 79)]],
    ['Grön under 5 Gul 7-9', [gap('green', 'yellow', 5, 6)]],
    ['Grön 0-5 Gul 6-10 Röd över 12', [gap('yellow', 'red', 11, 12)]],
    // 1,3 − 1,2 is 0.10000000000000009 in floating point: still one step.
    ['Grön 1,0-1,2 Gul 1,3-1,5', []],
  ])('%s', (text, issues) => {
    expect(read(text).issues).toStrictEqual(issues);
  });
});

describe('resolveNumeric: laws', () => {
  const value = fc.integer({ min: 0, max: 40 }).map((v) => v / 2);
  const bound = fc.oneof(
    fc.record({ op: fc.constantFrom('>=', '>', '<=', '<'), value, decimals: fc.constant(1) }),
    fc.tuple(value, value).map(([a, b]) => ({ op: 'range' as const, value: Math.min(a, b), to: Math.max(a, b), decimals: 1 })),
  );
  const bands = fc.uniqueArray(fc.record({ status: fc.constantFrom('green', 'yellow', 'red'), bound }), { minLength: 2, maxLength: 3, selector: (b) => b.status });
  const holds = (b: RawBand['bound'], x: number) =>
    b.op === '>=' ? x >= b.value : b.op === '>' ? x > b.value : b.op === '<=' ? x <= b.value : b.op === '<' ? x < b.value : x >= b.value && x <= (b.to ?? b.value);
  // Bounds are on halves, so a number shared by two bands is an end or a quarter beside one.
  const candidates = (bs: RawBand[]) => bs.flatMap((b) => [b.bound.value, b.bound.to ?? b.bound.value]).flatMap((v) => [v - 0.25, v, v + 0.25]);
  const side = (op: string) => (op === '>=' || op === '>' ? 'above' : op === '<=' || op === '<' ? 'below' : null);

  it('two bands overlap exactly when some number lies in both (cascading half-lines and a yellow band equal to green aside)', () => {
    fc.assert(
      fc.property(bands, fc.constantFrom<'higher' | 'lower' | null>('higher', 'lower', null), (raw, declared) => {
        const r = resolveNumeric(raw as RawBand[], declared, '');
        const noYellow = r.issues.some((i) => i.kind === 'no-yellow-band');
        const expected: string[] = [];
        const sorted = r.threshold.bands;
        for (let i = 0; i < sorted.length; i++) {
          for (let j = i + 1; j < sorted.length; j++) {
            const [a, b] = [sorted[i], sorted[j]];
            if (side(a.bound.op) && side(a.bound.op) === side(b.bound.op)) continue;
            if (noYellow && a.status === 'green' && b.status === 'yellow') continue;
            if (candidates([a, b]).some((x) => holds(a.bound, x) && holds(b.bound, x))) expected.push(`${a.status}/${b.status}`);
          }
        }
        expect(r.issues.filter((i) => i.kind === 'overlap').map((i) => `${i.params.a}/${i.params.b}`)).toEqual(expected);
      }),
    );
  });

  it('a gap names exactly the numbers at the written precision between two neighbouring bands that neither holds', () => {
    fc.assert(
      fc.property(bands, fc.constantFrom<'higher' | 'lower' | null>('higher', 'lower', null), (raw, declared) => {
        const r = resolveNumeric(raw as RawBand[], declared, '');
        const { direction, bands: sorted } = r.threshold;
        const expected: ThresholdIssue[] = [];
        for (let i = 0; i + 1 < sorted.length; i++) {
          const [better, worse] = [sorted[i], sorted[i + 1]];
          // Tenths from the worse band's best number to the better band's worst, none in either.
          const grid = Array.from({ length: 401 }, (_, k) => (direction === 'higher' ? -10 + k / 10 : 30 - k / 10)).map((x) => Math.round(x * 10) / 10);
          const lastWorse = grid.findLastIndex((x) => holds(worse.bound, x) && !holds(better.bound, x) && grid.slice(0, grid.indexOf(x)).every((y) => !holds(better.bound, y)));
          const firstBetter = grid.findIndex((x) => holds(better.bound, x));
          if (lastWorse < 0 || firstBetter < 0 || firstBetter <= lastWorse + 1) continue;
          const between = grid.slice(lastWorse + 1, firstBetter);
          const [from, to] = direction === 'higher' ? [between[0], between[between.length - 1]] : [between[between.length - 1], between[0]];
          expected.push(gap(better.status, worse.status, from, to));
        }
        expect(r.issues.filter((i) => i.kind === 'gap')).toStrictEqual(expected);
      }),
    );
  });
});
