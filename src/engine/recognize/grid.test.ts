import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { a1, parseRange } from '../cells';
import { allTextCells, cellText, countCells, MergeMap, presentIndices, rowCells } from './grid';

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

describe('countCells, cellText, allTextCells: rowCells read without building it', () => {
  // Seed 002's row 5 as typed: a merged (blank) goal, names, a threshold, a yes/no result.
  const seedRow = [undefined, { v: 'Helhetssyn hemtjänst' }, { v: 'Särskilt fokus på -ensamhet' }, { v: 'Grön 95 Gul 91' }, { v: ' Årligen ' }, { v: '   ' }, { v: null, fill: 'FF00B050' }, { v: 'Ja' }];
  const seedSheet = { name: 'Kommunfullmäktiges indikatorer', rows: [[{ v: 'Mål' }, { v: 'Indikator' }], seedRow, [{ v: 'Helhetssyn' }, { v: 91 }]] };

  it('counts and reads the cells of a seed row as rowCells does', () => {
    expect(countCells(seedSheet, 1)).toBe(5);
    expect(countCells(seedSheet, 1, 3, 6)).toBe(2); // the threshold and the frequency; blanks do not count
    expect(countCells(seedSheet, 1, -Infinity, Infinity, 2)).toBe(2);
    expect(cellText(seedSheet, 1, 4)).toBe('Årligen');
    expect(cellText(seedSheet, 1, 5)).toBeNull();
    expect(cellText(seedSheet, 1, 0)).toBeNull();
    expect(allTextCells(seedSheet, 0)).toBe(true);
    expect(allTextCells(seedSheet, 1)).toBe(true);
    expect(allTextCells(seedSheet, 2)).toBe(false); // 91 is a number: no header row
    expect(countCells(seedSheet, 7)).toBe(0);
  });

  const value = fc.oneof(
    fc.constantFrom('Mål', 'Grön 82 Gul 76', '  ', '', ' Årligen', '\u00a0'),
    fc.string({ maxLength: 4 }),
    fc.double({ noNaN: false }),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.constant({ error: '#REF!' }),
  );
  const cell = fc.oneof(fc.constant(undefined), fc.record({ v: value }), fc.record({ v: value, fill: fc.constant('FFFF0000') }));
  const row = fc.oneof(
    fc.array(cell, { maxLength: 12 }),
    // A row reaching far right (a lone cell in column XFD): the sparse path.
    fc.tuple(fc.array(cell, { maxLength: 4 }), cell).map(([head, far]) => {
      const r: unknown[] = [...head];
      r[5000] = far;
      return r;
    }),
  );

  it('agree with rowCells on any row, in any column range', () => {
    fc.assert(
      fc.property(row, fc.integer({ min: -2, max: 14 }), fc.integer({ min: -2, max: 5005 }), fc.integer({ min: 1, max: 4 }), (cells, c1, c2, upTo) => {
        const sheet = { name: 'Blad1', rows: [cells as never] };
        const all = rowCells(sheet, 0);
        expect(countCells(sheet, 0)).toBe(all.length);
        const within = all.filter((x) => x.c >= c1 && x.c <= c2).length;
        expect(countCells(sheet, 0, c1, c2, upTo)).toBe(Math.min(within, upTo));
        for (let c = -1; c < 14; c++) expect(cellText(sheet, 0, c)).toBe(all.find((x) => x.c === c)?.text ?? null);
        expect(allTextCells(sheet, 0)).toBe(all.length >= 2 && all.every((x) => typeof x.v === 'string'));
      }),
    );
  });
});

describe('presentIndices', () => {
  const naive = (arr: unknown[]) => Object.keys(arr).map(Number).filter((i) => arr[i] !== undefined && arr[i] !== null);

  it('lists the rows of a 10 000-row plan and of a sheet with one cell in row 1 048 576', () => {
    const plan = Array.from({ length: 10_001 }, (_, i) => (i % 17 === 5 ? undefined : [{ v: `Indikator ${i}` }]));
    expect(presentIndices(plan)).toEqual(naive(plan));
    expect(presentIndices(plan)).toHaveLength(10_001 - 588);
    const far: unknown[] = [[{ v: 'Mål' }]];
    far[1_048_575] = [{ v: 'Summa' }];
    expect(presentIndices(far)).toEqual([0, 1_048_575]);
  });

  it('agrees with listing the keys for any mix of filled and empty stretches', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 3000 }), fc.constantFrom('filled', 'empty', 'nulls')), { maxLength: 8 }), (stretches) => {
        const arr: unknown[] = [];
        for (const [len, kind] of stretches) {
          const at = arr.length;
          if (kind === 'empty') arr.length = at + len;
          else for (let i = 0; i < len; i++) arr[at + i] = kind === 'nulls' && i % 2 ? null : [i];
        }
        expect(presentIndices(arr)).toEqual(naive(arr));
      }),
    );
  });
});
