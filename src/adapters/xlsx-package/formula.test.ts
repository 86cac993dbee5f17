import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { colName, shiftFormula } from './formula';

describe('shiftFormula', () => {
  it.each([
    ['F2*2', 1, 0, 'F3*2'],
    ['SUM(D3:D7)/$B$1', 2, 1, 'SUM(E5:E9)/$B$1'],
    ['$A2+B$1', 3, 3, '$A5+E$1'],
    ["'Röda tråden'!C2+Funktioner!B1", 1, 0, "'Röda tråden'!C3+Funktioner!B2"],
    ['IF(A1="B2";"C3";LOG10(A1))', 1, 1, 'IF(B2="B2";"C3";LOG10(B2))'],
    ['SUM(A:A)+SUM(2:3)+SUM($C:$D)', 1, 1, 'SUM(B:B)+SUM(3:4)+SUM($C:$D)'],
    ['Tabell1[[#Denna rad],[Budget]]*Moms', 5, 5, 'Tabell1[[#Denna rad],[Budget]]*Moms'],
    ['[1]Blad1!$A$1+A1', 1, 0, '[1]Blad1!$A$1+A2'],
    ['A1-1', -1, 0, '#REF!-1'],
    ['_xlfn.XLOOKUP(A2,B:B,C:C)', 1, 0, '_xlfn.XLOOKUP(A3,B:B,C:C)'],
    ['TRUE*Q1', 0, 1, 'TRUE*R1'],
  ])('%s moved by (%i, %i) → %s', (f, dr, dc, out) => {
    expect(shiftFormula(f, dr, dc)).toBe(out);
  });

  it('moving there and back gives the formula again (property)', () => {
    const ref = fc.tuple(fc.boolean(), fc.integer({ min: 20, max: 500 }), fc.boolean(), fc.integer({ min: 20, max: 5000 })).map(([ac, c, ar, r]) => `${ac ? '$' : ''}${colName(c)}${ar ? '$' : ''}${r}`);
    const text = fc.stringMatching(/^[A-Za-zåäö0-9 ]{0,8}$/).map((s) => `"${s}"`);
    const op = fc.constantFrom('+', '-', '*', '/', ',', ';', '&', ' ');
    const token = fc.oneof(ref, text, fc.constantFrom('SUM(', ')', 'Moms', '0,5', "'Mål'!"));
    fc.assert(
      fc.property(fc.array(fc.tuple(token, op), { maxLength: 8 }), fc.integer({ min: -10, max: 10 }), fc.integer({ min: -10, max: 10 }), (parts, dr, dc) => {
        const f = parts.map(([t, o]) => t + o).join('');
        expect(shiftFormula(shiftFormula(f, dr, dc), -dr, -dc)).toBe(f);
      }),
    );
  });

  it('never changes string literals (property)', () => {
    fc.assert(
      fc.property(fc.string().filter((s) => !s.includes('"')), (s) => {
        expect(shiftFormula(`"${s}"`, 3, 3)).toBe(`"${s}"`);
      }),
    );
  });
});
