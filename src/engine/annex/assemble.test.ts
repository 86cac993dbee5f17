import { describe, expect, it } from 'vitest';
import { assemble, type AssembleUnit } from './assemble';
import { modelOf, tableOver } from '../../../test/fixtures/tables';
import { sheetFromTsv } from '../../../test/fixtures/sheet';
import { seedAnnex } from '../../../test/fixtures/annex/seed-tables';
import { budgetTable, withRow } from '../../../test/fixtures/budget';
import type { ResolvedOptions } from '../types';
import { PALETTE } from '../types';

const options: ResolvedOptions = { lang: 'sv', period: 'year', budgetThresholds: 'Grön 0% Gul 0,5%', roundingPerRow: 0.5, month: 12 };

const unit = (file: string, parts: { sheet: AssembleUnit['input']['sheets'][number]; table: AssembleUnit['model']['tables'][number] }[]): AssembleUnit => ({
  file,
  input: { fileName: file, sheets: parts.map((p) => p.sheet), ownedSheets: [] },
  model: modelOf(...parts.map((p) => p.table)),
});

// Unit A: the fixture (two unexplained red lines). Unit B: all green, and 294101 again (a repeated code).
const tsvB = [
  'Budgetuppföljning hemtjänst oktober',
  'Ansvar\tBenämning\tTyp\tBudget tkr\tUtfall tkr\tPrognos tkr\tAvvikelse tkr\tKommentar/åtgärd',
  '297601\tHS norr\tKostnad\t20 368\t16 000\t20 000\t368\t',
  '294101\tRibbingsholmsv 3 B\tKostnad\t1 000\t800\t990\t10\t',
].join('\n');
const A = unit('sabo.xlsx', [budgetTable(), seedAnnex('Bilaga 2')]);
const B = unit('hemtjanst.xlsx', [budgetTable(tsvB, undefined, 'Budget'), seedAnnex('Bilaga 4')]);

// Assembled inside each test (not once for the file), so that mutation testing sees which tests run which code.
const assembled = () => assemble([B, A], options);
const byKind = () => Object.fromEntries(assembled().map((s) => [s.kind, s]));

