/** Property and table tests for the adapter's pure converters. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { argbToOffice, groupFillRuns, officeToArgb, readFill, readFont, toCellInput } from '../../src/adapters/office/convert';
import { parseMappings } from '../../src/adapters/office/mappings';
import { a1, parseRange } from '../../src/engine/cells';
import type { FillEdit } from '../../src/engine/types';

describe('colours', () => {
  it.each([
    ['#C6EFCE', 'Solid', 'FFC6EFCE'],
    ['#FFFFFF', 'None', undefined],
    ['#FFFFFF', undefined, undefined],
    ['#FFFFFF', 'Solid', 'FFFFFFFF'],
    ['#C6EFCE', 'None', undefined],
    ['', 'Solid', undefined],
  ])('readFill(%s, %s) → %s', (color, pattern, want) => {
    expect(readFill(color, pattern)).toBe(want);
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
      fc.property(fc.option(fc.string()), fc.option(fc.string()), (c, p) => {
        const f = readFill(c, p);
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
        const c = toCellInput({ value: v, formula: f ?? v, numberFormat: fmt });
        if (c === undefined) {
          expect(v === '' && !(typeof f === 'string' && f.startsWith('='))).toBe(true);
          return;
        }
        if (typeof v === 'string' && v !== '' && !/^#/.test(v)) expect(c.v).toBe(v);
        if (typeof v === 'boolean') expect(c.v).toBe(v);
        if (fmt !== 'General') expect(c.fmt).toBe(fmt);
        if (typeof f === 'string' && f.startsWith('=')) expect(c.f).toBe(f.slice(1));
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
  it.each([
    ['[{"sheet":"Plan","headerRow":2,"columns":{"1":"goal"}}]', [{ sheet: 'Plan', headerRow: 2, columns: { 1: 'goal' } }]],
    ['not json', null],
    ['[{"sheet":"Plan","headerRow":-1,"columns":{}}]', null],
    [null, []],
  ])('parseMappings(%s)', (raw, want) => {
    expect(parseMappings(raw)).toEqual(want);
  });
});
