import { describe, expect, it } from 'vitest';
import { analyzeAnnexes } from './analyze-annex';
import { annexBlock, annexWidths, sumFormula } from './layout';
import { modelOf, tableOver } from '../../../test/fixtures/tables';
import { seedAnnex } from '../../../test/fixtures/annex/seed-tables';
import { sheetFromTsv } from '../../../test/fixtures/sheet';
import type { GenCell, ResolvedOptions, SheetInput } from '../types';
import type { RecognizedTable } from '../model';

const opts: ResolvedOptions = { lang: 'sv', period: 'year', budgetThresholds: 'Grön 0% Gul 0,5%', roundingPerRow: 0.5, month: 12 };
const source = (row: { r: number }): GenCell => ({ v: `källa ${row.r + 1}` });
const analysed = (sheet: SheetInput, table: RecognizedTable) => analyzeAnnexes(modelOf(table), { sheets: [sheet], ownedSheets: [] }, opts)[0];
const seedBlock = (name: string, startRow = 0, lang: 'sv' | 'en' = 'sv') => {
  const { sheet, table } = seedAnnex(name);
  return annexBlock(analysed(sheet, table), lang, startRow, source);
};

describe('sumFormula', () => {
  it.each([
    [2, [3, 4, 5, 9], 'SUM(C4:C6,C10)'],
    [2, [9, 5, 4, 3, 4], 'SUM(C4:C6,C10)'],
    [3, [7], 'SUM(D8)'],
    [3, [7, 9], 'SUM(D8,D10)'],
    [27, [0, 1], 'SUM(AB1:AB2)'],
  ])('column %i, rows %j: %s', (col, rows, want) => {
    expect(sumFormula(col, rows)).toBe(want);
  });
});

