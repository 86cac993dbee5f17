import { describe, expect, it } from 'vitest';
import { annexSheet } from './annex-sheet';
import { contextOf } from '../../../test/fixtures/tables';
import { seedAnnex } from '../../../test/fixtures/annex/seed-tables';
import type { GenCell } from '../types';
import { PALETTE } from '../types';

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
    // The seed's 1 kr rounding on TOTALT HEMTJÄNST EJ LOV is noted in an Anmärkning column.
    expect(rows[1].map((c) => c.v)).toEqual(['Ansvar', 'Benämning', 'Total budget 2024', 'Källa', 'Anmärkning']);
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

describe('annexSheet: a total that differed from its sum in the source is marked, never silently corrected', () => {
  // Bilaga 4 with TOTAL HS säbo written 83 682 400 instead of 100 749 956 (a typo a coordinator could pass on).
  const wrong = () => {
    const p = seedAnnex('Bilaga 4', (tsv) => tsv.replace('TOTAL HS säbo\t\t1060\t100 749 956', 'TOTAL HS säbo\t\t1060\t83 682 400'));
    return annexSheet(contextOf([p.sheet], [p.table]), [])!;
  };
  const nb = (s: string) => s.replace(/\u00a0/g, ' ');

  it('the total keeps its SUM over the rows, and an Anmärkning column says what the source said, in the finding colour', () => {
    const { rows, colWidths } = wrong();
    expect(rows[1].map((c) => c.v)).toEqual(['Ansvar', 'Benämning', 'Antal platser', 'Total Budget', 'Källa', 'Anmärkning']);
    expect(rows[1][5]).toMatchObject({ bold: true, fill: 'FFD9E1F2' });
    const i = findRow(rows, 'TOTAL HS säbo');
    const total = rows[i];
    expect(total[3]).toMatchObject({ v: 100749956, formula: `SUM(D${i - 4}:D${i})`, fill: PALETTE.red.fill, font: PALETTE.red.font });
    expect(nb(String(total[5].v))).toBe('Total Budget: Källans summa 83 682 400 ≠ 100 749 956, summan av 5 rader');
    expect(total[5]).toMatchObject({ fill: PALETTE.red.fill, font: PALETTE.red.font, bold: true, wrap: true });
    // Other rows have an empty note; the column is wide enough to read.
    expect(rows[i - 1][5]).toEqual({ v: null });
    expect(colWidths![5]).toBe(46);
  });

  it('the seed\'s own rounding differences are noted as rounding (Bilaga 2: 61 006 014 against 61 006 013)', () => {
    const { rows } = build('Bilaga 2');
    const total = rows[findRow(rows, 'TOTALT HEMTJÄNST EJ LOV')];
    expect(nb(String(total[4].v))).toBe('Avrundning: källans summa 61 006 014, raderna ger 61 006 013');
    expect(total[4].fill).toBeUndefined();
  });

  it('a rounding difference is noted without the error colour', () => {
    // TOTAL HS vpf written 2 kr off: within half a krona per summed row.
    const p = seedAnnex('Bilaga 4', (tsv) => tsv.replace('TOTAL HS vpf\t\t919\t36 050 719', 'TOTAL HS vpf\t\t919\t36 050 721'));
    const { rows } = annexSheet(contextOf([p.sheet], [p.table]), [])!;
    const total = rows[findRow(rows, 'TOTAL HS vpf')];
    expect(nb(String(total[5].v))).toBe('Total Budget: Avrundning: källans summa 36 050 721, raderna ger 36 050 719');
    expect(total[5]).toMatchObject({ italic: true });
    expect(total[5].fill).toBeUndefined();
    expect(total[3].fill).toBeUndefined();
  });

  it('an annex whose totals all agree gets no Anmärkning column', () => {
    const { rows, colWidths } = build('Bilaga 6');
    expect(rows[1].map((c) => c.v)).toEqual(['Ansvar', 'Benämning', 'Total budget 2024', 'Källa']);
    expect(colWidths).toHaveLength(4);
  });

  it('in English', () => {
    const p = seedAnnex('Bilaga 4', (tsv) => tsv.replace('TOTAL HS säbo\t\t1060\t100 749 956', 'TOTAL HS säbo\t\t1060\t83 682 400'));
    const { rows } = annexSheet(contextOf([p.sheet], [p.table], { lang: 'en' }), [])!;
    expect(rows[1][5].v).toBe('Note');
    expect(String(rows[findRow(rows, 'TOTAL HS säbo')][5].v)).toBe('Total Budget: Source total 83,682,400 ≠ 100,749,956, the sum of 5 rows');
  });
});
