import { describe, expect, it } from 'vitest';
import { annexSheet } from './annex-sheet';
import { contextOf } from '../../../test/fixtures/tables';
import { seedAnnex } from '../../../test/fixtures/annex/seed-tables';
import type { GenCell } from '../types';

const build = (...names: string[]) => {
  const parts = names.map((n) => seedAnnex(n));
  const ctx = contextOf(parts.map((p) => p.sheet), parts.map((p) => p.table));
  return annexSheet(ctx, [])!;
};
const findRow = (rows: GenCell[][], label: string) => rows.findIndex((r) => r.some((c) => c.v === label));

describe('annexSheet (Bilagor)', () => {
  it('is null without annexes', () => {
    expect(annexSheet(contextOf([], []), [])).toBeNull();
  });

  it('Bilaga 2: nested totals become SUM formulas over exactly the rows they cover', () => {
    const { rows } = build('Bilaga 2');
    expect(rows[0][0]).toMatchObject({ v: 'Bilaga 2 Budget 2024 uppdrag ordinärt boende', bold: true });
    expect(rows[1].map((c) => c.v)).toEqual(['Ansvar', 'Benämning', 'Total budget 2024', 'Källa']);
    expect(rows[1].every((c) => c.bold && c.fill === 'FFD9E1F2')).toBe(true);
    const r = (label: string) => findRow(rows, label) + 1; // 1-based output row
    const htj = rows[r('TOTALT HEMTJÄNST EJ LOV') - 1][2];
    expect(htj).toMatchObject({ formula: `SUM(C${r('Larmteam')}:C${r('Larmteamet')})`, v: 61006013, numFmt: '# ##0' });
    // No detail rows above it: the stated value stays, as a number.
    expect(rows[r('TOTALT INSKRIVEN DAGVERKSAMHET') - 1][2]).toEqual({ v: 10685290, numFmt: '# ##0', bold: true });
    expect(rows[r('ORDINÄRT BOENDE 2024') - 1][2].formula).toBe(
      `SUM(C${r('TOTALT BITR CHEFER')},C${r('TOTALT HEMTJÄNST EJ LOV')},C${r('TOTALT INSKRIVEN DAGVERKSAMHET')})`,
    );
    expect(rows[r('TOTAL BUDGET ORDINÄRT BOENDE 2024') - 1][2].formula).toBe(`SUM(C${r('ORDINÄRT BOENDE 2024')}:C${r('Gemensam chefsstöd')})`);
  });

  it('Bilaga 3: page-break headers are dropped, block categories kept, the grand TOTAL sums the Summas and loose lines', () => {
    const { rows } = build('Bilaga 3');
    expect(rows.filter((r) => r[0]?.v === 'Ansvar')).toHaveLength(1);
    expect(rows.filter((r) => r[1]?.v === 'Gruppbostäder')).toHaveLength(1);
    const total = rows.find((r) => r[1]?.v === 'TOTAL')!;
    const summaRows = rows.map((r, i) => (r[1]?.v === 'Summa' ? i + 1 : -1)).filter((i) => i > 0);
    expect(summaRows).toHaveLength(7);
    const loose = ['Lokaler vpf', 'Rehab och chefsstöd', 'Utökning IT-kostnader'].map((l) => findRow(rows, l) + 1);
    expect(loose[1]).toBe(loose[0] + 1);
    expect(total[2].formula).toBe(`SUM(${[...summaRows.slice(0, 6).map((n) => `C${n}`), `C${summaRows[6]}:C${loose[2]}`].join(',')})`);
    // Gruppbostäder: 65 rows from four pages in one contiguous range.
    const grupp = rows[summaRows[1] - 1][2].formula!;
    const m = /^SUM\(C(\d+):C(\d+)\)$/.exec(grupp)!;
    expect(Number(m[2]) - Number(m[1]) + 1).toBe(65);
  });

  it('Bilaga 1: Total Platser per row is a SUM across the category columns', () => {
    const { rows } = build('Bilaga 1');
    const i = findRow(rows, 'Ribbingsholmsv 3 B');
    expect(rows[i][6]).toMatchObject({ v: 26, formula: `SUM(C${i + 1}:F${i + 1})` });
    expect(rows[i][7]).toEqual({ v: 15356473, numFmt: '# ##0' });
    expect(rows[i][8]).toEqual({ v: 'Bilaga 1!A6', link: { sheet: 'Bilaga 1', cell: 'A6' } });
  });

  it('Bilaga 5: decimals keep a decimal format; user text is never a formula', () => {
    const { rows } = build('Bilaga 5');
    const i = findRow(rows, 'SoL över 65');
    expect(rows[i][4]).toEqual({ v: 30.56, numFmt: '# ##0,00' });
    const p = seedAnnex('Bilaga 5');
    p.sheet.rows[4]![1] = { v: '=HYPERLINK("http://x")' };
    const out = annexSheet(contextOf([p.sheet], [p.table]), [])!;
    const cells = out.rows.flat();
    expect(cells.find((c) => c.v === '=HYPERLINK("http://x")')).toEqual({ v: '=HYPERLINK("http://x")' });
    expect(cells.filter((c) => c.formula).every((c) => /^SUM\(/.test(c.formula!))).toBe(true);
  });

  it('several annexes follow each other with a blank row between', () => {
    const { rows } = build('Bilaga 4', 'Bilaga 6');
    const titles = rows.map((r, i) => (typeof r[0]?.v === 'string' && r[0].v.startsWith('Bilaga') ? i : -1)).filter((i) => i >= 0);
    expect(titles).toHaveLength(2);
    expect(rows[titles[1] - 1]).toEqual([]);
  });
});
