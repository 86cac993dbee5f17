import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { a1, parseRange } from '../cells';
import { MergeMap } from './grid';

/** The plain reading of the contract: the first listed merge covering the cell, unless it is its top-left. */
function naiveOrigin(merges: string[], r: number, c: number): { r: number; c: number } | null {
  for (const m of merges) {
    const p = parseRange(m);
    if (p.r2 === p.r1 && p.c2 === p.c1) continue;
    if (r >= p.r1 && r <= p.r2 && c >= p.c1 && c <= p.c2 && (r !== p.r1 || c !== p.c1)) return { r: p.r1, c: p.c1 };
  }
  return null;
}

const sheet = (merges: string[]) => ({ name: 'Blad1', rows: [], merges });

describe('MergeMap.origin', () => {
  it('reads a goal merged down ten rows (seed 002) from every cell of the merge', () => {
    const m = new MergeMap(sheet(['A2:A11', 'A12:A21']));
    expect(m.origin(1, 0)).toBeNull(); // the top-left holds the value itself
    expect(m.origin(2, 0)).toEqual({ r: 1, c: 0 });
    expect(m.origin(10, 0)).toEqual({ r: 1, c: 0 });
    expect(m.origin(11, 0)).toBeNull();
    expect(m.origin(20, 0)).toEqual({ r: 11, c: 0 });
    expect(m.origin(21, 0)).toBeNull();
    expect(m.origin(5, 1)).toBeNull();
  });

  it('finds a merge across many columns (a title over A1:CZ1) and one across a block', () => {
    const m = new MergeMap(sheet(['A1:CZ1', 'B3:D5']));
    expect(m.origin(0, 100)).toEqual({ r: 0, c: 0 });
    expect(m.origin(0, 104)).toBeNull();
    expect(m.origin(4, 3)).toEqual({ r: 2, c: 1 });
    expect(m.origin(2, 1)).toBeNull();
  });

  it('skips malformed addresses and single cells, and counts the rest', () => {
    const m = new MergeMap(sheet(['A1:B1', 'nonsense', 'C3:C3', 'A5:A9']));
    expect(m.size).toBe(2);
    expect(m.origin(8, 0)).toEqual({ r: 4, c: 0 });
  });

  it('agrees with reading the list in order for any merges, overlapping ones included', () => {
    const range = fc
      .tuple(fc.nat(40), fc.nat(12), fc.nat(15), fc.oneof(fc.nat(4), fc.constant(80)))
      .map(([r, c, h, w]) => `${a1(r, c)}:${a1(r + h, c + w)}`);
    fc.assert(
      fc.property(fc.array(range, { maxLength: 25 }), fc.array(fc.tuple(fc.nat(60), fc.nat(100)), { minLength: 1, maxLength: 40 }), (merges, cells) => {
        const m = new MergeMap(sheet(merges));
        for (const [r, c] of cells) expect(m.origin(r, c)).toEqual(naiveOrigin(merges, r, c));
      }),
    );
  });
});
