import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyzeAnnexes, parseSumFormula } from './analyze-annex';
import { modelOf, tableOver } from '../../../test/fixtures/tables';
import { seedAnnex } from '../../../test/fixtures/annex/seed-tables';
import { sheetFromTsv } from '../../../test/fixtures/sheet';
import type { ResolvedOptions } from '../types';

const opts: ResolvedOptions = { lang: 'sv', period: 'year', budgetThresholds: 'Grön 0% Gul 0,5%', roundingPerRow: 0.5, month: 12 };

describe('analyzeAnnexes on seed 003', () => {
  it.each([
    ['Bilaga 2', [['TOTALT BITR CHEFER', 'block', 1], ['TOTALT HEMTJÄNST EJ LOV', 'block', 3], ['TOTALT INSKRIVEN DAGVERKSAMHET', 'empty', 0], ['ORDINÄRT BOENDE 2024', 'implicit', 3], ['TOTAL BUDGET ORDINÄRT BOENDE 2024', 'nested', 3], ['TOTAL BUDGET Hemtjänst LOV 2024', 'block', 1]]],
    ['Bilaga 3', [['Summa', 'block', 16], ['Summa', 'block', 65], ['Summa', 'block', 33], ['Summa', 'block', 7], ['Summa', 'block', 4], ['Summa', 'block', 5], ['Summa', 'block', 5], ['TOTAL', 'nested', 10]]],
    ['Bilaga 4', [['TOTAL HS säbo', 'block', 5], ['TOTAL HS Ordbo', 'block', 6], ['TOTAL HS vpf', 'block', 4], ['TOTAL HS Övriga', 'block', 1], ['TOTAL BUDGET HS', 'nested', 4]]],
    ['Bilaga 6', [['TOTALT TRÄFFPUNKTER', 'empty', 0], ['TOTALT ÖVRIG VERKSAMHET', 'block', 4], ['TOTALT Träffpunkter och övrig verksamhet', 'nested', 3], ['TOTALT Anhörig- o kunskapscentrum', 'block', 3], ['TOTAL BUDGET ÖPPEN OCH FÖREBYGGANDE VERKSAMHET', 'nested', 2]]],
  ])('%s: what each total covers', (name, want) => {
    const { sheet, table } = seedAnnex(name as string);
    const [a] = analyzeAnnexes(modelOf(table), { sheets: [sheet], ownedSheets: [] }, opts);
    expect(a.totals.map((t) => [t.label, t.reading, t.covers.length])).toEqual(want);
  });

  it('a table broken into several recognised tables under one Bilaga title is one annex', () => {
    const { sheet } = seedAnnex('Bilaga 3');
    const roles = { 0: 'key', 1: 'name', 2: 'amount', 3: 'amount' } as const;
    // Split at the Daglig verksamhet header (row 102, 0-based 101): two tables, the second untitled.
    const t1 = tableOver(sheet, { roles, lastRow: 100 });
    const t2 = tableOver(sheet, { roles, headerRow: 101 });
    const out = analyzeAnnexes(modelOf(t1, t2), { sheets: [sheet], ownedSheets: [] }, opts);
    expect(out).toHaveLength(1);
    expect(out[0].tableIds).toEqual([t1.id, t2.id]);
    expect(out[0].issues.map((i) => i.kind).sort()).toEqual(['duplicate-key', ...Array(6).fill('total-rounding'), 'unit-suspect']);
  });
});

describe('parseSumFormula', () => {
  it.each([
    ['SUM(C5:C20)', [{ r1: 4, c1: 2, r2: 19, c2: 2 }]],
    ['sum($D$4:$D$8;D10)', [{ r1: 3, c1: 3, r2: 7, c2: 3 }, { r1: 9, c1: 3, r2: 9, c2: 3 }]],
    ['SUM(C5:C20)+1', null],
    ['SUBTOTAL(9,C5:C20)', null],
    ["SUM('Blad 2'!C5:C20)", null],
    ['SUM()', null],
  ])('%s', (f, want) => {
    expect(parseSumFormula(f)).toEqual(want);
  });

  it('property: never throws; ranges it reads are the ones written', () => {
    fc.assert(fc.property(fc.string(), (s) => void parseSumFormula(s)));
    const cell = fc.record({ c: fc.integer({ min: 0, max: 50 }), r: fc.integer({ min: 0, max: 5000 }) });
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell), { minLength: 1, maxLength: 5 }), (pairs) => {
        const L = (c: number) => (c < 26 ? String.fromCharCode(65 + c) : 'A' + String.fromCharCode(65 + c - 26));
        const f = `SUM(${pairs.map(([a, b]) => `${L(a.c)}${a.r + 1}:${L(b.c)}${b.r + 1}`).join(',')})`;
        expect(parseSumFormula(f)).toEqual(
          pairs.map(([a, b]) => ({ r1: Math.min(a.r, b.r), c1: Math.min(a.c, b.c), r2: Math.max(a.r, b.r), c2: Math.max(a.c, b.c) })),
        );
      }),
    );
  });
});

describe('property: annex totals', () => {
  // Line amounts from 100 000 kr; an error smaller than a third of a line keeps the block reading
  // clearly the closest (with tiny figures any reading can come closer, and nothing can be said).
  const amounts = fc.array(fc.array(fc.integer({ min: 100_000, max: 50_000_000 }), { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 5 });
  const build = (blocks: number[][], grandDelta = 0, blockDelta: number[] = []) => {
    const lines = ['Ansvar\tBenämning\tTotal budget'];
    let grand = 0;
    blocks.forEach((b, i) => {
      b.forEach((v, j) => lines.push(`${1000 * (i + 1) + j}\tRad ${j}\t${v}`));
      const s = b.reduce((x, y) => x + y, 0) + (blockDelta[i] ?? 0);
      grand += s;
      lines.push(`\tSumma\t${s}`);
    });
    lines.push(`\tTOTAL\t${grand + grandDelta}`);
    const sheet = sheetFromTsv('P', lines.join('\n'));
    const t = tableOver(sheet, { roles: { 0: 'key', 1: 'name', 2: 'amount' }, headerRow: 0 });
    return analyzeAnnexes(modelOf(t), { sheets: [sheet], ownedSheets: [] }, opts)[0];
  };

  it('totals that add up give no issue; every total is read', () => {
    fc.assert(
      fc.property(amounts, (blocks) => {
        const a = build(blocks);
        expect(a.issues).toEqual([]);
        expect(a.totals).toHaveLength(blocks.length + 1);
      }),
      { numRuns: 100 },
    );
  });

  it('one wrong block total (beyond rounding) gives exactly one mismatch, at that total', () => {
    fc.assert(
      fc.property(amounts, fc.nat(), fc.integer({ min: 100, max: 30_000 }), fc.boolean(), (blocks, pick, size, neg) => {
        const i = pick % blocks.length;
        const delta = neg ? -size : size;
        const deltas = blocks.map((_, k) => (k === i ? delta : 0));
        const a = build(blocks, 0, deltas);
        const mism = a.issues.filter((x) => x.kind === 'total-mismatch');
        expect(mism).toHaveLength(1);
        const summaRow = a.totals.filter((t) => t.label === 'Summa')[i].row;
        expect(mism[0].at.r).toBe(summaRow);
      }),
      { numRuns: 100 },
    );
  });
});
