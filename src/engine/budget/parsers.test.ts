import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nearlyEqual, readNumber } from './numbers';
import { budgetStatus, parseBudgetThresholds, readBudgetThresholds } from './thresholds';

describe('readNumber', () => {
  it.each([
    ['1 060', 1060],
    ['787 972 084', 787972084],
    ['787\u00a0972\u00a0084', 787972084],
    ['6,5', 6.5],
    ['30,56', 30.56],
    ['\u22123', -3],
    ['-335', -335],
    [12, 12],
    ['', null],
    ['Summa', null],
    ['1 060 kr', null],
    [{ error: '#DIV/0!' }, null],
    [null, null],
    [true, null],
  ])('%j → %j', (v, want) => {
    expect(readNumber(v as never)).toBe(want);
  });

  it('property: never throws; Swedish-formatted integers and decimals read back', () => {
    fc.assert(fc.property(fc.string(), (s) => {
      const n = readNumber(s);
      expect(n === null || Number.isFinite(n)).toBe(true);
    }));
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 99 }), (i, d) => {
        const grouped = Math.abs(i).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
        const text = `${i < 0 ? '\u2212' : ''}${grouped},${String(d).padStart(2, '0')}`;
        const want = Math.sign(i || 1) * (Math.abs(i) + d / 100);
        expect(nearlyEqual(readNumber(text)!, i < 0 ? -(Math.abs(i) + d / 100) : want)).toBe(true);
      }),
    );
  });
});

describe('parseBudgetThresholds', () => {
  it.each([
    ['Grön 0% Gul 0,5%', { green: 0, yellow: 0.005 }], // seed 002
    ['Grön 0 % Gul 0,5 %', { green: 0, yellow: 0.005 }],
    ['grön 1% gul 2%', { green: 0.01, yellow: 0.02 }],
    ['Green 0% Yellow 0.5%', { green: 0, yellow: 0.005 }],
    ['Grön 2% Gul 1%', null], // yellow below green
    ['Grön 82 Gul 76 Röd', null],
    ['', null],
  ])('%s', (text, want) => {
    const got = parseBudgetThresholds(text);
    if (want === null) expect(got).toBeNull();
    else {
      expect(got!.green).toBeCloseTo(want.green, 12);
      expect(got!.yellow).toBeCloseTo(want.yellow, 12);
    }
  });

  it('property: never throws; what it reads is what was written, and statuses are ordered', () => {
    fc.assert(fc.property(fc.string(), (s) => void parseBudgetThresholds(s)));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 500 }), fc.double({ min: -1, max: 1, noNaN: true }), (g, extra, share) => {
        const y = g + extra;
        const th = parseBudgetThresholds(`Grön ${String(g / 10).replace('.', ',')}% Gul ${String(y / 10).replace('.', ',')}%`)!;
        expect(th.green).toBeCloseTo(g / 1000, 12);
        expect(th.yellow).toBeCloseTo(y / 1000, 12);
        const s = budgetStatus(share, share, th);
        expect(s).toBe(share <= th.green + 1e-9 ? 'green' : share <= th.yellow + 1e-9 ? 'yellow' : 'red');
      }),
    );
  });
});

describe('readBudgetThresholds: what the task pane shows for a text it cannot use', () => {
  it.each([
    ['Grön 0% Gul 0,5%', 'sv', { ok: true }],
    ['hej', 'sv', { ok: false, problem: 'form', message: '”hej” kan inte läsas som trösklar. Skriv gränserna som andel av budgeten, till exempel: Grön 0% Gul 0,5%.' }],
    ['', 'en', { ok: false, problem: 'form', message: '"" cannot be read as thresholds. Write the limits as shares of the budget, for example: Green 0% Yellow 0.5%.' }],
    [
      'Grön 5% Gul 2%',
      'sv',
      {
        ok: false,
        problem: 'reversed',
        message: 'Gul-gränsen (2 %) ligger under Grön-gränsen (5 %). Ett större överskridande är sämre, så Gul ska vara minst lika stor som Grön, till exempel: Grön 2% Gul 5%.',
      },
    ],
    ['Green 0.5% Yellow 0.25%', 'en', { ok: false, problem: 'reversed' }],
    ['Grön 1 % Gul 1 %', 'sv', { ok: true }],
  ] as const)('%j (%s)', (text, lang, want) => {
    expect(readBudgetThresholds(text, lang)).toMatchObject(want);
  });

  it('property: it accepts exactly what parseBudgetThresholds reads, and every refusal has a message', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.tuple(fc.integer({ min: -50, max: 50 }), fc.integer({ min: -50, max: 50 })).map(([g, y]) => `Grön ${g}% Gul ${y}%`)), (text) => {
        const r = readBudgetThresholds(text, 'sv');
        expect(r.ok).toBe(parseBudgetThresholds(text) !== null);
        if (!r.ok) expect(r.message.length).toBeGreaterThan(20);
      }),
    );
  });
});
