import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fmtNum } from './format';

describe('fmtNum: numbers in messages, the Swedish or English way', () => {
  it.each<[number, string, string]>([
    [82, '82', '82'],
    [6.5, '6,5', '6.5'],
    [1234567, '1\u00a0234\u00a0567', '1,234,567'],
    [-83682.4, '−83\u00a0682,4', '-83,682.4'],
    [0.005, '0,01', '0.01'],
    [1.234, '1,23', '1.23'],
    [0, '0', '0'],
    [-0, '−0', '-0'],
  ])('%d → %j (sv), %j (en)', (n, sv, en) => {
    expect(fmtNum(n, 'sv')).toBe(sv);
    expect(fmtNum(n, 'en')).toBe(en);
    // The second call answers from memory, and must say the same.
    expect(fmtNum(n, 'sv')).toBe(sv);
    expect(fmtNum(n, 'en')).toBe(en);
  });

  it('an unknown language speaks Swedish', () => {
    expect(fmtNum(6.5, 'de' as never)).toBe('6,5');
    expect(fmtNum(-0, 'de' as never)).toBe('−0');
  });

  it('remembering thousands of numbers never changes an answer', () => {
    const sv = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 });
    const en = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
    // More distinct numbers than are remembered, asked twice, so the memory is cleared in between.
    for (let round = 0; round < 2; round++)
      for (let i = 0; i < 5000; i++) {
        const n = i / 4;
        expect(fmtNum(n, 'sv')).toBe(sv.format(n));
        expect(fmtNum(n, 'en')).toBe(en.format(n));
      }
  });

  it('any number: what Intl says, in both languages', () => {
    const sv = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 });
    const en = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
    fc.assert(
      fc.property(fc.double({ noNaN: true }), (n) => {
        expect(fmtNum(n, 'sv')).toBe(sv.format(n));
        expect(fmtNum(n, 'en')).toBe(en.format(n));
      }),
    );
  });
});