describe('annexBlock', () => {
  const H = { bold: true, fill: 'FFD9E1F2' };
  const N = '# ##0';
  const blank = { v: null };

  it('seed 003 Bilaga 2, from output row 11: categories, totals as SUM over what they cover, the lone total as its value', () => {
    expect(seedBlock('Bilaga 2', 10)).toEqual([
      [{ v: 'Bilaga 2 Budget 2024 uppdrag ordinärt boende', bold: true }, blank, blank, blank],
      [{ v: 'Ansvar', ...H }, { v: 'Benämning', ...H }, { v: 'Total budget 2024', ...H }, { v: 'Källa', ...H }],
      [blank, { v: 'Chefer', bold: true }, blank, blank],
      [blank, { v: 'BITR ENHETSCHEFER' }, { v: 4748682, numFmt: N }, { v: 'källa 4' }],
      [blank, { v: 'TOTALT BITR CHEFER', bold: true }, { v: 4748682, formula: 'SUM(C14)', numFmt: N, bold: true }, { v: 'källa 5' }],
      [blank, { v: 'Hemtjänst ej LOV', bold: true }, blank, blank],
      [blank, { v: 'Larmteam' }, { v: 2827438, numFmt: N }, { v: 'källa 7' }],
      [blank, { v: 'Hemtjänst natt' }, { v: 36942524, numFmt: N }, { v: 'källa 8' }],
      [blank, { v: 'Larmteamet' }, { v: 21236051, numFmt: N }, { v: 'källa 9' }],
      // Printed 61 006 014; the formula gives the sum of its rows.
      [blank, { v: 'TOTALT HEMTJÄNST EJ LOV', bold: true }, { v: 61006013, formula: 'SUM(C17:C19)', numFmt: N, bold: true }, { v: 'källa 10' }],
      [blank, { v: 'Inskriften dagverksamhet', bold: true }, blank, blank],
      [blank, { v: 'TOTALT INSKRIVEN DAGVERKSAMHET', bold: true }, { v: 10685290, numFmt: N, bold: true }, { v: 'källa 12' }],
      [blank, { v: 'ORDINÄRT BOENDE 2024', bold: true }, { v: 76439986, formula: 'SUM(C15,C20,C22)', numFmt: N, bold: true }, { v: 'källa 13' }],
      [blank, { v: 'ORDBO Lokaler' }, { v: 3530889, numFmt: N }, { v: 'källa 14' }],
      [blank, { v: 'Gemensam chefsstöd' }, { v: 2946000, numFmt: N }, { v: 'källa 15' }],
      [blank, { v: 'TOTAL BUDGET ORDINÄRT BOENDE 2024', bold: true }, { v: 82916875, formula: 'SUM(C23:C25)', numFmt: N, bold: true }, { v: 'källa 16' }],
      [blank, { v: 'Hemtjänst LOV' }, { v: 418993000, numFmt: N }, { v: 'källa 17' }],
      [blank, { v: 'TOTAL BUDGET Hemtjänst LOV 2024', bold: true }, { v: 418993000, formula: 'SUM(C27)', numFmt: N, bold: true }, { v: 'källa 18' }],
      [blank, { v: 'Vård- och omsorgskontoret', italic: true }, blank, blank],
    ]);
  });

  it('in English, with a title prefix', () => {
    const { sheet, table } = seedAnnex('Bilaga 2');
    const block = annexBlock(analysed(sheet, table), 'en', 0, source, 'hemtjanst.xlsx: ');
    expect(block[0][0].v).toBe('hemtjanst.xlsx: Bilaga 2 Budget 2024 uppdrag ordinärt boende');
    expect(block[1].map((c) => c.v)).toEqual(['Cost centre', 'Name', 'Total budget 2024', 'Source']);
  });

  it('an annex without a title is named by its sheet', () => {
    const { sheet, table } = seedAnnex('Bilaga 4');
    expect(annexBlock({ ...analysed(sheet, table), title: null }, 'sv', 0, source)[0][0]).toEqual({ v: 'Bilaga 4', bold: true });
  });

  it('seed 003 Bilaga 3: each block’s category once, page breaks (footer and repeated header, even misspelt) dropped', () => {
    const block = seedBlock('Bilaga 3');
    const labelRows = block.filter((r) => r[0].v === null && r[2].v === null).map((r) => [r[1].v, r[1].bold ?? false, r[1].italic ?? false]);
    expect(labelRows).toEqual([
      ['Servicebostäder', true, false],
      ['Gruppbostäder', true, false],
      ['Daglig verksamhet', true, false],
      ['Korttidsplatser', true, false],
      ['Boendestöd', true, false],
      ['Pers.ass.', true, false],
      ['Övrigt', true, false],
      ['Vård- och omsorgskontoret', false, true],
    ]);
    expect(block.filter((r) => r[0].v === 'Ansvar')).toHaveLength(1);
    // Daglig verksamhet: 33 rows over two pages, one range; its places are counts with blanks.
    const i = block.findIndex((r) => r[1].v === 'Aktivitetscenter Asken');
    expect(block[i]).toEqual([{ v: '298801' }, { v: 'Aktivitetscenter Asken' }, { v: 1505828, numFmt: N }, { v: null, numFmt: N }, { v: 'källa 103' }]);
    const summa = block.findIndex((r, k) => k > i && r[1].v === 'Summa');
    expect(block[summa][2].formula).toBe(`SUM(C${i + 1}:C${summa})`);
    expect(summa - i).toBe(33);
    // Korttidsplatser: Summa has no places: nothing to write there.
    const kort = block.findIndex((r, k) => k > summa && r[1].v === 'Summa');
    expect(block[kort][3]).toEqual({ v: null, numFmt: N, bold: true });
  });

  it.each([
    // The first block broken over a page: its header again after the footer, not a new block.
    [['Ansvar\tServicebostäder\tBudget', '298101\tLjuragatan 147-149\t5 245 914', 'Vård- och omsorgskontoret', 'Ansvar\tServicebostäder\tBudget', '298102\tGuldringen 77-83\t4 806 705', '\tSumma\t10 052 619'], ['Servicebostäder']],
    // A block without a category after one with: no empty label row.
    [['Ansvar\tServicebostäder\tBudget', '298101\tLjuragatan 147-149\t5 245 914', '\tSumma\t5 245 914', 'Ansvar\t\tBudget', '298102\tGuldringen 77-83\t4 806 705', '\tSumma\t4 806 705'], ['Servicebostäder']],
    // Two blocks of the same category, the first over a page whose header is misspelt: named once.
    [['Ansvar\tGruppbostäder\tBudget', '298119\tLarumsvägen 6\t6 335 581', 'Ansvar\tGruppbestäder\tBudget', '298273\tAlbrektsvägen 112 C\t5 118 135', '\tSumma\t11 453 716', 'Ansvar\tGruppbostäder\tBudget', '298201\tDalviksgatan 71 E\t3 125 963', '\tSumma\t3 125 963'], ['Gruppbostäder']],
    // Two blocks of the same category in a row: named once.
    [['Ansvar\tGruppbostäder\tBudget', '298119\tLarumsvägen 6\t6 335 581', '\tSumma\t6 335 581', 'Ansvar\tGruppbostäder\tBudget', '298201\tDalviksgatan 71 E\t3 125 963', '\tSumma\t3 125 963'], ['Gruppbostäder']],
  ])('block categories of %j', (lines, labels) => {
    const sheet = sheetFromTsv('Bilaga 3', (lines as string[]).join('\n'));
    const t = tableOver(sheet, { roles: { 0: 'key', 1: 'name', 2: 'amount' }, headerRow: 0 });
    const block = annexBlock(analysed(sheet, t), 'sv', 0, source);
    expect(block.filter((r) => r[1].bold && r[2].v === null).map((r) => r[1].v)).toEqual(labels);
  });

  it('an unlabelled subtotal is a bold total with a SUM and no label', () => {
    const sheet = sheetFromTsv('Bilaga 4', ['Ansvar\tBenämning\tTotal Budget', '297401\tHS Säbo 1\t100', '\tTOTAL HS säbo\t100', '297601\tHS norr\t200', '\tTOTAL HS Ordbo\t200', '\t\t300'].join('\n'));
    const t = tableOver(sheet, { roles: { 0: 'key', 1: 'name', 2: 'amount' }, headerRow: 0 });
    const block = annexBlock(analysed(sheet, t), 'sv', 0, source);
    expect(block.at(-1)).toEqual([{ v: null }, { v: null, bold: true }, { v: 300, formula: 'SUM(C4,C6)', numFmt: N, bold: true }, { v: 'källa 6' }]);
  });

  it('seed 003 Bilaga 1: Total Platser is a SUM across each line and down the TOTAL line', () => {
    const block = seedBlock('Bilaga 1');
    const i = block.findIndex((r) => r[1].v === 'Sågvägen 10');
    expect(block[i][6]).toEqual({ v: 63, formula: `SUM(C${i + 1}:F${i + 1})`, numFmt: N });
    expect(block[i][7]).toEqual({ v: 35484001, numFmt: N });
    const parbo = block.findIndex((r) => r[1].v === 'Parboende Dubbletter');
    expect(block[parbo][6]).toEqual({ v: null, numFmt: N });
    const total = block.findIndex((r) => r[1].v === 'TOTAL BUDGET SÄRSKILT BOENDE');
    expect(block[total][6]).toEqual({ v: 1060, formula: `SUM(G3:G${total})`, numFmt: N, bold: true });
  });

  it('a lone total keeps its value even where the row is totalled across', () => {
    const sheet = sheetFromTsv('Bilaga 1', ['Ansvar\tBenämning\tUtan inriktning\tDemens\tTotal Platser', '\tTOTAL KORTTID\t1\t2\t4', '294101\tRibbingsholmsv 3 B\t20\t6\t26', '294103\tBryggaregatan 6:1\t\t26\t26'].join('\n'));
    const t = tableOver(sheet, { roles: { 0: 'key', 1: 'name', 2: 'amount', 3: 'amount', 4: 'amount' }, headerRow: 0 });
    const block = annexBlock(analysed(sheet, t), 'sv', 0, source);
    expect(block[2][4]).toEqual({ v: 4, numFmt: N, bold: true });
    expect(block[3][4]).toEqual({ v: 26, formula: 'SUM(C4:D4)', numFmt: N });
  });

  it('seed 003 Bilaga 5: two decimals where the column has them; the second name column and others follow', () => {
    const block = seedBlock('Bilaga 5');
    expect(block[1].map((c) => c.v)).toEqual(['Ansvar', 'Benämning', 'Verksamhet', 'Antal ärende', 'Årsarbetare', 'Total Budget', 'Källa']);
    const i = block.findIndex((r) => r[1].v === 'SoL över 65');
    expect(block[i].map((c) => [c.v, c.numFmt])).toEqual([
      [null, undefined],
      ['SoL över 65', undefined],
      ['586', undefined],
      [4340, '# ##0'],
      [30.56, '# ##0,00'],
      [20736444, '# ##0'],
      ['källa 4', undefined],
    ]);
  });

  it('columns in the standard order whatever the sheet’s: Ansvar, Benämning, other texts, amounts, Källa', () => {
    const sheet = sheetFromTsv('Bilaga 5', ['Typ\tBelopp\tBenämning\tAnsvar', 'Kostnad\t20 736 444\tSoL över 65\t586', 'Intäkt\t-1 938 916\tDebitering\t589'].join('\n'));
    const t = tableOver(sheet, { roles: { 0: 'lineType', 1: 'amount', 2: 'name', 3: 'key' }, headerRow: 0 });
    const block = annexBlock(analysed(sheet, t), 'sv', 0, source);
    expect(block.slice(1).map((r) => r.map((c) => c.v))).toEqual([
      ['Ansvar', 'Benämning', 'Typ', 'Belopp', 'Källa'],
      ['586', 'SoL över 65', 'Kostnad', 20736444, 'källa 2'],
      ['589', 'Debitering', 'Intäkt', -1938916, 'källa 3'],
    ]);
  });

  it('without an ansvar column the first column stays for it', () => {
    const block = seedBlock('Bilaga 6');
    expect(block[1].map((c) => c.v)).toEqual(['Ansvar', 'Benämning', 'Total budget 2024', 'Källa']);
    expect(block.find((r) => r[1].v === 'Fixarmaltar')).toEqual([blank, { v: 'Fixarmaltar' }, { v: 1062100, numFmt: N }, { v: 'källa 6' }]);
  });
});

describe('annexWidths', () => {
  it.each([
    [3, [10, 34, 28]],
    [5, [10, 34, 16, 16, 28]],
  ])('%i columns', (n, want) => {
    expect(annexWidths(n)).toEqual(want);
  });
});
