/** Property and table tests for the adapter's pure converters. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { z } from 'zod';
import { argbToOffice, groupFillAreas, groupFillRuns, officeToArgb, readFill, readFont, toCellInput } from '../../src/adapters/office/convert';
import { parseMappings } from '../../src/adapters/office/mappings';
import { mergeMappings } from '../../src/adapters/office/settings';
import { FORMULA_AREA_BYTES, gridBytes, readCellBytes } from '../../src/adapters/office/payload';
import { a1, parseRange } from '../../src/engine/cells';
import type { FillEdit } from '../../src/engine/types';

describe('colours', () => {
  // "No fill" and white both read back as #FFFFFF; tintAndShade is null only for no fill.
  it.each([
    ['#C6EFCE', 0, 'FFC6EFCE'],
    ['#FFFFFF', null, undefined],
    ['#FFFFFF', 0, 'FFFFFFFF'],
    ['#DDEBF7', 0.8, 'FFDDEBF7'],
    ['#FFFFFF', undefined, undefined],
    ['', 0, undefined],
  ])('readFill(%s, tint %s) → %s', (color, tint, want) => {
    expect(readFill(color, tint)).toBe(want);
  });

  it('reads automatic (black) font as absent', () => {
    expect(readFont('#000000')).toBeUndefined();
    expect(readFont('#9C0006')).toBe('FF9C0006');
  });

  it('round-trips any 6-digit colour', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffff }), (n) => {
        const hex = `#${n.toString(16).padStart(6, '0').toUpperCase()}`;
        expect(argbToOffice(officeToArgb(hex)!)).toBe(hex);
      }),
    );
  });

  it('never throws on arbitrary input and returns ARGB or nothing', () => {
    fc.assert(
      fc.property(fc.option(fc.string()), fc.option(fc.double({ min: -1, max: 1, noNaN: true })), (c, t) => {
        const f = readFill(c, t);
        expect(f === undefined || /^FF[0-9A-F]{6}$/.test(f)).toBe(true);
      }),
    );
  });
});

describe('toCellInput', () => {
  it('never throws and keeps what it reads', () => {
    const value = fc.oneof(fc.string(), fc.double({ noNaN: true }), fc.boolean(), fc.constant(''));
    fc.assert(
      fc.property(value, fc.option(fc.string()), fc.constantFrom('General', '0%', '@', 'yyyy-mm-dd', '# ##0'), (v, f, fmt) => {
        const formula = f ?? v;
        // Excel reports a formula as `=` and something; a lone `=` is no formula.
        const isFormula = typeof formula === 'string' && formula.length > 1 && formula.startsWith('=');
        const c = toCellInput({ value: v, formula, numberFormat: fmt });
        if (c === undefined) {
          expect(v === '' && !isFormula).toBe(true);
          return;
        }
        if (typeof v === 'string' && v !== '' && !/^#/.test(v)) expect(c.v).toBe(v);
        if (typeof v === 'boolean') expect(c.v).toBe(v);
        if (fmt !== 'General') expect(c.fmt).toBe(fmt);
        if (isFormula) expect(c.f).toBe(formula.slice(1));
      }),
    );
  });
});

describe('groupFillRuns', () => {
  const edit = fc.record({
    r: fc.integer({ min: 0, max: 40 }),
    c: fc.integer({ min: 0, max: 3 }),
    fill: fc.constantFrom('FFC6EFCE', 'FFFFC7CE', null),
  });

  it('covers every edited cell exactly once with its own fill', () => {
    fc.assert(
      fc.property(fc.uniqueArray(edit, { selector: (e) => `${e.r},${e.c}` }), (es) => {
        const fills: FillEdit[] = es.map((e) => ({ sheet: 'S', cell: a1(e.r, e.c), fill: e.fill }));
        const seen = new Map<string, string | null>();
        for (const run of groupFillRuns(fills)) {
          const b = parseRange(run.address);
          expect(b.c1).toBe(b.c2);
          for (let r = b.r1; r <= b.r2; r++) {
            const k = a1(r, b.c1);
            expect(seen.has(k)).toBe(false);
            seen.set(k, run.fill);
          }
        }
        expect(seen.size).toBe(fills.length);
        for (const f of fills) expect(seen.get(f.cell)).toBe(f.fill);
      }),
    );
  });

  it('merges a contiguous same-colour column into one run', () => {
    const fills = [3, 4, 5, 7].map((r) => ({ sheet: 'S', cell: `C${r}`, fill: 'FFC6EFCE' }));
    expect(groupFillRuns(fills).map((r) => r.address)).toEqual(['C3:C5', 'C7']);
  });
});

describe('groupFillAreas', () => {
  const edit = fc.record({
    r: fc.integer({ min: 0, max: 300 }),
    c: fc.integer({ min: 0, max: 2 }),
    fill: fc.constantFrom('FFC6EFCE', 'FFFFC7CE', null),
  });

  it('writes every run once, with its colour, in chunks under the address limit', () => {
    fc.assert(
      fc.property(fc.uniqueArray(edit, { selector: (e) => `${e.r},${e.c}` }), fc.integer({ min: 8, max: 200 }), (es, max) => {
        const fills: FillEdit[] = es.map((e) => ({ sheet: 'S', cell: a1(e.r, e.c), fill: e.fill }));
        const runs = groupFillRuns(fills);
        const areas = groupFillAreas(runs, max);
        const written = areas.flatMap((a) => a.address.split(',').map((addr) => `${addr}|${a.fill}`));
        expect(written.sort()).toEqual(runs.map((r) => `${r.address}|${r.fill}`).sort());
        for (const a of areas) {
          expect(a.runs).toBe(a.address.split(',').length);
          // One column per write; a single run may pass the limit on its own, a join never does.
          expect(new Set(a.address.split(',').map((x) => x.replace(/\d+/g, '').split(':')[0])).size).toBe(1);
          if (a.runs > 1) expect(a.address.length).toBeLessThanOrEqual(max);
        }
      }),
    );
  });

  it('writes a column of alternating colours with one write per colour (H7,H9,… and H8,H10,…)', () => {
    const fills = Array.from({ length: 10 }, (_, i) => ({ sheet: 'S', cell: `H${7 + i}`, fill: i % 2 ? 'FFFFC7CE' : 'FFC6EFCE', font: i % 2 ? 'FF9C0006' : 'FF006100' }));
    const areas = groupFillAreas(groupFillRuns(fills));
    expect(areas).toEqual([
      { sheet: 'S', address: 'H7,H9,H11,H13,H15', fill: 'FFC6EFCE', font: 'FF006100', runs: 5 },
      { sheet: 'S', address: 'H8,H10,H12,H14,H16', fill: 'FFFFC7CE', font: 'FF9C0006', runs: 5 },
    ]);
  });
});

describe('payload estimates', () => {
  it('gridBytes is the JSON length of plain grids', () => {
    fc.assert(
      // Plain printable ASCII: what JSON writes as is (escapes are counted generously elsewhere).
      fc.property(fc.array(fc.array(fc.oneof(fc.string().filter((x) => /^[\x20-\x7e]*$/.test(x) && !/["\\]/.test(x)), fc.integer(), fc.boolean()), { minLength: 1, maxLength: 5 }), { maxLength: 5 }), (g) => {
        const exact = JSON.stringify(g).length;
        expect(gridBytes(g)).toBeGreaterThanOrEqual(exact);
        expect(gridBytes(g)).toBeLessThanOrEqual(exact + 3 * g.length + 2);
      }),
    );
  });

  it('counts text once per cell read, and a formula cell\'s formula besides its value', () => {
    const long = 'Andel brukare som är nöjda med sitt särskilda boende enligt brukarundersökningen'; // 82 chars, 6 of them two bytes
    const text = readCellBytes([[long]], [['General']], [[long]]);
    expect(text).toBeGreaterThanOrEqual(long.length + 6 + 2 + 9);
    expect(text).toBeLessThan(2 * (long.length + 2));
    // The same cell holding a formula: its formula and the area's envelope come back as well.
    const sum = '=SUM(B2:B40)';
    expect(readCellBytes([[long]], [['General']], [[sum]])).toBeGreaterThanOrEqual(text + sum.length + 2 + FORMULA_AREA_BYTES);
    expect(readCellBytes([[1]], [['General']])).toBe(16); // the floor
  });
});

describe('mergeMappings (co-authors saving column choices)', () => {
  const m = (sheet: string, headerRow: number, role: string) => ({ sheet, headerRow, columns: { 2: role } });
  it('keeps what a co-author saved meanwhile and applies only what this pane changed', () => {
    const base = [m('Plan', 0, 'result')];
    const ours = [m('Plan', 0, 'threshold'), m('Budget', 3, 'forecast')];
    const theirs = [m('Plan', 0, 'result'), m('Omsorg', 1, 'result')];
    expect(mergeMappings(base, ours, theirs)).toEqual([m('Plan', 0, 'threshold'), m('Omsorg', 1, 'result'), m('Budget', 3, 'forecast')]);
  });
  it('a mapping this pane removed stays removed; one it left alone follows the co-author', () => {
    const base = [m('Plan', 0, 'result'), m('Omsorg', 1, 'result')];
    const ours = [m('Omsorg', 1, 'result')];
    const theirs = [m('Plan', 0, 'result'), m('Omsorg', 1, 'ignore')];
    expect(mergeMappings(base, ours, theirs)).toEqual([m('Omsorg', 1, 'ignore')]);
  });
});

describe('parseMappings', () => {
  it('never throws; what it accepts it returns with numeric column keys', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.jsonValue()), (raw) => {
        const m = parseMappings(raw);
        if (m === null) return;
        for (const x of m) for (const k of Object.keys(x.columns)) expect(k).toMatch(/^\d+$/);
      }),
    );
  });
  it('accepts exactly what the schema in full zod accepts (zod/mini keeps the rules)', () => {
    const classic = z.array(
      z.object({
        sheet: z.string().min(1),
        headerRow: z.number().int().min(0),
        firstCol: z.number().int().min(0).optional(),
        kind: z.string().optional(),
        columns: z.record(z.string().regex(/^\d+$/), z.string()),
      }),
    );
    const num = fc.oneof(fc.integer({ min: -3, max: 40 }), fc.double(), fc.constant(2 ** 60), fc.constant('2'));
    const mapping = fc.record(
      {
        sheet: fc.oneof(fc.constantFrom('Plan', 'Omsorg', ''), fc.integer()),
        headerRow: num,
        firstCol: num,
        kind: fc.oneof(fc.constantFrom('indicators', 'goals'), fc.integer()),
        columns: fc.dictionary(fc.oneof(fc.constantFrom('1', '12', '01'), fc.string()), fc.oneof(fc.constantFrom('goal', 'result'), fc.integer())),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(mapping, { maxLength: 3 }), (raw) => {
        expect(parseMappings(raw) !== null).toBe(classic.safeParse(raw).success);
      }),
      { numRuns: 500 },
    );
  });
  it.each([
    ['[{"sheet":"Plan","headerRow":2,"columns":{"1":"goal"}}]', [{ sheet: 'Plan', headerRow: 2, columns: { 1: 'goal' } }]],
    // Tables side by side: the mapping names its table by its first column.
    ['[{"sheet":"Plan","headerRow":2,"firstCol":6,"columns":{"7":"direction"}}]', [{ sheet: 'Plan', headerRow: 2, firstCol: 6, columns: { 7: 'direction' } }]],
    ['not json', null],
    ['[{"sheet":"Plan","headerRow":-1,"columns":{}}]', null],
    [null, []],
  ])('parseMappings(%s)', (raw, want) => {
    expect(parseMappings(raw)).toEqual(want);
  });
});