describe('assemble', () => {

  it('writes a summary, the budget lines and the annexes', () => {
    expect(assembled().map((s) => [s.kind, s.name])).toEqual([
      ['summary', 'Sammanställning'],
      ['budget', 'Budgetavvikelser'],
      ['annexes', 'Bilagor'],
    ]);
  });

  it('summary: deviation per unit with colour, units with unexplained deviations first', () => {
    const rows = byKind().summary.rows;
    expect(rows[1][0].v).toBe('Enhet (fil)');
    // A: overspend (−56 + 335 + 116 + 348 + 100 − 93) tkr over 141 250 tkr = 0,55 % → red; 2 unexplained.
    expect(rows[2].map((c) => c.v)).toEqual(['sabo.xlsx', 141250000, 141800000, 750000, 750000 / 141250000, 'Röd', 2, 6]);
    expect(rows[2][5]).toMatchObject({ fill: PALETTE.red.fill });
    // B: (−368 − 10) tkr → green, none unexplained; listed after A although given first.
    expect(rows[3].map((c) => c.v)).toEqual(['hemtjanst.xlsx', 21368000, 20990000, -378000, -378000 / 21368000, 'Grön', 0, 2]);
    const list = rows.findIndex((r) => r[0]?.v === 'Röda avvikelser utan analys och åtgärd');
    expect(rows.slice(list + 2, list + 4).map((r) => [r[0].v, r[1].v, r[2].v])).toEqual([
      ['sabo.xlsx', 'Budget okt!H6', '294107'],
      ['sabo.xlsx', 'Budget okt!H7', '294060'],
    ]);
    const rep = rows.findIndex((r) => r[0]?.v === 'Ansvarskoder i flera enheter');
    expect(rows.slice(rep + 2).map((r) => r.map((c) => c.v))).toEqual([['294101', 'hemtjanst.xlsx, sabo.xlsx']]);
  });

  it('budget sheet: source column names file and sheet; repeated code noted', () => {
    const rows = byKind().budget.rows;
    const header = rows[1].map((c) => c.v);
    expect(header.slice(-2)).toEqual(['Källa', 'Anmärkning']);
    const r = rows.filter((x) => x[0]?.v === '294101');
    expect(r.map((x) => [x[11].v, x[12].v])).toEqual([
      ['hemtjanst.xlsx – Budget!A4', 'Finns även i sabo.xlsx'],
      ['sabo.xlsx – Budget okt!A3', 'Finns även i hemtjanst.xlsx'],
    ]);
    // Unexplained red first, across units.
    expect(rows.slice(2, 4).map((x) => x[0].v)).toEqual(['294107', '294060']);
    const total = rows[rows.length - 1];
    expect(total[2]).toMatchObject({ formula: `SUM(C3:C${rows.length - 1})`, v: 141250000 + 21368000 });
  });

  it('annexes: every unit in one layout, totals as SUM over their block, source per row', () => {
    const rows = byKind().annexes.rows;
    const titles = rows.filter((r) => typeof r[0]?.v === 'string' && /: Bilaga/.test(r[0].v as string)).map((r) => r[0].v);
    expect(titles).toEqual(['hemtjanst.xlsx: Bilaga 4 Budget 2024 uppdrag hälso- och sjukvård', 'sabo.xlsx: Bilaga 2 Budget 2024 uppdrag ordinärt boende']);
    const i = rows.findIndex((r) => r[1]?.v === 'TOTAL HS säbo');
    expect(rows[i][3]).toMatchObject({ formula: `SUM(D${i - 4}:D${i})`, v: 100749956, numFmt: '# ##0' });
    expect(rows[i][4].v).toBe('hemtjanst.xlsx – Bilaga 4!A9');
    const headers = rows.filter((r) => r[0]?.v === 'Ansvar');
    expect(headers).toHaveLength(2);
    expect(headers.every((h) => h.every((c) => c.bold && c.fill === 'FFD9E1F2'))).toBe(true);
  });

  it("a unit's wrong source total keeps its mark: the right SUM, and beside it what the source said, in red", () => {
    // Seed 003's Bilaga 4 as typed with a wrong total (83 682 400 for a block summing to 100 749 956).
    const wrongB = unit('hemtjanst.xlsx', [seedAnnex('Bilaga 4', (tsv) => tsv.replace('100 749 956', '83 682 400'))]);
    const rows = assemble([wrongB, A], options).find((s) => s.kind === 'annexes')!;
    const i = rows.rows.findIndex((r) => r[1]?.v === 'TOTAL HS säbo');
    expect(rows.rows[i][3]).toMatchObject({ formula: `SUM(D${i - 4}:D${i})`, v: 100749956, fill: PALETTE.red.fill, font: PALETTE.red.font });
    // Amounts as Swedish write them, with no-break spaces between the thousands.
    expect(rows.rows[i][5]).toMatchObject({ v: 'Total Budget: Källans summa 83\u00a0682\u00a0400 ≠ 100\u00a0749\u00a0956, summan av 5 rader', fill: PALETTE.red.fill, bold: true });
    expect(rows.rows[1].map((c) => c.v).slice(-2)).toEqual(['Källa', 'Anmärkning']);
    // Rows whose totals add up have an empty note.
    expect(rows.rows[i + 1][5]).toEqual({ v: null });
    // Seed 003's own Bilaga 2 is one krona off (rounding): noted in italics, not in the red of a wrong total.
    const j = rows.rows.findIndex((r) => r[1]?.v === 'TOTALT HEMTJÄNST EJ LOV');
    expect(rows.rows[j][4]).toEqual({ v: 'Avrundning: källans summa 61\u00a0006\u00a0014, raderna ger 61\u00a0006\u00a0013', wrap: true, italic: true });
    expect(rows.rows[j][2].fill).toBeUndefined();
    expect(rows.colWidths?.at(-1)).toBe(46);
  });

  it('annexes whose totals all add up get no Anmärkning column', () => {
    const rows = assemble([unit('hemtjanst.xlsx', [seedAnnex('Bilaga 4')])], options).find((s) => s.kind === 'annexes')!;
    expect(rows.rows[1].map((c) => c.v)).toEqual(['Ansvar', 'Benämning', 'Antal platser', 'Total Budget', 'Källa']);
    expect(rows.colWidths).toEqual([10, 34, 16, 16, 28]);
  });

  it('nothing to assemble gives no sheets', () => {
    expect(assemble([], options)).toEqual([]);
  });

  it('an unexplained red line in the second unit moves it first', () => {
    const redB = withRow(tsvB, '297601', ['297601', 'HS norr', 'Kostnad', '20 368', '16 000', '21 000', '-632', '']);
    const out = assemble([A, unit('hemtjanst.xlsx', [budgetTable(redB, undefined, 'Budget')])], options);
    // Both have unexplained lines: more first (A has 2, B has 1).
    expect(out[0].rows.slice(2, 4).map((r) => [r[0].v, r[6].v])).toEqual([
      ['sabo.xlsx', 2],
      ['hemtjanst.xlsx', 1],
    ]);
  });
});

