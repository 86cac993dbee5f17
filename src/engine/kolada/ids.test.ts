import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idsInColumnCell, idsInText, isKpiId } from './ids';

describe('Kolada ids in a Kolada column', () => {
  it.each([
    ['U21468', ['U21468']],
    [' u21468 ', ['U21468']],
    ['U21468, U23471', ['U21468', 'U23471']],
    ['U21468;U21468', ['U21468']],
    ['N00945 (invånare)', ['N00945']],
    ['XU21468', []],
    ['U214689', []],
    ['U2146', []],
    ['V15E144001301', []], // an organisational unit, not a key figure
    ['G124026', []], // a municipality group
    ['Kolada', []],
    ['', []],
  ])('%j → %j', (text, ids) => {
    expect(idsInColumnCell(text)).toEqual(ids);
  });
});

describe('Kolada ids in a name or source cell', () => {
  it.each([
    ['Helhetssyn hemtjänst (U21468)', ['U21468']],
    ['Helhetssyn hemtjänst ( u21468 )', ['U21468']],
    ['Kolada: U23471', ['U23471']],
    ['Kolada/Socialstyrelsen, Kolada-ID U23471', ['U23471']],
    ['KPI N00945', ['N00945']],
    ['Kolada nyckeltal U21468', ['U21468']],
    ['Kolada - ID: U21468', ['U21468']],
    ['Kolada : U21468', ['U21468']],
    ['Kolada:U21468', ['U21468']],
    ['Kolada: U21468 (hemtjänst)', ['U21468']],
    // In the order written, whichever way each is written.
    ['Kolada U23471, jämför (U21468)', ['U23471', 'U21468']],
    ['Kolada U21468x', []],
    ['Kolada U214689', []],
    ['(U21468) och (U23471)', ['U21468', 'U23471']],
    // Running text that merely contains something shaped like an id is no link.
    ['Andel U21468 nöjda', []],
    ['Kolada/Socialstyrelsen', []],
    ['Kolada/SKR', []],
    ['(U214689)', []],
    ['Helhetssyn särskilt boende', []],
  ])('%j → %j', (text, ids) => {
    expect(idsInText(text)).toEqual(ids);
  });
});

const idArb = fc.tuple(fc.constantFrom('N', 'U', 'n', 'u'), fc.integer({ min: 0, max: 99999 })).map(([p, n]) => `${p}${String(n).padStart(5, '0')}`);
const sep = fc.constantFrom(', ', ';', ' ', '\n', ' och ', ' / ');
const filler = fc.string({ unit: fc.constantFrom('a', 'ö', ' ', '-', ',', '.', 'K', '%', '1') });

describe('isKpiId', () => {
  it.each([
    ['U21468', true], ['N00945', true], ['xU21468', false], ['U21468x', false], ['u21468', false], ['U2146', false],
  ])('%j → %s', (s, want) => {
    expect(isKpiId(s)).toBe(want);
  });
});

describe('id parser properties', () => {
  it('never throws, and finds only well-formed ids, each once', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        for (const ids of [idsInColumnCell(s), idsInText(s)]) {
          expect(ids.every(isKpiId)).toBe(true);
          expect(new Set(ids).size).toBe(ids.length);
        }
      }),
    );
  });

  it('reads back every id of a list however it is separated, in order', () => {
    fc.assert(
      fc.property(fc.array(idArb, { minLength: 1, maxLength: 30 }), sep, (ids, s) => {
        const want = [...new Set(ids.map((x) => x.toUpperCase()))];
        expect(idsInColumnCell(ids.join(s))).toEqual(want);
      }),
    );
  });

  it('finds a bracketed id anywhere in running text', () => {
    fc.assert(
      fc.property(filler, idArb, filler, (a, id, b) => {
        expect(idsInText(`${a} (${id}) ${b}`)).toContain(id.toUpperCase());
      }),
    );
  });

  it('never takes an id glued to a letter or digit', () => {
    fc.assert(
      fc.property(idArb, fc.constantFrom('a', 'Z', 'ö', '7', '0'), fc.boolean(), (id, glue, before) => {
        const s = before ? `${glue}${id}` : `${id}${glue}`;
        expect(idsInColumnCell(s)).toEqual([]);
        expect(idsInText(`(${s})`)).toEqual([]);
      }),
    );
  });
});
