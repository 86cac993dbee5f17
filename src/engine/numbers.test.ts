import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decimalsOf, parseNumber, readNumericCell } from './numbers';

describe('parseNumber', () => {
  it.each([
    ['6,5', 6.5, false, 1],
    ['1 060', 1060, false, 0],
    ['787 972 084', 787972084, false, 0],
    ['787\u00a0972\u00a0084', 787972084, false, 0],
    ['1\u202f234,56', 1234.56, false, 2],
    ['0,5%', 0.5, true, 1],
    ['95 %', 95, true, 0],
    ['0%', 0, true, 0],
    ['−3', -3, false, 0],
    ['-3', -3, false, 0],
    ['+12%', 12, true, 0],
    ['1.5', 1.5, false, 1],
    ['0.125', 0.125, false, 3],
    ['1,060.50', 1060.5, false, 2],
    ['1,060', 1.06, false, 3],
    [' 82 ', 82, false, 0],
    [',5', 0.5, false, 1],
  ])('%s → %d', (text, value, percent, decimals) => {
    expect(parseNumber(text)).toEqual({ value, percent, decimals });
  });

  it.each([[''], ['abc'], ['1.060'], ['12 34'], ['1,2,3'], ['%'], ['-'], ['Ja'], ['#DIV/0!'], ['3/12'], ['1 0600'], ['14-15']])(
    '%s is not a number',
    (text) => {
      expect(parseNumber(text)).toBeNull();
    },
  );

  it('never throws on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const r = parseNumber(s);
        return r === null || Number.isFinite(r.value);
      }),
    );
  });

  it('reads back any number formatted the Swedish way', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), fc.integer({ min: 0, max: 4 }), (x, d) => {
        const s = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: d, minimumFractionDigits: d }).format(x);
        const r = parseNumber(s);
        expect(r).not.toBeNull();
        expect(r!.value).toBeCloseTo(Number(x.toFixed(d)), d);
        expect(r!.decimals).toBe(d);
        expect(r!.percent).toBe(false);
      }),
    );
  });

  it('reads back Swedish percent formatting in percent points', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100000, max: 100000 }), (n) => {
        const x = n / 10;
        const s = new Intl.NumberFormat('sv-SE', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(x / 100);
        const r = parseNumber(s);
        expect(r).toEqual({ value: x === 0 ? 0 : x, percent: true, decimals: 1 });
      }),
    );
  });

  it('what it reads is consistent: the same text with a % differs only in the flag', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const a = parseNumber(s);
        const b = parseNumber(`${s}%`);
        if (a && !a.percent) expect(b).toEqual({ ...a, percent: true });
      }),
    );
  });
});

describe('readNumericCell', () => {
  it.each([
    [0.82, '0%', { value: 82, percent: true, decimals: 0 }],
    [0.825, '0.0%', { value: 82.5, percent: true, decimals: 1 }],
    [6.54, undefined, { value: 6.54, percent: false, decimals: 2 }],
    [1060, '# ##0', { value: 1060, percent: false, decimals: 0 }],
    ['95 %', undefined, { value: 95, percent: true, decimals: 0 }],
    ['6,5', '@', { value: 6.5, percent: false, decimals: 1 }],
  ] as const)('%s (%s)', (v, fmt, expected) => {
    expect(readNumericCell(v, fmt)).toEqual(expected);
  });

  it.each([[null], [true], [{ error: '#DIV/0!' }], ['Ja'], [Number.NaN]])('%s is not numeric', (v) => {
    expect(readNumericCell(v)).toBeNull();
  });

  it('percent format scales any number by 100', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e6, max: 1e6 }), (n) => {
        const r = readNumericCell(n / 1000, '0.0%');
        expect(r!.value).toBeCloseTo(n / 10, 9);
        expect(r!.percent).toBe(true);
      }),
    );
  });

  it('decimalsOf', () => {
    expect([decimalsOf(82), decimalsOf(6.5), decimalsOf(0.1 + 0.2), decimalsOf(1.375)]).toEqual([0, 1, 1, 3]);
  });
});