describe('assemble: codes across units, thresholds, layout of the sheets', () => {
  const annexUnit = (file: string, lines: string[]) => {
    const sheet = sheetFromTsv('Bilaga 4', ['Ansvar\tBenämning\tTotal Budget', ...lines].join('\n'));
    return unit(file, [{ sheet, table: tableOver(sheet, { roles: { 0: 'key', 1: 'name', 2: 'amount' }, headerRow: 0 }) }]);
  };

  it('annexes only: codes used by several units (however spaced) are listed; no budget sheet', () => {
    const x = unit('hs.xlsx', [seedAnnex('Bilaga 4')]);
    const y = annexUnit('vpf.xlsx', ['297 601\tHS norr (del)\t1 000 000', '297999\tHS ny\t5 000', '\tSumma\t1 005 000']);
    y.input.sheets[0].rows[1]![0] = { v: '297 601' };
    const out = assemble([x, y], options);
    expect(out.map((s) => s.kind)).toEqual(['summary', 'annexes']);
    expect(out[0].rows.map((r) => r.map((c) => c.v))).toEqual([['Sammanställning per enhet'], [], ['Ansvarskoder i flera enheter'], ['Ansvar', 'Enheter'], ['297601', 'hs.xlsx, vpf.xlsx']]);
  });

  it('annexes without shared codes: no summary', () => {
    const out = assemble([annexUnit('a.xlsx', ['297401\tHS Säbo 1\t100', '\tSumma\t100']), annexUnit('b.xlsx', ['297402\tHS Säbo 2\t200', '\tSumma\t200'])], options);
    expect(out.map((s) => s.kind)).toEqual(['annexes']);
    // Bilaga 6 has no ansvar column: its names (the same in both units) are no codes.
    expect(assemble([unit('a.xlsx', [seedAnnex('Bilaga 6')]), unit('b.xlsx', [seedAnnex('Bilaga 6')])], options).map((s) => s.kind)).toEqual(['annexes']);
  });

  it('the same budget in two units: every ansvar code is shared, the Summa line is no code; units in the order given', () => {
    const out = assemble([A, unit('kopia.xlsx', [budgetTable()])], options);
    const rows = out[0].rows;
    expect(rows.slice(2, 4).map((r) => r[0].v)).toEqual(['sabo.xlsx', 'kopia.xlsx']);
    const rep = rows.findIndex((r) => r[0]?.v === 'Ansvarskoder i flera enheter');
    expect(rows.slice(rep + 2).map((r) => r.map((c) => c.v))).toEqual(
      ['294101', '294103', '294105', '294107', '294060', '294109'].map((k) => [k, 'sabo.xlsx, kopia.xlsx']),
    );
  });

  it('all green: units in the order given, no list of unexplained deviations', () => {
    const out = assemble([B, unit('b2.xlsx', [budgetTable(tsvB.replace('297601', '297690').replace('294101', '294190'), undefined, 'Budget')])], options);
    const rows = out[0].rows;
    expect(rows.slice(2, 4).map((r) => [r[0].v, r[5].v])).toEqual([
      ['hemtjanst.xlsx', 'Grön'],
      ['b2.xlsx', 'Grön'],
    ]);
    expect(rows).toHaveLength(4);
  });

  it('a budget line without an ansvar code goes by its name, found in no other unit', () => {
    const noKey = withRow(tsvB, '297601', ['', 'HS norr', 'Kostnad', '20 368', '16 000', '20 000', '368', '']);
    const out = assemble([A, unit('hemtjanst.xlsx', [budgetTable(noKey, undefined, 'Budget')])], options);
    expect(out[1].rows.find((r) => r[1]?.v === 'HS norr')!.at(-1)).toEqual({ v: null });
  });

  it('a code in three units names the other two', () => {
    const C = unit('c.xlsx', [budgetTable(tsvB, undefined, 'Budget')]);
    const out = assemble([A, B, C], options);
    const line = out[1].rows.find((r) => r[0]?.v === '294101' && r.at(-2)?.v === 'sabo.xlsx – Budget okt!A3')!;
    expect(line.at(-1)).toEqual({ v: 'Finns även i hemtjanst.xlsx, c.xlsx' });
  });

  it('annex blocks follow each other with one blank row between and none after; widths fit the widest', () => {
    const out = assemble([unit('hs.xlsx', [seedAnnex('Bilaga 4')]), annexUnit('b.xlsx', ['297999\tHS ny\t200', '\tSumma\t200'])], options);
    const rows = out[0].rows;
    const second = rows.findIndex((r) => r[0]?.v === 'b.xlsx: Bilaga 4');
    expect(rows[second - 1]).toEqual([]);
    expect(rows.filter((r) => r.length === 0)).toHaveLength(1);
    expect(rows.at(-1)!.map((c) => c.v)).toEqual([null, 'Summa', 200, 'b.xlsx – Bilaga 4!A3']);
    // Bilaga 4: Ansvar, Benämning, Antal platser, Total Budget, Källa.
    expect(out[0].colWidths).toEqual([10, 34, 16, 16, 28]);
  });

  it('the budget thresholds of the options colour the units (Gul up to 1 %: 0,55 % is yellow)', () => {
    const out = assemble([A], { ...options, budgetThresholds: 'Grön 0% Gul 1%' });
    expect(out[0].rows[2].map((c) => c.v).slice(0, 6)).toEqual(['sabo.xlsx', 141250000, 141800000, 750000, 750000 / 141250000, 'Gul']);
    // Only säbo Lokalhyror (2 %) is still red; Nils Åbergs gata 2 (0,9 %) is yellow.
    expect(out[0].rows[2][6]).toEqual({ v: 1, bold: true, font: 'FF9C0006' });
  });

  it('summary and budget sheets as laid out: headers, formats, the unexplained list, a unit without budget', () => {
    const out = assemble([A, unit('hs.xlsx', [seedAnnex('Bilaga 4')])], options);
    const summary = out[0];
    expect(summary).toMatchObject({ kind: 'summary', name: 'Sammanställning', colWidths: [30, 16, 16, 18, 12, 9, 14, 12], freezeRows: 0 });
    expect(summary.rows[0]).toEqual([{ v: 'Sammanställning per enhet', bold: true }]);
    expect(summary.rows[1]).toEqual(
      ['Enhet (fil)', 'Budget helår', 'Prognos helår', 'Avvikelse kr (+ = överskridande)', 'Avvikelse %', 'Status', 'Röda utan analys', 'Antal ansvar'].map((v) => ({
        v,
        bold: true,
        fill: 'FFD9E1F2',
        wrap: true,
      })),
    );
    // A unit with annexes only has no budget lines: nothing to colour, no share.
    expect(summary.rows[3].map((c) => c.v)).toEqual(['hs.xlsx', 0, 0, 0, null, expect.anything(), 0, 0]);
    expect(summary.rows[3][6]).toEqual({ v: 0 });
    expect(summary.rows[3][2]).toEqual({ v: 0, numFmt: '# ##0' });
    expect(summary.rows[3][4]).toEqual({ v: null, numFmt: '0.0%' });
    expect(summary.rows[4]).toEqual([]);
    expect(summary.rows[5]).toEqual([{ v: 'Röda avvikelser utan analys och åtgärd', bold: true }]);
    expect(summary.rows[6].map((c) => c.v)).toEqual(['Enhet (fil)', 'Källa', 'Ansvar', 'Benämning', 'Avvikelse kr (+ = överskridande)', 'Avvikelse %']);
    expect(summary.rows[7]).toEqual([
      { v: 'sabo.xlsx' },
      { v: 'Budget okt!H6' },
      { v: '294107' },
      { v: 'Nils Åbergs gata 2' },
      { v: 348000, numFmt: '# ##0' },
      { v: 348000 / 38552000, numFmt: '0.0%' },
    ]);
    expect(summary.rows).toHaveLength(9);
    const budget = out[1];
    expect(budget).toMatchObject({ kind: 'budget', name: 'Budgetavvikelser', freezeRows: 2 });
    expect(budget.rows[0]).toEqual([{ v: 'Budgetavvikelser från alla enheter, belopp i kronor', bold: true }]);
    expect(budget.colWidths!.slice(-2)).toEqual([36, 30]);
    expect(budget.rows.find((r) => r[0]?.v === '294101')!.slice(-2)).toEqual([{ v: 'sabo.xlsx – Budget okt!A3' }, { v: null }]);
  });

  it('in English', () => {
    const out = assemble([A, B], { ...options, lang: 'en' });
    expect(out.map((s) => s.name)).toEqual(['Summary', 'Budget deviations', 'Annexes']);
    expect(out[0].rows[1][0].v).toBe('Unit (file)');
    const list = out[0].rows.findIndex((r) => r[0]?.v === 'Red deviations without analysis and action');
    expect(out[0].rows[list + 1].map((c) => c.v)).toEqual(['Unit (file)', 'Source', 'Cost centre', 'Name', 'Deviation kr (+ = overspend)', 'Deviation %']);
    expect(out[1].rows.find((r) => r[0]?.v === '294101')!.at(-1)).toEqual({ v: 'Also in hemtjanst.xlsx' });
  });
});
